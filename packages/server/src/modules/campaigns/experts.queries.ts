import type { Expert } from '@bianping/core/campaigns/api';
import type { ExpertPoolEntry } from '@bianping/core/campaigns/team-draw';
import { and, asc, count, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { expertConflicts, experts, units } from '../../db/schema/index.ts';

/** All SQL on the expert pool (`experts`, `expert_conflicts`). */

export type ExpertRow = typeof experts.$inferSelect;

export async function expertIdOfUser(db: Db, userId: string): Promise<string | null> {
  const [row] = await db.select({ id: experts.id }).from(experts).where(eq(experts.userId, userId));
  return row?.id ?? null;
}

export async function findExpert(db: Db, id: string, opts: { lock?: boolean } = {}) {
  const query = db.select().from(experts).where(eq(experts.id, id));
  const [row] = await (opts.lock ? query.for('update') : query);
  return row;
}

/** Experts as the API shows them, with employer names and conflicts. */
async function present(db: Db, rows: readonly ExpertRow[]): Promise<Expert[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const employerIds = rows.map((r) => r.employerUnitId).filter((id): id is string => id !== null);
  const [conflicts, employers] = await Promise.all([
    db
      .select({
        expertId: expertConflicts.expertId,
        unitId: expertConflicts.unitId,
        reason: expertConflicts.reason,
        unitName: units.name,
      })
      .from(expertConflicts)
      .innerJoin(units, eq(units.id, expertConflicts.unitId))
      .where(inArray(expertConflicts.expertId, ids))
      .orderBy(asc(units.name)),
    employerIds.length
      ? db.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, employerIds))
      : Promise.resolve([]),
  ]);
  const employerName = new Map(employers.map((u) => [u.id, u.name]));
  return rows.map((r) => ({
    id: r.id,
    userId: r.userId,
    name: r.name,
    employerUnitId: r.employerUnitId,
    employerUnitName: r.employerUnitId ? (employerName.get(r.employerUnitId) ?? null) : null,
    specialty: r.specialty,
    canLead: r.canLead,
    active: r.active,
    conflicts: conflicts
      .filter((c) => c.expertId === r.id)
      .map(({ unitId, unitName, reason }) => ({ unitId, unitName, reason })),
    version: r.version,
  }));
}

export async function getExpert(db: Db, id: string): Promise<Expert | undefined> {
  const row = await findExpert(db, id);
  return row ? (await present(db, [row]))[0] : undefined;
}

/** Experts by id (any status), as the API shows them. */
export async function getExperts(db: Db, ids: readonly string[]): Promise<Expert[]> {
  if (ids.length === 0) return [];
  return present(
    db,
    await db
      .select()
      .from(experts)
      .where(inArray(experts.id, [...ids])),
  );
}

export async function listExperts(
  db: Db,
  filter: { q?: string; active?: boolean },
  page: number,
  pageSize: number,
) {
  const parts: SQL[] = [];
  if (filter.q)
    parts.push(or(ilike(experts.name, `%${filter.q}%`), ilike(experts.specialty, `%${filter.q}%`)) as SQL);
  if (filter.active !== undefined) parts.push(eq(experts.active, filter.active));
  const where = parts.length ? and(...parts) : undefined;
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(experts)
      .where(where)
      .orderBy(asc(experts.name), asc(experts.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(experts).where(where),
  ]);
  return { items: await present(db, rows), total: total?.n ?? 0 };
}

export type ExpertFields = Pick<
  typeof experts.$inferInsert,
  'name' | 'userId' | 'employerUnitId' | 'specialty' | 'canLead' | 'active'
>;

export async function insertExpert(db: Db, fields: ExpertFields): Promise<string> {
  const [row] = await db.insert(experts).values(fields).returning({ id: experts.id });
  if (!row) throw new Error('expert insert failed');
  return row.id;
}

export async function updateExpert(db: Db, id: string, changes: Partial<ExpertFields>) {
  await db
    .update(experts)
    .set({ ...changes, version: sql`${experts.version} + 1` })
    .where(eq(experts.id, id));
}

export async function replaceConflicts(
  db: Db,
  expertId: string,
  conflicts: readonly { unitId: string; reason: string }[],
) {
  await db.delete(expertConflicts).where(eq(expertConflicts.expertId, expertId));
  if (conflicts.length) await db.insert(expertConflicts).values(conflicts.map((c) => ({ expertId, ...c })));
}

/** The pool a draw shuffles: active experts (all, or those named) with employers and conflicts. */
export async function loadPool(db: Db, ids?: readonly string[]): Promise<ExpertPoolEntry[]> {
  if (ids?.length === 0) return [];
  const where = ids ? and(eq(experts.active, true), inArray(experts.id, [...ids])) : eq(experts.active, true);
  return poolOf(db, await db.select().from(experts).where(where));
}

/** The pool entries of given experts whatever their status (replaying a recorded draw). */
export async function loadPoolByIds(db: Db, ids: readonly string[]): Promise<ExpertPoolEntry[]> {
  if (ids.length === 0) return [];
  return poolOf(
    db,
    await db
      .select()
      .from(experts)
      .where(inArray(experts.id, [...ids])),
  );
}

async function poolOf(db: Db, rows: readonly ExpertRow[]): Promise<ExpertPoolEntry[]> {
  if (rows.length === 0) return [];
  const conflicts = await db
    .select({ expertId: expertConflicts.expertId, unitId: expertConflicts.unitId })
    .from(expertConflicts)
    .where(
      inArray(
        expertConflicts.expertId,
        rows.map((r) => r.id),
      ),
    );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    employerUnitId: r.employerUnitId,
    conflictUnitIds: conflicts.filter((c) => c.expertId === r.id).map((c) => c.unitId),
    canLead: r.canLead,
  }));
}
