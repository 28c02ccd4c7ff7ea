import type { LeaderLevel, UnitSnapshot } from '@bianping/core/warnings';
import type { IdProtector } from '../staff/id-number-protection.ts';
import {
  type MovementTuple,
  type StaffTuple,
  toMovement,
  toStaffMember,
} from './warnings-snapshot.people.ts';
import { type WorkTuple, workloadPerHead } from './warnings-snapshot.workload.ts';

/**
 * Builds the unit snapshots the core rules take from the registry's rows, one pass over each
 * table. Rows arrive as arrays (see `readSnapshotRows`); each pass writes straight into the
 * unit's snapshot, found by position, so 100,000 units cost no per-unit scratch collections.
 */

type Text = string | null;
export type UnitTuple = [
  id: string,
  name: string,
  kind: string,
  category: string,
  rank: string,
  status: string,
  foundedOn: Text,
  creditCode: Text,
  regionCode: string,
  internalBodiesApproved: number | null,
  nonQuotaCap: number | null,
  nonQuotaHeadcount: number | null,
];
/** Quota, direct headcount and staff count rows: unit, staffing type, number. */
export type CountTuple = [unitId: string, staffingType: string, n: number];
export type PostTuple = [unitId: string, level: string, approved: number, actual: number | null];
export type BodyTuple = [id: string, unitId: string, name: string, rank: Text, inMandate: boolean];
/** Month-end figures, newest month first within a unit. */
export type MonthTuple = [unitId: string, quota: number, headcount: number];
export type DutyTuple = [id: string, unitId: string, status: string];

export type RegistryRows = {
  units: UnitTuple[];
  quotas: CountTuple[];
  direct: CountTuple[];
  staffCounts: CountTuple[];
  posts: PostTuple[];
  bodies: BodyTuple[];
  staff: StaffTuple[];
  movements: MovementTuple[];
  work: WorkTuple[];
  months: MonthTuple[];
  duties: DutyTuple[];
};

type AssembleOptions = {
  protector: IdProtector;
  /** The scan's year: workload counts as recent from the year before. */
  year: number;
  vacancyThresholdFor: (regionCode: string) => number;
};

/**
 * The one empty list every snapshot starts with, replaced by its own on the first item: at
 * 100,000 units, five empty arrays each were half a million objects for the garbage collector.
 * Frozen, so a rule that tried to add to it would fail loudly rather than touch every unit.
 */
const NONE = Object.freeze([]) as never[];

function blankSnapshot(u: UnitTuple): UnitSnapshot {
  const [id, name, kind, category, rank, status, foundedOn, creditCode, regionCode, ...counts] = u;
  const [, nonQuotaCap, nonQuotaHeadcount] = counts;
  return {
    unit: {
      id,
      name,
      kind: kind as never,
      category: category as never,
      rank: rank as never,
      status: status as never,
      foundedOn,
      creditCode,
      regionCode,
      missingFields: NONE,
    },
    quotas: {},
    headcount: {},
    leaderPosts: {},
    internalBodies: { approved: 0, actual: NONE },
    staff: NONE,
    movements: NONE,
    nonQuota: {
      cap: nonQuotaCap === null ? null : Number(nonQuotaCap),
      headcount: Number(nonQuotaHeadcount ?? 0),
    },
    workload: { perHead: null, peerMedian: null, recordedLast12Months: false },
    monthsAtVacancyThreshold: 0,
    duties: NONE,
    payrollHeadcount: null,
  };
}

const addCount = (into: Record<string, number>, type: string, n: number | null) => {
  into[type] = (into[type] ?? 0) + Number(n ?? 0);
};

/** Positions of the units by id; rows of units not being scanned are skipped. */
type Positions = Map<string, number>;

/** Snapshots of `rows.units`, in their order. */
export function assembleSnapshots(rows: RegistryRows, options: AssembleOptions): UnitSnapshot[] {
  const snapshots = rows.units.map(blankSnapshot);
  const at: Positions = new Map(rows.units.map((u, i) => [u[0], i]));
  const hasStaff = addCounts(rows, snapshots, at);
  addPeople(rows, snapshots, at, hasStaff, options.protector);
  addBodiesAndDuties(rows, snapshots, at);
  addMonthsAtThreshold(rows.months, snapshots, at, options.vacancyThresholdFor);
  addWorkload(rows, snapshots, at, options.year);
  return snapshots;
}

/** Quotas and headcounts; returns which units have staff members loaded. */
function addCounts(rows: RegistryRows, snapshots: UnitSnapshot[], at: Positions): Uint8Array {
  for (const [unitId, type, n] of rows.quotas) {
    const i = at.get(unitId);
    if (i !== undefined) addCount((snapshots[i] as UnitSnapshot).quotas, type, n);
  }
  // In-quota headcount comes from the staff list once any staff member of the unit is loaded.
  const hasStaff = new Uint8Array(snapshots.length);
  for (const [unitId, type, n] of rows.staffCounts) {
    const i = at.get(unitId);
    if (i === undefined) continue;
    hasStaff[i] = 1;
    addCount((snapshots[i] as UnitSnapshot).headcount, type, n);
  }
  for (const [unitId, type, n] of rows.direct) {
    const i = at.get(unitId);
    if (i !== undefined && !hasStaff[i]) addCount((snapshots[i] as UnitSnapshot).headcount, type, n);
  }
  return hasStaff;
}

