import type { UnitCategory, UnitKind } from '@bianping/core/registry/vocabulary';
import { defaultWarningSettings } from '@bianping/core/warnings/settings';
import type { DemoUnit } from './demo-county.ts';
import { HISTORY_FIRST_YEAR, HISTORY_LAST_YEAR } from './demo-dates.ts';
import type { EndedUnits } from './demo-history.ts';
import { BUDGET, measuresOf } from './demo-measures.ts';
import { DEMO_PLAN, planned, type UnitsByShortName } from './demo-plan.ts';
import type { Random } from './random.ts';

export type DemoWorkload = { unitId: string; year: number; measure: string; value: number };

/** 万元 per in-quota person and year in 2025, by funding form: the budget carries the pay. */
const PAY_PER_HEAD = { full: 17.5, partial: 9, selfFunded: 2.5 } as const;

const total = (rows: readonly { amount?: number; count?: number }[]) =>
  rows.reduce((sum, r) => sum + (r.amount ?? r.count ?? 0), 0);
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/** Years a unit reports: from its founding to the year before it ended; the zombies stopped early. */
function yearsOf(unit: DemoUnit, byShort: UnitsByShortName): number[] {
  const lastByPlan = new Map([
    [planned(byShort, DEMO_PLAN.zombieDutiesGone).id, 2022],
    [planned(byShort, DEMO_PLAN.zombieIdle).id, 2023],
    [planned(byShort, DEMO_PLAN.zombieNoStaff).id, 2023],
  ]);
  const first = Math.max(HISTORY_FIRST_YEAR, Number(unit.foundedOn.slice(0, 4)));
  const last = unit.endedOn
    ? Number(unit.endedOn.slice(0, 4)) - 1
    : (lastByPlan.get(unit.id) ?? HISTORY_LAST_YEAR);
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
}

/**
 * 工作量 2021–2025 of every unit in its category's measures, plus `budget` (万元): scaled to the
 * unit's size, with each measure's trend, the 2022 pandemic dip and some noise. The county
 * education bureau reports the pupils of all schools. Then the planted cases: the W07 units work
 * at about half the peer median per head, and no other unit falls into W07 or W08 by chance.
 */
export function generateWorkloads(
  units: DemoUnit[],
  byShort: UnitsByShortName,
  ended: EndedUnits,
  rnd: Random,
) {
  const rows: DemoWorkload[] = [];
  for (const unit of units) {
    const former = ended.former.get(unit.id);
    const quota = former?.quota ?? total(unit.quotas);
    const heads = former?.headcount ?? total(unit.headcount);
    const size = 0.5 * quota + 0.5 * Math.max(heads, 1);
    const years = yearsOf(unit, byShort);
    const partYear =
      Number(unit.foundedOn.slice(5, 7)) > 3 ? (13 - Number(unit.foundedOn.slice(5, 7))) / 12 : 1;
    const firstYear = years[0];
    const share = (year: number) =>
      year === firstYear && unit.foundedOn.startsWith(String(year)) ? partYear : 1;
    for (const measure of measuresOf(unit)) {
      const latest = measure.perHead * size * (0.85 + rnd.next() * 0.3);
      for (const year of years) {
        const trend = (1 + measure.growth) ** (year - HISTORY_LAST_YEAR);
        const dip = measure.pandemic && year === 2022 ? 0.8 : 1;
        const value = latest * trend * dip * share(year) * (0.96 + rnd.next() * 0.08);
        rows.push({ unitId: unit.id, year, measure: measure.name, value: Math.round(value) });
      }
    }
    const pay = PAY_PER_HEAD[unit.quotas[0]?.fundingForm ?? unit.fundingForm];
    for (const year of years) {
      const value = (heads * pay + quota * 2.2) * 1.03 ** (year - HISTORY_LAST_YEAR) * share(year);
      rows.push({ unitId: unit.id, year, measure: BUDGET, value: Math.round(value * 10) / 10 });
    }
  }
  sumCountyPupils(units, byShort, rows);
  plantWorkloadCases(units, byShort, rows);
  return rows;
}

