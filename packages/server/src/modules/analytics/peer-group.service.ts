import type { PeerGroup } from '@bianping/core/analytics/efficiency-api';
import { forbidden, notFound } from '@bianping/core/errors';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../plugins/auth.ts';
import { regionSubtreeIds } from '../regions/regions.queries.ts';
import { isInScope, registryReaders, unitScopeOf } from '../registry/registry.policy.ts';
import { benchmarksOf, workloadsOfYear, yearEndStaffing } from '../registry/unit-peers.queries.ts';
import { groupUnits } from './analytics.queries.ts';

/** One compared institution in one year: a local unit or a peer benchmark (同类机构对比). */
export type GroupMember = {
  /** Stable across years: the unit id, or region and name of a benchmark. */
  key: string;
  source: 'local' | 'benchmark';
  unitId: string | null;
  name: string;
  regionName: string;
  quota: number | null;
  headcount: number | null;
  workload: Record<string, number>;
};

export type ResolvedGroup = {
  locals: Awaited<ReturnType<typeof groupUnits>>;
  benchmarks: Awaited<ReturnType<typeof benchmarksOf>>;
};

/**
 * The local units and benchmarks of a peer group, within the caller's scope: chosen regions must
 * lie in it (403 otherwise — the region list is public), explicit units too (404, as elsewhere).
 * Without regions the group covers the caller's whole scope.
 */
export async function resolveGroup(db: Db, principal: Principal, group: PeerGroup): Promise<ResolvedGroup> {
  const scope = await unitScopeOf(db, principal, registryReaders);
  let locals: ResolvedGroup['locals'];
  if (group.unitIds) {
    const ids = [...new Set(group.unitIds)];
    locals = await groupUnits(db, { category: group.category, unitIds: ids });
    if (locals.length !== ids.length || locals.some((u) => !isInScope(scope, u)))
      throw notFound({ zh: '单位', en: 'Unit' }, 'unitIds');
  } else {
    if (group.regionIds && !scope.allRegions && group.regionIds.some((id) => !scope.regionIds.includes(id)))
      throw forbidden();
    const regionIds = group.regionIds
      ? await regionSubtreeIds(db, group.regionIds)
      : scope.allRegions
        ? undefined
        : scope.regionIds;
    locals = await groupUnits(db, { category: group.category, kind: group.kind, regionIds });
  }
  const benchmarks = group.includeBenchmarks ? await benchmarksOf(db, group.category, group.kind) : [];
  return { locals, benchmarks };
}

/**
 * The group's figures of one year. Quota and headcount of a local unit are the year's last
 * month-end snapshot, today's figures when the year has none — the rule of 同类对比.
 */
export async function membersOfYear(db: Db, group: ResolvedGroup, year: number): Promise<GroupMember[]> {
  const ids = group.locals.map((u) => u.id);
  const [figures, staffing] = await Promise.all([
    workloadsOfYear(db, ids, year),
    yearEndStaffing(db, ids, year),
  ]);
  const workload = new Map<string, Record<string, number>>();
  for (const f of figures) {
    const own = workload.get(f.unitId) ?? {};
    own[f.measure] = f.value;
    workload.set(f.unitId, own);
  }
  const members: GroupMember[] = group.locals.map((u) => ({
    key: u.id,
    source: 'local',
    unitId: u.id,
    name: u.name,
    regionName: u.regionName,
    quota: staffing.get(u.id)?.quota ?? u.quota,
    headcount: staffing.get(u.id)?.headcount ?? u.headcount,
    workload: workload.get(u.id) ?? {},
  }));
  const seen = new Map<string, number>();
  for (const b of group.benchmarks) {
    if (b.year !== year) continue;
    const base = `benchmark:${b.regionName}/${b.name}/${b.kind}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    members.push({
      key: n === 1 ? base : `${base}#${n}`,
      source: 'benchmark',
      unitId: null,
      name: b.name,
      regionName: b.regionName,
      quota: b.quota,
      headcount: b.headcount,
      workload: b.workload as Record<string, number>,
    });
  }
  return members;
}
