import type { UnitCategory } from '@bianping/core/registry/vocabulary';
import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { regions, units, workloads } from '../../../db/schema/index.ts';
import { inList, insertRows, lookupInChunks, upsertOn } from '../bulk.queries.ts';
import { inRegions } from '../imports.queries.ts';

export type WorkloadRecord = typeof workloads.$inferSelect;
export const workloadKey = (unitId: string, year: number, measure: string) => `${unitId}|${year}|${measure}`;

/** The category of each unit, which decides the measures it may report. */
export async function categoriesOf(db: Db, unitIds: Iterable<string>) {
  const rows = await lookupInChunks(unitIds, (part) =>
    db
      .select({ id: units.id, category: units.category })
      .from(units)
      .where(inList(units.id, part, 'uuid')),
  );
  return new Map(rows.map((r) => [r.id, r.category as UnitCategory]));
}

export async function currentWorkloads(db: Db, unitIds: Iterable<string>) {
  const rows = await lookupInChunks(unitIds, (part) =>
    db
      .select()
      .from(workloads)
      .where(inList(workloads.unitId, part, 'uuid')),
  );
  return new Map(rows.map((r) => [workloadKey(r.unitId, r.year, r.measure), r]));
}

export const upsertWorkloads = (db: Db, records: WorkloadRecord[]) =>
  insertRows(
    db,
    workloads,
    ['unitId', 'year', 'measure', 'value'],
    records,
    upsertOn(['unit_id', 'year', 'measure']),
  );

export function listWorkloadsForExport(db: Db, regionIds: string[] | null) {
  return db
    .select({ workload: workloads, creditCode: units.creditCode, unitName: units.name })
    .from(workloads)
    .innerJoin(units, eq(units.id, workloads.unitId))
    .innerJoin(regions, eq(regions.id, units.regionId))
    .where(and(isNotNull(units.creditCode), inRegions(units.regionId, regionIds)))
    .orderBy(
      asc(regions.code),
      asc(units.name),
      asc(units.creditCode),
      asc(workloads.year),
      asc(workloads.measure),
    );
}
