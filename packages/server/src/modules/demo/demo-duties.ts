import type { DutyStatus } from '@bianping/core/warnings';
import { type DemoUnit, isOrgan } from './demo-county.ts';
import {
  DUTIES_BY_ORGAN,
  FIELD_BY_ORGAN,
  FIELDS,
  GENERIC_INSTITUTION_DUTIES,
  INSTITUTION_DUTIES,
  ORGAN_DUTIES,
} from './demo-duties-data.ts';
import type { DemoDutyTransfer } from './demo-ledger.ts';
import { DEMO_PLAN, planned, type UnitsByShortName } from './demo-plan.ts';
import type { Random } from './random.ts';

export type DemoMandateDuty = {
  id: string;
  unitId: string;
  seq: number;
  text: string;
  docNo: string;
  status: DutyStatus;
};

/** The numbered duties of an organ's 三定: the political lead, 2–5 duties of its field, the catch-all. */
function organDuties(unit: DemoUnit, rnd: Random): string[] {
  const field = FIELD_BY_ORGAN[unit.shortName] ?? FIELDS[unit.category];
  const own = DUTIES_BY_ORGAN[unit.shortName] ?? ORGAN_DUTIES[unit.category];
  const picked = rnd.shuffle(own).slice(0, Math.min(own.length, rnd.int(2, 5)));
  const lead =
    unit.category === 'township'
      ? '贯彻执行党的路线方针政策和上级党委、政府的决策部署，推动辖区经济社会发展'
      : unit.category === 'general' && !FIELD_BY_ORGAN[unit.shortName]
        ? '贯彻落实党中央和省委、市委、县委的决策部署，在履行职责过程中坚持和加强党的全面领导'
        : `贯彻落实党中央和省委、市委、县委关于${field}工作的方针政策和决策部署，在履行职责过程中坚持和加强党对${field}工作的集中统一领导`;
  const last = unit.kind === 'massOrganization' ? '完成县委交办的其他任务' : '完成县委、县政府交办的其他任务';
  return [lead, ...picked, last];
}

function institutionDuties(unit: DemoUnit, rnd: Random): string[] {
  const own =
    INSTITUTION_DUTIES.find(([pattern]) => pattern.test(unit.name))?.[1] ?? GENERIC_INSTITUTION_DUTIES;
  const picked = rnd.shuffle(own).slice(0, Math.max(2, Math.min(own.length, rnd.int(2, 4))));
  return [...picked, '完成主管部门交办的其他任务'];
}

/**
 * 三定 主要职责 of every unit, numbered, under the unit's founding document. Duties moved by the
 * 沿革 appear on both sides (划出 at the source, active at the destination). The W08 zombie has
 * only duties that have left it; merged and abolished units keep theirs as transferred out.
 */
export function generateDuties(
  units: DemoUnit[],
  transfers: DemoDutyTransfer[],
  byShort: UnitsByShortName,
  rnd: Random,
) {
  const zombie = planned(byShort, DEMO_PLAN.zombieDutiesGone).id;
  const duties: DemoMandateDuty[] = [];
  for (const unit of units) {
    const texts =
      unit.id === zombie ? [] : isOrgan(unit.kind) ? organDuties(unit, rnd) : institutionDuties(unit, rnd);
    const status: DutyStatus = unit.status === 'active' ? 'active' : 'transferredOut';
    const own = texts.map((text) => ({ text, docNo: unit.foundingDocNo, status }));
    const moved = transfers.flatMap((t) => {
      if (t.fromUnitId === unit.id)
        return [
          {
            text: t.duty,
            docNo: t.docNo,
            status: (t.completed ? 'completed' : 'transferredOut') as DutyStatus,
          },
        ];
      if (t.toUnitId === unit.id) return [{ text: t.duty, docNo: t.docNo, status: 'active' as DutyStatus }];
      return [];
    });
    // The catch-all duty stays last, after duties that came in later.
    const lastOwn = own.length > 0 && unit.id !== zombie ? own.splice(own.length - 1, 1) : [];
    [...own, ...moved, ...lastOwn].forEach((duty, i) => {
      duties.push({ id: rnd.uuid(), unitId: unit.id, seq: i + 1, ...duty });
    });
  }
  return duties;
}
