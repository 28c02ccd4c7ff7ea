import { daysInMonth } from '@bianping/core/warnings/working-days';
import type { DemoUnit } from './demo-county.ts';
import { HISTORY_FIRST_YEAR, type IsoDate } from './demo-dates.ts';
import type { EndedUnits } from './demo-history.ts';
import type { DemoQuotaChange } from './demo-ledger.ts';
import { headcountOn, MOVEMENTS_FROM, type UnitMovements } from './demo-movements.ts';
import type { Random } from './random.ts';

/** A row of `staffing_snapshots`: month-end quota and in-quota headcount. */
export type DemoStaffingSnapshot = { unitId: string; month: string; quota: number; headcount: number };

const monthEnd = (month: string): IsoDate =>
  `${month}-${String(daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)))).padStart(2, '0')}`;

function monthsUpTo(today: IsoDate): string[] {
  const months: string[] = [];
  for (let year = HISTORY_FIRST_YEAR; `${year}-01` <= today.slice(0, 7); year++)
    for (let month = 1; month <= 12; month++) {
      const key = `${year}-${String(month).padStart(2, '0')}`;
      if (key <= today.slice(0, 7)) months.push(key);
    }
  return months;
}

/**
 * Month-end quota and headcount from January 2021 to the demo month, as the monthly scan would
 * have recorded them. Quota replays the ledger; this year's headcount replays the movements;
 * earlier headcount drifts a little below the year's starting figure and never above the quota
 * of the time (except in units that are over quota now, which stay at their figure). So a unit
 * with idle quota today has had it for years (W06), and a full unit never looks idle.
 */
export function generateSnapshots(
  units: DemoUnit[],
  ledger: DemoQuotaChange[],
  movements: Map<string, UnitMovements>,
  ended: EndedUnits,
  rnd: Random,
  today: IsoDate,
): DemoStaffingSnapshot[] {
  const ledgerOf = new Map<string, DemoQuotaChange[]>();
  for (const row of ledger) ledgerOf.set(row.unitId, [...(ledgerOf.get(row.unitId) ?? []), row]);
  const months = monthsUpTo(today);
  const rows: DemoStaffingSnapshot[] = [];
  for (const unit of units) {
    const changes = ledgerOf.get(unit.id) ?? [];
    const plan = movements.get(unit.id);
    const former = ended.former.get(unit.id);
    const start = former?.headcount ?? sum(plan?.startHeadcount.values());
    const quotaNow = unit.quotas.reduce((s, q) => s + q.amount, 0);
    const isOver = unit.headcount.some(
      (h) => h.count > (unit.quotas.find((q) => q.staffingType === h.staffingType)?.amount ?? 0),
    );
    const slack = isOver ? 0 : Math.max(1, Math.round(0.04 * quotaNow));
    const absorbed = ended.absorbed.filter((a) => a.unitId === unit.id);
    let drift = 0;
    const unitRows: DemoStaffingSnapshot[] = [];
    for (const month of [...months].reverse()) {
      const end = monthEnd(month);
      if (month < unit.foundedOn.slice(0, 7) || (unit.endedOn && end >= unit.endedOn)) continue;
      const quota = changes.filter((c) => c.effectiveOn <= end).reduce((s, c) => s + c.delta, 0);
      let headcount: number;
      if (end >= MOVEMENTS_FROM && plan && !former) {
        headcount = headcountOn(plan, end > today ? today : end);
      } else {
        drift = Math.max(0, Math.min(slack, drift + rnd.int(-1, 1)));
        const notYetAbsorbed = absorbed.filter((a) => end < a.on).reduce((s, a) => s + a.people, 0);
        headcount = start - drift - notYetAbsorbed;
        if (!isOver) headcount = Math.min(headcount, quota);
      }
      unitRows.push({ unitId: unit.id, month, quota, headcount: Math.max(0, headcount) });
    }
    rows.push(...unitRows.reverse());
  }
  return rows;
}

const sum = (values: Iterable<number> | undefined) => {
  let total = 0;
  for (const v of values ?? []) total += v;
  return total;
};
