import type { WarningStatus } from '@bianping/core/warnings/workflow';
import { and, count, desc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import { type Db, selectRows } from '../../db/client.ts';
import { units, warnings } from '../../db/schema/index.ts';
import type { UnitScope } from '../registry/registry.policy.ts';

/** Warnings that still need attention; `status=live` in the list filter. */
const liveStatuses: WarningStatus[] = ['open', 'verified'];

export type WarningFilter = {
  code?: string | undefined;
  status?: string | undefined;
  severity?: string | undefined;
  unitId?: string | undefined;
  regionId?: string | undefined;
};

function whereOf(scope: UnitScope, f: WarningFilter): SQL | undefined {
  const scoped = scope.allRegions
    ? undefined
    : or(
        scope.regionIds.length ? inArray(units.regionId, scope.regionIds) : sql`false`,
        scope.unitIds.length ? inArray(units.id, scope.unitIds) : sql`false`,
      );
  return and(
    scoped,
    f.code ? eq(warnings.code, f.code) : undefined,
    f.status === 'live'
      ? inArray(warnings.status, liveStatuses)
      : f.status
        ? eq(warnings.status, f.status)
        : undefined,
    f.severity ? eq(warnings.severity, f.severity) : undefined,
    f.unitId ? eq(warnings.unitId, f.unitId) : undefined,
    f.regionId ? eq(units.regionId, f.regionId) : undefined,
  );
}

export async function listWarnings(
  db: Db,
  scope: UnitScope,
  f: WarningFilter,
  page: number,
  pageSize: number,
) {
  const where = whereOf(scope, f);
  const [rows, [total]] = await Promise.all([
    db
      .select({ w: warnings, unitName: units.name, regionId: units.regionId })
      .from(warnings)
      .innerJoin(units, eq(units.id, warnings.unitId))
      .where(where)
      .orderBy(
        sql`array_position(array['red','orange','yellow','info'], ${warnings.severity})`,
        desc(warnings.lastDetectedAt),
        warnings.code,
      )
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(warnings).innerJoin(units, eq(units.id, warnings.unitId)).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** Live warnings (open or verified) per rule and per region, for the list's header and charts. */
export async function summarizeWarnings(db: Db, scope: UnitScope) {
  const where = whereOf(scope, {});
  return selectRows<{
    code: string;
    regionId: string;
    regionName: string;
    severity: string;
    status: string;
    n: number;
  }>(
    db,
    sql`select w.code, u.region_id as "regionId", r.name as "regionName", w.severity, w.status, count(*)::int as n
        from warnings w join units u on u.id = w.unit_id join regions r on r.id = u.region_id
        ${where ? sql`where ${where}` : sql``}
        group by 1, 2, 3, 4, 5 order by 1`,
  );
}

export async function findWarning(db: Db, id: string) {
  const [row] = await db
    .select({ w: warnings, unitName: units.name, regionId: units.regionId })
    .from(warnings)
    .innerJoin(units, eq(units.id, warnings.unitId))
    .where(eq(warnings.id, id));
  return row ?? null;
}
