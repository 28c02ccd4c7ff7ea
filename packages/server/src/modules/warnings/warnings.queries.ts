import { canonicalJson } from '@bianping/core/audit/canonical-json';
import type { WarningHit } from '@bianping/core/warnings';
import { statusAfterScan, type WarningStatus } from '@bianping/core/warnings/workflow';
import { and, count, desc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import { type Db, selectJson, selectRows } from '../../db/client.ts';
import { units, warnings } from '../../db/schema/index.ts';
import type { UnitScope } from '../registry/registry.policy.ts';

const BATCH = 5000;
const identity = (h: { code: string; unitId: string; key: string }) => `${h.code}|${h.unitId}|${h.key}`;

type HistoryStep = { status: WarningStatus; note: string; by: string; at: string };

/**
 * Writes a scan's hits: new hits open, found-again hits are refreshed (a resolved one reopens),
 * and live hits on the scanned units that were not found again are resolved by the scan.
 * Bulk statements keep a province-size scan to a few round trips.
 */
export async function reconcileHits(db: Db, hits: WarningHit[], scannedUnitIds: Set<string>, now: Date) {
  const existing = await selectJson<{
    id: string;
    code: string;
    unitId: string;
    key: string;
    status: string;
    severity: string;
    params: unknown;
    message: unknown;
  }>(db, sql`select id, code, unit_id as "unitId", key, status, severity, params, message from warnings`);
  const byIdentity = new Map(existing.map((w) => [identity(w), w]));
  const seen = new Set<string>();
  const seenIds: string[] = [];
  const inserts: unknown[] = [];
  const changes: {
    id: string;
    status: string;
    severity: string;
    params: unknown;
    message: unknown;
    step: HistoryStep | null;
  }[] = [];
  const at = now.toISOString();
  for (const hit of hits) {
    const id = identity(hit);
    if (seen.has(id)) continue;
    seen.add(id);
    const found = byIdentity.get(id);
    if (!found) {
      inserts.push({
        code: hit.code,
        unit_id: hit.unitId,
        key: hit.key,
        severity: hit.severity,
        params: hit.params,
        message: hit.message,
        history: [{ status: 'open', note: '扫描发现 / detected by scan', by: 'scan', at }],
      });
      continue;
    }
    seenIds.push(found.id);
    const next = statusAfterScan(found.status as WarningStatus, true);
    const same =
      next === found.status &&
      found.severity === hit.severity &&
      canonicalJson(found.params) === canonicalJson(hit.params) &&
      canonicalJson(found.message) === canonicalJson(hit.message);
    if (same) continue;
    const step =
      next !== found.status ? { status: next, note: '再次发现 / detected again', by: 'scan', at } : null;
    changes.push({
      id: found.id,
      status: next,
      severity: hit.severity,
      params: hit.params,
      message: hit.message,
      step,
    });
  }
  const closes: { id: string; status: string; step: HistoryStep }[] = [];
  for (const w of existing) {
    if (seen.has(identity(w)) || !scannedUnitIds.has(w.unitId)) continue;
    const next = statusAfterScan(w.status as WarningStatus, false);
    if (next !== w.status) {
      closes.push({
        id: w.id,
        status: next,
        step: { status: next, note: '扫描未再发现 / no longer detected', by: 'scan', at },
      });
    }
  }
  for (let i = 0; i < inserts.length; i += BATCH) {
    await db.execute(sql`
      insert into warnings (code, unit_id, key, severity, params, message, history, first_detected_at, last_detected_at)
      select x.code, x.unit_id, x.key, x.severity, x.params, x.message, x.history, ${now}, ${now}
      from jsonb_to_recordset(${JSON.stringify(inserts.slice(i, i + BATCH))}::jsonb)
        as x(code text, unit_id uuid, key text, severity text, params jsonb, message jsonb, history jsonb)`);
  }
  if (seenIds.length) {
    await db.execute(
      sql`update warnings set last_detected_at = ${now} where id = any(${`{${seenIds.join(',')}}`}::uuid[])`,
    );
  }
  for (let i = 0; i < changes.length; i += BATCH) {
    await db.execute(sql`
      update warnings w set status = x.status, severity = x.severity, params = x.params, message = x.message,
        version = w.version + 1,
        history = case when x.step is null then w.history else w.history || jsonb_build_array(x.step) end
      from jsonb_to_recordset(${JSON.stringify(changes.slice(i, i + BATCH))}::jsonb)
        as x(id uuid, status text, severity text, params jsonb, message jsonb, step jsonb)
      where w.id = x.id`);
  }
  for (let i = 0; i < closes.length; i += BATCH) {
    await db.execute(sql`
      update warnings w set status = x.status, version = w.version + 1, history = w.history || jsonb_build_array(x.step)
      from jsonb_to_recordset(${JSON.stringify(closes.slice(i, i + BATCH))}::jsonb) as x(id uuid, status text, step jsonb)
      where w.id = x.id`);
  }
  return { opened: inserts.length, refreshed: changes.length, closed: closes.length };
}

/** Month-end quota and headcount per unit, for duration rules and trend charts. */
export async function recordStaffingSnapshots(db: Db, month: string) {
  await db.execute(sql`
    with q as (select unit_id, sum(delta)::int as quota from quota_changes group by 1),
    s as (select unit_id, count(*)::int as n from staff_members group by 1),
    h as (select unit_id, sum(count)::int as n from headcounts group by 1)
    insert into staffing_snapshots (unit_id, month, quota, headcount)
    select u.id, ${month}, coalesce(q.quota, 0), coalesce(s.n, h.n, 0)
    from units u left join q on q.unit_id = u.id left join s on s.unit_id = u.id left join h on h.unit_id = u.id
    where u.status = 'active'
    on conflict (unit_id, month) do update set quota = excluded.quota, headcount = excluded.headcount`);
}

export async function hasStaffingSnapshot(db: Db, month: string) {
  const rows = await selectRows(db, sql`select 1 from staffing_snapshots where month = ${month} limit 1`);
  return rows.length > 0;
}

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
    f.status ? eq(warnings.status, f.status) : undefined,
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
