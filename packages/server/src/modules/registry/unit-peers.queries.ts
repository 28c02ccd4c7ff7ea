import { and, asc, between, desc, eq, inArray, or } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { peerBenchmarks, regions, staffingSnapshots, units, workloads } from '../../db/schema/index.ts';
import { headcountTotal, quotaTotal } from './registry.queries.ts';

/** What the comparison knows of the unit it is about. */
export type ComparedUnit = { id: string; regionId: string; category: string; kind: string };

/**
 * The unit and the active units of the same region, category and kind, with their current
 * quota and headcount (the fallback when a year has no month-end snapshot).
 */
export const localGroupOf = (db: Db, unit: ComparedUnit) =>
  db
    .select({
      id: units.id,
      regionId: units.regionId,
      name: units.name,
      regionName: regions.name,
      quota: quotaTotal,
      headcount: headcountTotal,
    })
    .from(units)
    .innerJoin(regions, eq(regions.id, units.regionId))
    .where(
      and(
        eq(units.regionId, unit.regionId),
        eq(units.category, unit.category),
        eq(units.kind, unit.kind),
        or(eq(units.status, 'active'), eq(units.id, unit.id)),
      ),
    )
    .orderBy(asc(units.name));

/** 同类机构对比 rows of the category (and kind, when given), every year. */
export const benchmarksOf = (db: Db, category: string, kind?: string) =>
  db
    .select()
    .from(peerBenchmarks)
    .where(and(eq(peerBenchmarks.category, category), kind ? eq(peerBenchmarks.kind, kind) : undefined))
    .orderBy(asc(peerBenchmarks.regionName), asc(peerBenchmarks.name));

/** Years in which any of the units reported workload. */
export async function workloadYearsOf(db: Db, unitIds: string[]) {
  if (unitIds.length === 0) return [];
  return db
    .selectDistinct({ unitId: workloads.unitId, year: workloads.year })
    .from(workloads)
    .where(inArray(workloads.unitId, unitIds));
}

/** The units' workload of one year. */
export const workloadsOfYear = (db: Db, unitIds: string[], year: number) =>
  unitIds.length === 0
    ? Promise.resolve([])
    : db
        .select({ unitId: workloads.unitId, measure: workloads.measure, value: workloads.value })
        .from(workloads)
        .where(and(inArray(workloads.unitId, unitIds), eq(workloads.year, year)));

/** Each unit's quota and headcount at the last recorded month-end of the year. */
export async function yearEndStaffing(db: Db, unitIds: string[], year: number) {
  if (unitIds.length === 0) return new Map<string, { month: string; quota: number; headcount: number }>();
  const rows = await db
    .selectDistinctOn([staffingSnapshots.unitId], {
      unitId: staffingSnapshots.unitId,
      month: staffingSnapshots.month,
      quota: staffingSnapshots.quota,
      headcount: staffingSnapshots.headcount,
    })
    .from(staffingSnapshots)
    .where(
      and(
        inArray(staffingSnapshots.unitId, unitIds),
        between(staffingSnapshots.month, `${year}-01`, `${year}-12`),
      ),
    )
    .orderBy(staffingSnapshots.unitId, desc(staffingSnapshots.month));
  return new Map(rows.map((r) => [r.unitId, r]));
}
