import { and, asc, count, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import { type Db, selectRows } from '../../db/client.ts';
import { headcounts, quotaChanges, units } from '../../db/schema/index.ts';
import type { UnitScope } from './registry.policy.ts';

function scopeWhere(scope: UnitScope): SQL | undefined {
  if (scope.allRegions) return undefined;
  const parts: SQL[] = [];
  if (scope.regionIds.length) parts.push(inArray(units.regionId, scope.regionIds));
  if (scope.unitIds.length) parts.push(inArray(units.id, scope.unitIds));
  return parts.length ? or(...parts) : sql`false`;
}

const quotaTotal =
  sql<number>`coalesce((select sum(${quotaChanges.delta}) from ${quotaChanges} where ${quotaChanges.unitId} = ${units.id}), 0)`.mapWith(
    Number,
  );
const headcountTotal =
  sql<number>`coalesce((select sum(${headcounts.count}) from ${headcounts} where ${headcounts.unitId} = ${units.id}), 0)`.mapWith(
    Number,
  );

export type UnitFilter = {
  q?: string | undefined;
  kind?: string | undefined;
  regionId?: string | undefined;
};

export async function listUnits(
  db: Db,
  scope: UnitScope,
  filter: UnitFilter,
  page: number,
  pageSize: number,
) {
  const parts = [scopeWhere(scope)];
  if (filter.q) parts.push(or(ilike(units.name, `%${filter.q}%`), ilike(units.shortName, `%${filter.q}%`)));
  if (filter.kind) parts.push(eq(units.kind, filter.kind));
  if (filter.regionId) parts.push(eq(units.regionId, filter.regionId));
  const where = and(...parts);
  const [items, [total]] = await Promise.all([
    db
      .select({
        id: units.id,
        regionId: units.regionId,
        name: units.name,
        shortName: units.shortName,
        creditCode: units.creditCode,
        kind: units.kind,
        category: units.category,
        system: units.system,
        rank: units.rank,
        fundingForm: units.fundingForm,
        status: units.status,
        quotaTotal,
        headcountTotal,
      })
      .from(units)
      .where(where)
      .orderBy(asc(units.name))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(units).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

/** Totals per unit kind for the overview page: units, quota, headcount, over-quota units. */
export async function registryOverview(db: Db, scope: UnitScope) {
  const where = scopeWhere(scope);
  return selectRows<{
    kind: string;
    units: number;
    quota: number;
    headcount: number;
    overQuota: number;
    emptyUnits: number;
  }>(
    db,
    sql`
    with per_unit as (
      select u.kind,
             coalesce((select sum(q.delta) from quota_changes q where q.unit_id = u.id), 0)::int as quota,
             coalesce((select sum(h.count) from headcounts h where h.unit_id = u.id), 0)::int as headcount
      from units u
      where u.status = 'active' ${where ? sql`and ${where}` : sql``}
    )
    select kind,
           count(*)::int as "units",
           sum(quota)::int as "quota",
           sum(headcount)::int as "headcount",
           count(*) filter (where headcount > quota)::int as "overQuota",
           count(*) filter (where headcount = 0)::int as "emptyUnits"
    from per_unit group by kind order by kind`,
  );
}
