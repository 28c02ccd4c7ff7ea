import { and, asc, count, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import { type Db, selectRows } from '../../db/client.ts';
import { units } from '../../db/schema/index.ts';
import type { UnitScope } from './registry.policy.ts';

function scopeWhere(scope: UnitScope): SQL | undefined {
  if (scope.allRegions) return undefined;
  const parts: SQL[] = [];
  if (scope.regionIds.length) parts.push(inArray(units.regionId, scope.regionIds));
  if (scope.unitIds.length) parts.push(inArray(units.id, scope.unitIds));
  return parts.length ? or(...parts) : sql`false`;
}

// Column references are spelled out: inside a select list Drizzle drops the table name, and a
// bare "id" in these subqueries would bind to the subquery's own table.
/** A unit's current approved quota (the ledger's sum), for a select from `units`. */
export const quotaTotal =
  sql<number>`coalesce((select sum(q.delta) from quota_changes q where q.unit_id = "units"."id"), 0)`
    .mapWith(Number)
    .as('quota_total');
/** A unit's in-quota headcount: the 实名制 list when loaded, the entered figures otherwise. */
export const headcountTotal =
  sql<number>`case when exists (select 1 from staff_members s where s.unit_id = "units"."id")
  then (select count(*) from staff_members s where s.unit_id = "units"."id")
  else coalesce((select sum(h.count) from headcounts h where h.unit_id = "units"."id"), 0) end`
    .mapWith(Number)
    .as('headcount_total');

export type UnitFilter = {
  q?: string | undefined;
  kind?: string | undefined;
  category?: string | undefined;
  status?: string | undefined;
  warning?: string | undefined;
  regionIds?: string[] | undefined;
  parentUnitId?: string | undefined;
};

const liveWarnings = sql<number>`(select count(*) from warnings w
  where w.unit_id = "units"."id" and w.status in ('open', 'verified'))`
  .mapWith(Number)
  .as('live_warnings');

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
  if (filter.category) parts.push(eq(units.category, filter.category));
  if (filter.status) parts.push(eq(units.status, filter.status));
  if (filter.regionIds)
    parts.push(filter.regionIds.length ? inArray(units.regionId, filter.regionIds) : sql`false`);
  if (filter.parentUnitId) parts.push(eq(units.parentUnitId, filter.parentUnitId));
  if (filter.warning) {
    parts.push(
      sql`exists (select 1 from warnings w where w.unit_id = "units"."id" and w.status in ('open', 'verified')
          ${filter.warning === 'any' ? sql`` : sql`and w.code = ${filter.warning}`})`,
    );
  }
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
        liveWarnings,
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

/** Regions with how many units and live warnings each holds, for the registry's tree. */
export async function registryTree(db: Db, scope: UnitScope) {
  const where = scopeWhere(scope);
  return selectRows<{
    id: string;
    code: string;
    name: string;
    level: string;
    parentId: string | null;
    units: number;
    liveWarnings: number;
  }>(
    db,
    sql`select r.id, r.code, r.name, r.level, r.parent_id as "parentId",
          (select count(*)::int from units where units.region_id = r.id ${where ? sql`and ${where}` : sql``}) as units,
          (select count(*)::int from warnings w join units on units.id = w.unit_id
            where units.region_id = r.id and w.status in ('open', 'verified') ${where ? sql`and ${where}` : sql``}) as "liveWarnings"
        from regions r order by r.code`,
  );
}

/** Whether `candidateId` is one of the units below `unitId` in the 主管部门 tree. */
export async function isBelowUnit(db: Db, candidateId: string, unitId: string) {
  const [row] = await selectRows<{ found: boolean }>(
    db,
    sql`with recursive below as (
          select id from units where parent_unit_id = ${unitId}::uuid
          union
          select u.id from units u join below b on u.parent_unit_id = b.id)
        select exists (select 1 from below where id = ${candidateId}::uuid) as found`,
  );
  return row?.found === true;
}