/** Staff, movements and the leader posts, whose actual count follows the staff list when loaded. */
function addPeople(
  rows: RegistryRows,
  snapshots: UnitSnapshot[],
  at: Positions,
  hasStaff: Uint8Array,
  protector: IdProtector,
) {
  const leadersByUnit = new Map<number, Map<string, number>>();
  for (const row of rows.staff) {
    const i = at.get(row[1]);
    if (i === undefined) continue;
    const s = snapshots[i] as UnitSnapshot;
    if (s.staff === NONE) s.staff = [];
    s.staff.push(toStaffMember(row, protector));
    const level = row[11];
    if (!level) continue;
    const leaders = leadersByUnit.get(i) ?? new Map<string, number>();
    leaders.set(level, (leaders.get(level) ?? 0) + 1);
    leadersByUnit.set(i, leaders);
  }
  for (const [unitId, level, approved, actual] of rows.posts) {
    const i = at.get(unitId);
    if (i === undefined) continue;
    (snapshots[i] as UnitSnapshot).leaderPosts[level as LeaderLevel] = {
      approved: Number(approved ?? 0),
      actual: hasStaff[i] ? (leadersByUnit.get(i)?.get(level) ?? 0) : Number(actual ?? 0),
    };
  }
  for (const row of rows.movements) {
    const i = at.get(row[1]);
    if (i === undefined) continue;
    const s = snapshots[i] as UnitSnapshot;
    if (s.movements === NONE) s.movements = [];
    s.movements.push(...toMovement(row));
  }
}

/** Internal bodies (approved: the unit's figure, else those in the 三定) and 三定 duties. */
function addBodiesAndDuties(rows: RegistryRows, snapshots: UnitSnapshot[], at: Positions) {
  for (const [id, unitId, name, rank, inMandate] of rows.bodies) {
    const i = at.get(unitId);
    if (i === undefined) continue;
    const bodies = (snapshots[i] as UnitSnapshot).internalBodies;
    if (bodies.actual === NONE) bodies.actual = [];
    bodies.actual.push({
      id,
      name,
      rank: (rank as never) ?? null,
      inMandate: Boolean(inMandate),
    });
  }
  rows.units.forEach((u, i) => {
    const bodies = (snapshots[i] as UnitSnapshot).internalBodies;
    bodies.approved = u[9] === null ? bodies.actual.filter((b) => b.inMandate).length : Number(u[9]);
  });
  for (const [id, unitId, status] of rows.duties) {
    const i = at.get(unitId);
    if (i === undefined) continue;
    const s = snapshots[i] as UnitSnapshot;
    if (s.duties === NONE) s.duties = [];
    s.duties.push({ id, status: status as never });
  }
}

/** Consecutive months at the region's vacancy threshold, newest first, up to the first miss. */
function addMonthsAtThreshold(
  months: MonthTuple[],
  snapshots: UnitSnapshot[],
  at: Positions,
  vacancyThresholdFor: (regionCode: string) => number,
) {
  const stopped = new Uint8Array(snapshots.length);
  const thresholds = new Map<string, number>();
  for (const [unitId, quota, headcount] of months) {
    const i = at.get(unitId);
    if (i === undefined || stopped[i]) continue;
    const s = snapshots[i] as UnitSnapshot;
    let threshold = thresholds.get(s.unit.regionCode);
    if (threshold === undefined) {
      threshold = vacancyThresholdFor(s.unit.regionCode);
      thresholds.set(s.unit.regionCode, threshold);
    }
    if (quota <= 0 || (quota - headcount) / quota < threshold) stopped[i] = 1;
    else s.monthsAtVacancyThreshold++;
  }
}

/** Workload per head against the peers, and whether anything was recorded in the last year. */
function addWorkload(rows: RegistryRows, snapshots: UnitSnapshot[], at: Positions, year: number) {
  const latestYear = new Int32Array(snapshots.length);
  for (const [unitId, workYear] of rows.work) {
    const i = at.get(unitId);
    if (i !== undefined) latestYear[i] = Math.max(latestYear[i] as number, Number(workYear));
  }
  const workload = workloadPerHead(rows.units, rows.work, (unitId) => {
    let heads = 0;
    const i = at.get(unitId);
    const headcount = i === undefined ? {} : (snapshots[i] as UnitSnapshot).headcount;
    for (const n of Object.values(headcount)) heads += n ?? 0;
    return heads;
  });
  snapshots.forEach((s, i) => {
    s.workload.perHead = workload.perHead.get(s.unit.id) ?? null;
    s.workload.peerMedian = workload.peerMedian(s.unit.category, s.unit.kind);
    s.workload.recordedLast12Months = (latestYear[i] as number) >= year - 1;
  });
}
