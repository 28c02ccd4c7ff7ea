import type { SlipListItem, SlipListQuery } from '@bianping/core/campaigns/supervision-api';
import type { Slip, SlipStatus } from '@bianping/core/campaigns/supervision-slips';
import { eq, inArray, type SQL, sql } from 'drizzle-orm';
import { type Db, selectRows } from '../../db/client.ts';
import { files, supervisionSlips, units, users } from '../../db/schema/index.ts';
import type { NewStoredFile } from '../../plugins/evidence-upload.ts';
import { type SlipScope, slipVisibleSql } from './supervision.policy.ts';

/** All SQL of the supervision slips. */

export type SlipRow = typeof supervisionSlips.$inferSelect;

/** Arbitrary constant naming the advisory lock of a year's slip numbers (second key: the year). */
const SLIP_NO_LOCK = 4_202_808;

/** The API shape of a stored slip. */
export const toSlip = (row: SlipRow): Slip => ({
  id: row.id,
  slipNo: row.slipNo,
  unitId: row.unitId,
  inspectedOn: row.inspectedOn,
  place: row.place,
  inspectorIds: row.inspectorIds as Slip['inspectorIds'],
  items: row.items as Slip['items'],
  findings: row.findings as Slip['findings'],
  suggestion: row.suggestion,
  attachmentFileIds: row.attachmentFileIds as string[],
  status: row.status as SlipStatus,
  unitComment: row.unitComment,
  decision: row.decision as Slip['decision'],
  decisionNote: row.decisionNote,
  version: row.version,
});

export async function findSlip(db: Db, id: string, opts: { lock?: boolean } = {}) {
  const query = db.select().from(supervisionSlips).where(eq(supervisionSlips.id, id));
  const [row] = await (opts.lock ? query.for('update') : query);
  return row;
}

/** Whether the slip is visible in the scope. */
export async function isSlipVisible(db: Db, scope: SlipScope, id: string) {
  const [row] = await selectRows<{ id: string }>(
    db,
    sql`select s.id from supervision_slips s join units u on u.id = s.unit_id
        where s.id = ${id}::uuid and ${slipVisibleSql(scope)}`,
  );
  return row !== undefined;
}

/**
 * The next number of the year, `YYYY-DC-NNN`. Takes a transaction-scoped lock on the year first,
 * so two concurrent creates never read the same highest number.
 */
export async function nextSlipNo(tx: Db, year: number) {
  await tx.execute(sql`select pg_advisory_xact_lock(${SLIP_NO_LOCK}::int, ${year}::int)`);
  const prefix = `${year}-DC-`;
  const [row] = await selectRows<{ n: number | string | null }>(
    tx,
    sql`select max(substring(slip_no from ${prefix.length + 1}::int)::int) as n
        from supervision_slips where slip_no like ${`${prefix}%`}`,
  );
  const next = Number(row?.n ?? 0) + 1;
  return `${prefix}${String(next).padStart(3, '0')}`;
}

export type SlipValues = Omit<typeof supervisionSlips.$inferInsert, 'id' | 'createdAt'>;

export async function insertSlip(db: Db, values: SlipValues) {
  const [row] = await db.insert(supervisionSlips).values(values).returning();
  return row as SlipRow;
}

/** Writes the changes and bumps the version; returns the new row. */
export async function updateSlip(db: Db, id: string, changes: Partial<SlipValues>) {
  const [row] = await db
    .update(supervisionSlips)
    .set({ ...changes, version: sql`${supervisionSlips.version} + 1`, updatedAt: new Date() })
    .where(eq(supervisionSlips.id, id))
    .returning();
  return row as SlipRow;
}

/** Deletes the slip and the files only it held. */
export async function deleteSlip(db: Db, row: Pick<SlipRow, 'id' | 'attachmentFileIds'>) {
  await db.delete(supervisionSlips).where(eq(supervisionSlips.id, row.id));
  const fileIds = row.attachmentFileIds as string[];
  if (fileIds.length) await db.delete(files).where(inArray(files.id, fileIds));
}

type ListRow = {
  id: string;
  slip_no: string;
  unit_id: string;
  unit_name: string;
  inspected_on: string;
  place: string;
  status: string;
  decision: string | null;
  item_count: number | string;
  cases: number | string;
  created_by: string | null;
  version: number;
  total: number | string;
};

const listColumns = sql`s.id, s.slip_no, s.unit_id, u.name as unit_name, s.inspected_on::text as inspected_on,
  s.place, s.status, s.decision, jsonb_array_length(s.items) as item_count,
  (select coalesce(sum((i->>'cases')::int), 0) from jsonb_array_elements(s.items) i) as cases,
  s.created_by, s.version`;

