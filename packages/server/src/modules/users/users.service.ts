import { checkPassword } from '@bianping/core/auth/password-policy';
import { AppError, ErrorCode, notFound, staleVersion } from '@bianping/core/errors';
import type { UserCreateInput, UserUpdateInput } from '@bianping/core/users';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { users } from '../../db/schema/index.ts';
import { appendAudit } from '../audit/audit.queries.ts';
import type { AuditActor } from '../audit/audit-actor.ts';
import {
  deleteUserSessions,
  findUserById,
  findUserByUsername,
  listAssignments,
} from '../auth/auth.queries.ts';
import { hashPassword } from '../auth/password.ts';
import { checkAssignments } from './users.policy.ts';
import { countActiveAdmins, replaceAssignments } from './users.queries.ts';

const userLabel = { zh: '用户', en: 'User' };

function checkInitialPassword(password: string, username: string) {
  const weakness = checkPassword(password, username);
  if (weakness) throw new AppError(ErrorCode.WeakPassword, weakness, 'password');
}

/** Creates an account that must change its password at first login. */
export async function createUser(db: Db, input: UserCreateInput, actor: AuditActor) {
  if (await findUserByUsername(db, input.username)) {
    throw new AppError(
      ErrorCode.Conflict,
      {
        zh: `用户名 ${input.username} 已存在`,
        en: `Username ${input.username} is taken`,
      },
      'username',
    );
  }
  checkInitialPassword(input.password, input.username);
  await checkAssignments(db, input.roles);
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(users)
      .values({
        username: input.username,
        displayName: input.displayName,
        passwordHash,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await replaceAssignments(tx, row.id, input.roles);
    await appendAudit(tx, {
      ...actor,
      action: 'user.create',
      entityType: 'user',
      entityId: row.id,
      after: { ...row, roles: input.roles },
    });
    return row;
  });
}

/** Updates name, active flag and roles under optimistic versioning. */
export async function updateUser(db: Db, id: string, input: UserUpdateInput, actor: AuditActor) {
  const before = await findUserById(db, id);
  if (!before) throw notFound(userLabel);
  if (before.version !== input.version) throw staleVersion(before.version);
  if (input.roles) await checkAssignments(db, input.roles);
  const beforeRoles = await listAssignments(db, id);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({
        ...(input.displayName === undefined ? {} : { displayName: input.displayName }),
        ...(input.active === undefined ? {} : { active: input.active }),
        version: sql`${users.version} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(users.id, id), eq(users.version, input.version)))
      .returning();
    if (!row) throw staleVersion(before.version);
    if (input.roles) await replaceAssignments(tx, id, input.roles);
    if ((await countActiveAdmins(tx)) === 0) {
      throw new AppError(ErrorCode.Conflict, {
        zh: '不能停用或撤销最后一个管理员',
        en: 'The last active administrator cannot be deactivated or lose the role',
      });
    }
    if (input.active === false) await deleteUserSessions(tx, id);
    await appendAudit(tx, {
      ...actor,
      action: input.active === false && before.active ? 'user.deactivate' : 'user.update',
      entityType: 'user',
      entityId: id,
      before: { ...before, roles: beforeRoles },
      after: { ...row, roles: input.roles ?? beforeRoles },
    });
    return row;
  });
}

/** Sets a new initial password, unlocks the account and ends its sessions. */
export async function resetPassword(db: Db, id: string, password: string, actor: AuditActor) {
  const user = await findUserById(db, id);
  if (!user) throw notFound(userLabel);
  checkInitialPassword(password, user.username);
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({
        passwordHash,
        mustChangePassword: true,
        failedLoginCount: 0,
        lockedUntil: null,
        version: sql`${users.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(users.id, id))
      .returning();
    await deleteUserSessions(tx, id);
    await appendAudit(tx, {
      ...actor,
      action: 'user.password.reset',
      entityType: 'user',
      entityId: id,
      before: {
        lockedUntil: user.lockedUntil,
        mustChangePassword: user.mustChangePassword,
      },
      after: { lockedUntil: null, mustChangePassword: true },
    });
    if (!row) throw notFound(userLabel);
    return row;
  });
}
