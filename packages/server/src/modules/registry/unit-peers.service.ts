import { type ComparedFigures, comparePeers } from '@bianping/core/registry/peer-comparison';
import type { UnitCategory } from '@bianping/core/registry/vocabulary';
import type { PeerComparison, PeerMember } from '@bianping/core/registry/workload';
import { BUDGET_MEASURE, measuresForCategory } from '@bianping/core/registry/workload-measures';
import type { Db } from '../../db/client.ts';
import { isInScope, type UnitScope } from './registry.policy.ts';
import {
  benchmarksOf,
  type ComparedUnit,
  localGroupOf,
  workloadsOfYear,
  workloadYearsOf,
  yearEndStaffing,
} from './unit-peers.queries.ts';
import { listMeasureRules } from './workload-measures.queries.ts';

type Member = ComparedFigures & Omit<PeerMember, keyof ComparedFigures | 'perCapita' | 'quotaPer1000'>;

/** The budget is reported in 万元. */
const BUDGET_UNIT_LABEL = '万元';

const newestFirst = (years: Iterable<number>) => [...new Set(years)].sort((a, b) => b - a);

/**
 * The measures to compare: the category's defined measures that anyone reports, then the
 * unit's own undefined ones, the budget last.
 */
function measuresToCompare(
  definitions: { name: string; unitLabel: string | null; category: UnitCategory | null; sortOrder: number }[],
  category: UnitCategory,
  members: Member[],
) {
  const reported = new Set(members.flatMap((m) => Object.keys(m.workload)));
  const own = Object.keys(members.find((m) => m.source === 'self')?.workload ?? {});
  const defined = measuresForCategory(definitions, category).filter((d) => reported.has(d.name));
  const names = [...new Set([...defined.map((d) => d.name), ...own])].filter((n) => n !== BUDGET_MEASURE);
  const labelOf = new Map(defined.map((d) => [d.name, d.unitLabel]));
  const measures = names.map((name) => ({ name, unitLabel: labelOf.get(name) ?? null }));
  if (reported.has(BUDGET_MEASURE)) measures.push({ name: BUDGET_MEASURE, unitLabel: BUDGET_UNIT_LABEL });
  return measures;
}

/**
 * 同类对比 of a unit in a year: the peer benchmarks of the same category and kind, and the
 * other active units of its region of the same category and kind. Local quota and headcount
 * are the year's last month-end snapshot; a year without one (before the first monthly scan,
 * or the current year before its first) takes today's figures, as the unit page does. A local
 * unit outside the viewer's scope (a unit liaison looking at its own unit) is shown unnamed.
 */
export async function loadPeerComparison(
  db: Db,
  unit: ComparedUnit,
  requestedYear: number | undefined,
  viewerScope: UnitScope,
): Promise<PeerComparison> {
  const [group, benchmarks, definitions] = await Promise.all([
    localGroupOf(db, unit),
    benchmarksOf(db, unit.category, unit.kind),
    listMeasureRules(db),
  ]);
  const ids = group.map((u) => u.id);
  const reportedYears = await workloadYearsOf(db, ids);
  const ownYears = newestFirst(reportedYears.filter((r) => r.unitId === unit.id).map((r) => r.year));
  const years = newestFirst([...reportedYears.map((r) => r.year), ...benchmarks.map((b) => b.year)]);
  const year = requestedYear ?? ownYears[0] ?? years[0] ?? null;
  const base = { unitId: unit.id, category: unit.category, kind: unit.kind, years } as PeerComparison;
  if (year === null) {
    const empty = { self: null, median: null, rank: null, of: 0 };
    return {
      ...base,
      year,
      measures: [],
      members: [],
      stats: { quota: empty, headcount: empty, measures: [] },
      staffingMonth: null,
    };
  }

  const [figures, staffing] = await Promise.all([
    workloadsOfYear(db, ids, year),
    yearEndStaffing(db, ids, year),
  ]);
  const workloadOf = (unitId: string) =>
    Object.fromEntries(figures.filter((f) => f.unitId === unitId).map((f) => [f.measure, f.value]));
  let anonymous = 0;
  const locals: Member[] = group.map((u) => {
    const snapshot = staffing.get(u.id);
    const visible = isInScope(viewerScope, u);
    return {
      source: u.id === unit.id ? 'self' : 'local',
      unitId: visible ? u.id : null,
      name: visible ? u.name : `同类单位${++anonymous}`,
      regionName: u.regionName,
      quota: snapshot?.quota ?? u.quota,
      headcount: snapshot?.headcount ?? u.headcount,
      workload: workloadOf(u.id),
    };
  });
  const self = locals.find((m) => m.source === 'self');
  if (!self) throw new Error(`unit ${unit.id} missing from its own group`);
  const peers: Member[] = [
    ...benchmarks
      .filter((b) => b.year === year)
      .map((b) => ({
        source: 'benchmark' as const,
        unitId: null,
        name: b.name,
        regionName: b.regionName,
        quota: b.quota,
        headcount: b.headcount,
        workload: b.workload as Record<string, number>,
      })),
    ...locals.filter((m) => m.source === 'local'),
  ];
  const measures = measuresToCompare(definitions, unit.category as UnitCategory, [self, ...peers]);
  const result = comparePeers(
    self,
    peers,
    measures.map((m) => m.name),
  );
  return {
    ...base,
    year,
    measures,
    members: [result.self, ...result.peers],
    stats: { quota: result.quota, headcount: result.headcount, measures: result.measures },
    staffingMonth: staffing.get(unit.id)?.month ?? null,
  };
}
