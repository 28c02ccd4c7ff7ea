import type { Role, RoleAssignment, ScopeType } from '@bianping/core/auth/roles';
import { limits } from '@bianping/core/limits';
import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { roleAssignments, sessions, users } from '../../db/schema/index.ts';
import type { Principal } from '../../plugins/auth.ts';

const TOUCH_EVERY_MS = 60_000;
const idleMs = limits.sessionIdleHours * 3600_000;

export async function listAssignments(db: Db, userId: string): Promise<RoleAssignment[]> {
  const rows = await db
    .select({
      role: roleAssignments.role,
      scopeType: roleAssignments.scopeType,
      scopeId: roleAssignments.scopeId,
    })
    .from(roleAssignments)
    .where(eq(roleAssignments.userId, userId))
    .orderBy(roleAssignments.createdAt, roleAssignments.id);
  return rows.map((r) => ({
    role: r.role as Role,
    scopeType: r.scopeType as ScopeType,
    scopeId: r.scopeId,
  }));
}

/** The principal behind a live session of an active user, or null. */
export async function findSessionPrincipal(db: Db, sessionHash: string, now: Date) {
  const [row] = await db
    .select({
      userId: users.id,
      username: users.username,
      displayName: users.displayName,
      mustChangePassword: users.mustChangePassword,
      csrfToken: sessions.csrfToken,
      lastSeenAt: sessions.lastSeenAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, sessionHash), gt(sessions.expiresAt, now), eq(users.active, true)));
  if (!row) return null;
  const principal: Principal = {
    userId: row.userId,
    username: row.username,
    displayName: row.displayName,
    mustChangePassword: row.mustChangePassword,
    roles: await listAssignments(db, row.userId),
    sessionHash,
    csrfToken: row.csrfToken,
  };
  return {
    principal,
    needsTouch: now.getTime() - row.lastSeenAt.getTime() > TOUCH_EVERY_MS,
  };
}

/** Slides the idle expiry forward; called at most once a minute per session. */
export async function touchSession(db: Db, sessionHash: string, now: Date) {
  await db
    .update(sessions)
    .set({ lastSeenAt: now, expiresAt: new Date(now.getTime() + idleMs) })
    .where(eq(sessions.tokenHash, sessionHash));
}

export async function insertSession(
  db: Db,
  session: {
    tokenHash: string;
    userId: string;
    csrfToken: string;
    ip: string;
    userAgent: string | null;
  },
  now: Date,
) {
  await db.insert(sessions).values({ ...session, expiresAt: new Date(now.getTime() + idleMs) });
  // Expired sessions are swept opportunistically; there is no single process to own a timer.
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
}

export async function deleteSession(db: Db, sessionHash: string) {
  await db.delete(sessions).where(eq(sessions.tokenHash, sessionHash));
}

/** Logs a user out everywhere; returns how many sessions ended. */
export async function deleteUserSessions(db: Db, userId: string, exceptHash?: string) {
  const rows = await db
    .delete(sessions)
    .where(
      exceptHash
        ? and(eq(sessions.userId, userId), sql`${sessions.tokenHash} <> ${exceptHash}`)
        : eq(sessions.userId, userId),
    )
    .returning({ h: sessions.tokenHash });
  return rows.length;
}

export async function findUserByUsername(db: Db, username: string) {
  const [row] = await db.select().from(users).where(sql`lower(${users.username}) = lower(${username})`);
  return row ?? null;
}

export async function findUserById(db: Db, id: string) {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row ?? null;
}