function sumCountyPupils(units: DemoUnit[], byShort: UnitsByShortName, rows: DemoWorkload[]) {
  const bureau = planned(byShort, '县教体局').id;
  const schools = new Set(
    units.filter((u) => u.category === 'education' && u.id !== bureau).map((u) => u.id),
  );
  const pupils = new Map<number, number>();
  for (const r of rows)
    if (schools.has(r.unitId) && r.measure === '在校生数')
      pupils.set(r.year, (pupils.get(r.year) ?? 0) + r.value);
  for (const r of rows)
    if (r.unitId === bureau && r.measure === '在校生数') r.value = pupils.get(r.year) ?? r.value;
}

/**
 * The measure each category compares units by: the one most units report in the last two
 * years (what the warning scan takes as the category's measure).
 */
export function headlineMeasures(units: DemoUnit[], rows: DemoWorkload[]): Map<UnitCategory, string> {
  const categoryOf = new Map(units.map((u) => [u.id, u.category]));
  const votes = new Map<UnitCategory, Map<string, number>>();
  for (const r of rows) {
    if (r.measure === BUDGET || r.year < HISTORY_LAST_YEAR - 1) continue;
    const category = categoryOf.get(r.unitId) as UnitCategory;
    const tally = votes.get(category) ?? new Map<string, number>();
    tally.set(r.measure, (tally.get(r.measure) ?? 0) + 1);
    votes.set(category, tally);
  }
  return new Map(
    [...votes].map(([category, tally]) => [category, [...tally].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '']),
  );
}

/** Latest-year headline value per in-quota person, for units that have both. */
export function workloadPerHead(
  units: DemoUnit[],
  rows: DemoWorkload[],
): Map<string, { group: string; value: number; row: DemoWorkload }> {
  const headline = headlineMeasures(units, rows);
  const byId = new Map(units.map((u) => [u.id, u]));
  const latest = new Map<string, DemoWorkload>();
  for (const r of rows) {
    const unit = byId.get(r.unitId);
    if (!unit || r.measure !== headline.get(unit.category) || r.year < HISTORY_LAST_YEAR - 1) continue;
    const seen = latest.get(r.unitId);
    if (!seen || seen.year < r.year) latest.set(r.unitId, r);
  }
  const out = new Map<string, { group: string; value: number; row: DemoWorkload }>();
  for (const [unitId, row] of latest) {
    const unit = byId.get(unitId) as DemoUnit;
    const heads = total(unit.headcount);
    if (heads > 0) out.set(unitId, { group: `${unit.category}|${unit.kind}`, value: row.value / heads, row });
  }
  return out;
}

const isPublicInstitution = (kind: UnitKind) => defaultWarningSettings.publicInstitutionKinds.includes(kind);

function plantWorkloadCases(units: DemoUnit[], byShort: UnitsByShortName, rows: DemoWorkload[]) {
  const lowUse = new Set(DEMO_PLAN.lowWorkload.map((name) => planned(byShort, name).id));
  const byId = new Map(units.map((u) => [u.id, u]));
  const perHead = workloadPerHead(units, rows);
  const isIdle = (unit: DemoUnit) =>
    total(unit.headcount) < total(unit.quotas) * defaultWarningSettings.lowUseRate;
  const groups = new Map<string, number[]>();
  for (const [unitId, { group, value }] of perHead) {
    const unit = byId.get(unitId) as DemoUnit;
    if (lowUse.has(unitId) || isIdle(unit)) continue;
    groups.set(group, [...(groups.get(group) ?? []), value]);
  }
  for (const [unitId, { group, value, row }] of perHead) {
    const unit = byId.get(unitId) as DemoUnit;
    const peers = groups.get(group);
    if (!peers || value <= 0) continue;
    const peerMedian = median(peers);
    let target = value;
    if (lowUse.has(unitId)) target = 0.55 * peerMedian;
    // Above every ordinary peer, so the group median can never come out above an idle unit.
    else if (isIdle(unit)) target = Math.max(value, 1.05 * Math.max(...peers));
    else if (isPublicInstitution(unit.kind)) target = Math.max(value, 0.5 * peerMedian);
    if (target === value) continue;
    const factor = target / value;
    for (const r of rows)
      if (r.unitId === unitId && r.measure === row.measure) r.value = Math.round(r.value * factor);
  }
}
