import type { Role } from '@bianping/core/auth/roles';
import type { RoleAssignmentInput } from '@bianping/core/users';
import { and, asc, count, eq, exists, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { roleAssignments, users } from '../../db/schema/index.ts';
import { listAssignments } from '../auth/auth.queries.ts';
import { withScopeNames } from '../auth/scope-names.ts';

export type UserRow = typeof users.$inferSelect;

type ListFilter = {
  q?: string | undefined;
  role?: Role | undefined;
  active?: boolean | undefined;
};

export async function listUsers(db: Db, filter: ListFilter, page: number, pageSize: number) {
  const parts: SQL[] = [];
  if (filter.q) {
    const like = `%${filter.q}%`;
    const match = or(ilike(users.username, like), ilike(users.displayName, like));
    if (match) parts.push(match);
  }
  if (filter.active !== undefined) parts.push(eq(users.active, filter.active));
  if (filter.role) {
    parts.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(roleAssignments)
          .where(and(eq(roleAssignments.userId, users.id), eq(roleAssignments.role, filter.role))),
      ),
    );
  }
  const where = parts.length ? and(...parts) : undefined;
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(users)
      .where(where)
      .orderBy(asc(users.username))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(users).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export async function replaceAssignments(db: Db, userId: string, roles: RoleAssignmentInput[]) {
  await db.delete(roleAssignments).where(eq(roleAssignments.userId, userId));
  if (roles.length) {
    await db.insert(roleAssignments).values(roles.map((r) => ({ ...r, userId })));
  }
}

/** Active users holding the admin role; the last one cannot lose it. */
export async function countActiveAdmins(db: Db) {
  const [row] = await db
    .select({ n: sql<number>`count(distinct ${users.id})`.mapWith(Number) })
    .from(users)
    .innerJoin(roleAssignments, eq(roleAssignments.userId, users.id))
    .where(and(eq(users.active, true), eq(roleAssignments.role, 'admin')));
  return row?.n ?? 0;
}

/** The outgoing shape of a user: never the hash, always the roles. */
export async function presentUser(db: Db, row: UserRow) {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    active: row.active,
    mustChangePassword: row.mustChangePassword,
    lockedUntil: row.lockedUntil && row.lockedUntil > new Date() ? row.lockedUntil.toISOString() : null,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
    roles: await withScopeNames(db, await listAssignments(db, row.id)),
  };
}
