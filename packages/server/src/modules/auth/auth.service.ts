import type { ChangePasswordInput, LoginInput } from '@bianping/core/auth';
import { checkPassword } from '@bianping/core/auth/password-policy';
import { AppError, ErrorCode } from '@bianping/core/errors';
import { limits } from '@bianping/core/limits';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { users } from '../../db/schema/index.ts';
import { appendAudit } from '../audit/audit.queries.ts';
import type { AuditActor } from '../audit/audit-actor.ts';
import { deleteUserSessions, findUserById, findUserByUsername, insertSession } from './auth.queries.ts';
import { dummyPasswordHash, hashPassword, verifyPassword } from './password.ts';
import { hashToken, newToken } from './session-token.ts';

const invalidCredentials = (attemptsLeft?: number) =>
  new AppError(ErrorCode.InvalidCredentials, {
    zh:
      attemptsLeft === undefined
        ? '用户名或密码错误'
        : `用户名或密码错误，再错 ${attemptsLeft} 次账号将被锁定`,
    en:
      attemptsLeft === undefined
        ? 'Wrong username or password'
        : `Wrong username or password; ${attemptsLeft} more failures will lock the account`,
  });

const accountLocked = (until: Date, now: Date) => {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  return new AppError(ErrorCode.AccountLocked, {
    zh: `密码错误次数过多，账号已锁定，请 ${minutes} 分钟后再试或联系管理员解锁`,
    en: `Too many failed logins: the account is locked; try again in ${minutes} min or ask an administrator`,
  });
};

type LoginContext = { ip: string; userAgent: string | null; requestId: string };

/** Checks credentials, counts failures toward lockout, and opens a session on success. */
export async function login(db: Db, input: LoginInput, ctx: LoginContext, now = new Date()) {
  const user = await findUserByUsername(db, input.username);
  const audit = {
    actorName: input.username,
    requestId: ctx.requestId,
    entityType: 'user',
  };
  if (!user) {
    await verifyPassword(await dummyPasswordHash(), input.password);
    throw invalidCredentials();
  }
  if (user.lockedUntil && user.lockedUntil > now) throw accountLocked(user.lockedUntil, now);
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    const failures = user.failedLoginCount + 1;
    const locks = failures >= limits.maxFailedLogins;
    const lockedUntil = locks ? new Date(now.getTime() + limits.lockoutMinutes * 60_000) : null;
    await db
      .update(users)
      .set({ failedLoginCount: locks ? 0 : failures, lockedUntil })
      .where(eq(users.id, user.id));
    await appendAudit(db, {
      ...audit,
      actorId: null,
      action: locks ? 'auth.lockout' : 'auth.login.failed',
      entityId: user.id,
      after: { failedLoginCount: failures, lockedUntil },
    });
    if (lockedUntil) throw accountLocked(lockedUntil, now);
    throw invalidCredentials(limits.maxFailedLogins - failures);
  }
  if (!user.active) {
    throw new AppError(ErrorCode.AccountInactive, {
      zh: '该账号已停用，请联系管理员',
      en: 'This account has been deactivated; contact the administrator',
    });
  }
  const token = newToken();
  const csrfToken = newToken();
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ failedLoginCount: 0, lockedUntil: null, lastLoginAt: now })
      .where(eq(users.id, user.id));
    await insertSession(
      tx,
      {
        tokenHash: hashToken(token),
        userId: user.id,
        csrfToken,
        ip: ctx.ip,
        userAgent: ctx.userAgent,
      },
      now,
    );
    await appendAudit(tx, {
      ...audit,
      actorId: user.id,
      action: 'auth.login',
      entityId: user.id,
    });
  });
  return { token, csrfToken, userId: user.id };
}

/** Changes one's own password; other sessions of the user end. */
export async function changePassword(
  db: Db,
  userId: string,
  sessionHash: string,
  input: ChangePasswordInput,
  actor: AuditActor,
) {
  const user = await findUserById(db, userId);
  if (!user) throw invalidCredentials();
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError(
      ErrorCode.InvalidCredentials,
      { zh: '当前密码不正确', en: 'The current password is wrong' },
      'currentPassword',
    );
  }
  if (input.newPassword === input.currentPassword) {
    throw new AppError(
      ErrorCode.WeakPassword,
      {
        zh: '新密码不能与当前密码相同',
        en: 'The new password must differ from the current one',
      },
      'newPassword',
    );
  }
  const weakness = checkPassword(input.newPassword, user.username);
  if (weakness) throw new AppError(ErrorCode.WeakPassword, weakness, 'newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({
        passwordHash,
        mustChangePassword: false,
        version: sql`${users.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(users.id, userId));
    await deleteUserSessions(tx, userId, sessionHash);
    await appendAudit(tx, {
      ...actor,
      action: 'auth.password.change',
      entityType: 'user',
      entityId: userId,
      before: { mustChangePassword: user.mustChangePassword },
      after: { mustChangePassword: false },
    });
  });
}
