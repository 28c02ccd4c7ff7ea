import type { StaffingType } from '@bianping/core/registry/vocabulary';
import { generateBodies } from './demo-bodies.ts';
import { generateDemoCounty } from './demo-county.ts';
import { DEMO_TODAY, type IsoDate } from './demo-dates.ts';
import { generateDuties } from './demo-duties.ts';
import { generateHistory } from './demo-history.ts';
import { type DemoMovement, movementRows } from './demo-movement-rows.ts';
import { planMovements } from './demo-movements.ts';
import { generateNonQuota } from './demo-non-quota.ts';
import { generatePeers } from './demo-peers.ts';
import { addMixedQuotaPeople, shapePlannedHeadcounts, unitsByShortName } from './demo-plan.ts';
import { generateSnapshots } from './demo-snapshots.ts';
import { generateUnitStaff, staffContext } from './demo-staff.ts';
import { plantStaffCases, type UnitStaff } from './demo-staff-plan.ts';
import { generateWorkloads } from './demo-workload.ts';
import { streamFor } from './random.ts';

export type DemoData = ReturnType<typeof generateDemoData>;

/** The planted 用编核准 of 2026-08-17 must be over 30 working days old, the exits over 15. */
const EARLIEST_TODAY: IsoDate = '2026-10-01';

/**
 * The whole demo county from a seed: units, quota ledger and 沿革, internal bodies, leader posts
 * and 三定 duties, about 12,000 staff with the year's movements, five years of workload and
 * monthly staffing, and the neighbouring counties' benchmarks. Pure: the same seed and date
 * give the same data. Each part draws from its own random stream.
 *
 * The steps share the units and change them in place, in this order: the plan's headcounts,
 * the history (merges, abolitions, foundings), the mixed-quota people, the internal bodies.
 */
export function generateDemoData(seed: number, today: IsoDate = DEMO_TODAY) {
  if (today < EARLIEST_TODAY)
    throw new Error(`the demo date must be ${EARLIEST_TODAY} or later for the planted cases`);
  const units = generateDemoCounty(seed);
  const byShort = unitsByShortName(units);
  shapePlannedHeadcounts(byShort);
  const history = generateHistory(units, byShort, streamFor(seed, 'history'));
  addMixedQuotaPeople(byShort);
  const { bodies, posts } = generateBodies(units, byShort, streamFor(seed, 'bodies'));
  const duties = generateDuties(units, history.dutyTransfers, byShort, streamFor(seed, 'duties'));
  generateNonQuota(units, byShort, streamFor(seed, 'non-quota'));
  const movements = planMovements(units, byShort, streamFor(seed, 'movements'), today);

  const ctx = staffContext(streamFor(seed, 'staff'), today);
  const bodiesOf = groupBy(bodies, (b) => b.unitId);
  const postsOf = groupBy(posts, (p) => p.unitId);
  const byUnit = new Map<string, UnitStaff>();
  for (const unit of units) {
    const plan = movements.get(unit.id);
    if (!plan) continue;
    byUnit.set(
      unit.id,
      generateUnitStaff(unit, bodiesOf.get(unit.id) ?? [], postsOf.get(unit.id) ?? [], plan, byShort, ctx),
    );
  }
  plantStaffCases(byUnit, byShort, streamFor(seed, 'staff-cases'));
  const staff = [...byUnit.values()].flatMap((u) => u.staff);
  const leaders = new Map<string, number>();
  for (const s of staff)
    if (s.leaderLevel)
      leaders.set(`${s.unitId}|${s.leaderLevel}`, (leaders.get(`${s.unitId}|${s.leaderLevel}`) ?? 0) + 1);
  for (const post of posts) post.actual = leaders.get(`${post.unitId}|${post.level}`) ?? 0;

  const movementRnd = streamFor(seed, 'movement-rows');
  const movementList: DemoMovement[] = [];
  for (const [unitId, plan] of movements) {
    const unitStaff = byUnit.get(unitId);
    if (unitStaff) movementList.push(...movementRows(unitId, plan, unitStaff, movementRnd));
  }

  return {
    today,
    units,
    ledger: history.ledger,
    history: history.events,
    headcounts: headcountsOf(units, staff),
    bodies,
    posts,
    duties,
    staff,
    movements: movementList,
    snapshots: generateSnapshots(
      units,
      history.ledger,
      movements,
      history.ended,
      streamFor(seed, 'snapshots'),
      today,
    ),
    workloads: generateWorkloads(units, byShort, history.ended, streamFor(seed, 'workload')),
    peers: generatePeers(byShort, streamFor(seed, 'peers')),
  };
}

/**
 * `headcounts` rows counted from the staff list, one per staffing type the unit has quota or
 * people on, so the directly entered figures and the 实名制 list agree.
 */
function headcountsOf(
  units: ReturnType<typeof generateDemoCounty>,
  staff: { unitId: string; staffingType: StaffingType }[],
) {
  const counted = new Map<string, number>();
  for (const person of staff) {
    const key = `${person.unitId}|${person.staffingType}`;
    counted.set(key, (counted.get(key) ?? 0) + 1);
  }
  return units.flatMap((unit) => {
    const types = new Set<StaffingType>([
      ...unit.quotas.map((q) => q.staffingType),
      ...unit.headcount.map((h) => h.staffingType),
    ]);
    return [...types].map((staffingType) => ({
      unitId: unit.id,
      staffingType,
      count: counted.get(`${unit.id}|${staffingType}`) ?? 0,
    }));
  });
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(key(item));
    if (list) list.push(item);
    else map.set(key(item), [item]);
  }
  return map;
}