const toListItem = (r: ListRow): SlipListItem => ({
  id: r.id,
  slipNo: r.slip_no,
  unitId: r.unit_id,
  unitName: r.unit_name,
  inspectedOn: r.inspected_on,
  place: r.place,
  status: r.status as SlipStatus,
  decision: r.decision as SlipListItem['decision'],
  itemCount: Number(r.item_count),
  cases: Number(r.cases),
  createdBy: r.created_by,
  version: r.version,
});

/** One page of the visible slips, newest inspection first. */
export async function listSlips(db: Db, scope: SlipScope, q: SlipListQuery) {
  const where: SQL[] = [slipVisibleSql(scope)];
  if (q.unitId) where.push(sql`s.unit_id = ${q.unitId}::uuid`);
  if (q.status) where.push(sql`s.status = ${q.status}`);
  if (q.from) where.push(sql`s.inspected_on >= ${q.from}::date`);
  if (q.to) where.push(sql`s.inspected_on <= ${q.to}::date`);
  if (q.q) where.push(sql`s.slip_no ilike ${`%${q.q.replace(/[\\%_]/g, '\\$&')}%`}`);
  const rows = await selectRows<ListRow>(
    db,
    sql`select ${listColumns}, count(*) over () as total
        from supervision_slips s join units u on u.id = s.unit_id
        where ${sql.join(where, sql` and `)}
        order by s.inspected_on desc, s.slip_no desc
        limit ${q.pageSize} offset ${(q.page - 1) * q.pageSize}`,
  );
  return {
    items: rows.map(toListItem),
    total: Number(rows[0]?.total ?? 0),
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** A unit's slips that count, dated in (since, until], oldest first, with their items. */
export async function listCountingSlips(db: Db, unitId: string, since: string | null, until: string) {
  const rows = await selectRows<ListRow & { items: Slip['items'] }>(
    db,
    sql`select ${listColumns}, s.items, 0 as total
        from supervision_slips s join units u on u.id = s.unit_id
        where s.unit_id = ${unitId}::uuid
          and (s.status = 'confirmed' or (s.status = 'settled' and s.decision = 'upheld'))
          and s.inspected_on <= ${until}::date
          ${since === null ? sql`` : sql`and s.inspected_on > ${since}::date`}
        order by s.inspected_on, s.slip_no`,
  );
  return rows.map((r) => ({ ...toListItem(r), items: r.items }));
}

export async function unitOf(db: Db, unitId: string) {
  const [row] = await db
    .select({ id: units.id, name: units.name, regionId: units.regionId })
    .from(units)
    .where(eq(units.id, unitId));
  return row;
}

/** Display names of accounts, by id. */
export async function peopleByIds(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(inArray(users.id, [...ids]));
  return new Map(rows.map((r) => [r.id, r.displayName]));
}

/** Active accounts holding the evaluator or officer role: who may be named an inspector. */
export async function listInspectors(db: Db, ids?: readonly string[]) {
  return selectRows<{ id: string; displayName: string; username: string }>(
    db,
    sql`select u.id, u.display_name as "displayName", u.username from users u
        where u.active and exists (select 1 from role_assignments a
          where a.user_id = u.id and a.role in ('evaluator', 'officer'))
          ${
            ids
              ? sql`and u.id in (${
                  ids.length
                    ? sql.join(
                        ids.map((id) => sql`${id}::uuid`),
                        sql`, `,
                      )
                    : sql`null`
                })`
              : sql``
          }
        order by u.display_name, u.username
        limit 500`,
  );
}

/** Active units matching `where` (over `u`), by name, for the form's picker. */
export async function listUnitOptions(db: Db, where: SQL, q: string | undefined) {
  return selectRows<{ id: string; name: string }>(
    db,
    sql`select u.id, u.name from units u
        where u.status = 'active' and ${where}
          ${q ? sql`and u.name ilike ${`%${q.replace(/[\\%_]/g, '\\$&')}%`}` : sql``}
        order by u.name limit 50`,
  );
}

/** Whether unit `u` matches `where`. */
export async function unitMatches(db: Db, unitId: string, where: SQL) {
  const [row] = await selectRows<{ id: string }>(
    db,
    sql`select u.id from units u where u.id = ${unitId}::uuid and ${where}`,
  );
  return row !== undefined;
}

export async function insertFile(db: Db, file: NewStoredFile, createdBy: string) {
  const [row] = await db
    .insert(files)
    .values({ ...file, createdBy })
    .returning({ id: files.id });
  return (row as { id: string }).id;
}

/** File metadata (no content) of the ids, in the given order. */
export async function fileMetas(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ fileId: files.id, name: files.name, size: files.size, mimeType: files.mimeType })
    .from(files)
    .where(inArray(files.id, [...ids]));
  const byId = new Map(rows.map((r) => [r.fileId, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export async function fileWithContent(db: Db, id: string) {
  const [row] = await db
    .select({ name: files.name, mimeType: files.mimeType, content: files.content })
    .from(files)
    .where(eq(files.id, id));
  return row;
}
