import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { type Db, selectRows } from '../../db/client.ts';
import { peerBenchmarks, regions, units, workloads } from '../../db/schema/index.ts';
import { headcountTotal, quotaTotal } from '../registry/registry.queries.ts';

/** Which local units a peer group takes: by category (and kind) in regions, or by id. */
export type GroupFilter = {
  category: string;
  kind?: string | undefined;
  /** Region ids already expanded to their subtrees; undefined = every region. */
  regionIds?: string[] | undefined;
  unitIds?: string[] | undefined;
};

/**
 * The active local units of a peer group with their current quota and headcount (the fallback for
 * a year without a month-end snapshot, as in 同类对比). Explicit unit ids are taken whatever their
 * category; the caller checked their scope.
 */
export function groupUnits(db: Db, filter: GroupFilter) {
  const where: (SQL | undefined)[] = filter.unitIds
    ? [inArray(units.id, filter.unitIds)]
    : [
        eq(units.category, filter.category),
        eq(units.status, 'active'),
        filter.kind ? eq(units.kind, filter.kind) : undefined,
        filter.regionIds
          ? filter.regionIds.length
            ? inArray(units.regionId, filter.regionIds)
            : sql`false`
          : undefined,
      ];
  return db
    .select({
      id: units.id,
      regionId: units.regionId,
      name: units.name,
      regionName: regions.name,
      category: units.category,
      quota: quotaTotal,
      headcount: headcountTotal,
    })
    .from(units)
    .innerJoin(regions, eq(regions.id, units.regionId))
    .where(and(...where))
    .orderBy(asc(regions.code), asc(units.name));
}

/** Categories of the active units in the regions (all when undefined) and of the peer benchmarks. */
export async function categoriesWithData(db: Db, regionIds: string[] | undefined) {
  const local = regionIds
    ? regionIds.length
      ? sql`and region_id in (${sql.join(
          regionIds.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`
      : sql`and false`
    : sql``;
  const rows = await selectRows<{ category: string }>(
    db,
    sql`select category from units where status = 'active' ${local}
        union select category from peer_benchmarks`,
  );
  return rows.map((r) => r.category);
}

/** Years with any workload figure of local units or benchmarks, newest first. */
export async function yearsWithData(db: Db) {
  const [local, benchmark] = await Promise.all([
    db.selectDistinct({ year: workloads.year }).from(workloads),
    db.selectDistinct({ year: peerBenchmarks.year }).from(peerBenchmarks),
  ]);
  return [...new Set([...local, ...benchmark].map((r) => r.year))].sort((a, b) => b - a);
}
