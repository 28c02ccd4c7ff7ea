import { ApiErrorSchema, OkSchema } from '@bianping/core/api';
import {
  ChangePasswordInputSchema,
  LocaleInputSchema,
  LoginInputSchema,
  MeSchema,
} from '@bianping/core/auth';
import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { users } from '../../db/schema/index.ts';
import { principalOf } from '../../plugins/auth.ts';
import { isSecure, setCsrfCookie } from '../../plugins/csrf.ts';
import { apiErrors } from '../../plugins/responses.ts';
import { appendAudit } from '../audit/audit.queries.ts';
import { actorOf } from '../audit/audit-actor.ts';
import { deleteSession, deleteUserSessions, findSessionPrincipal, findUserById } from './auth.queries.ts';
import { changePassword, login } from './auth.service.ts';
import { withScopeNames } from './scope-names.ts';
import { CSRF_COOKIE, hashToken, newToken, SESSION_COOKIE } from './session-token.ts';

const tags = ['auth'];
const signedIn = { roles: 'any', allowDuringPasswordChange: true } as const;
const errors = apiErrors(400, 401, 403);

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  async function presentMe(userId: string, sessionHash: string) {
    const found = await findSessionPrincipal(db, sessionHash, new Date());
    const user = await findUserById(db, userId);
    if (!found || !user) throw new Error('session vanished while presenting it');
    return {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      locale: user.locale as 'zh-CN' | 'en-US',
      mustChangePassword: user.mustChangePassword,
      roles: await withScopeNames(db, found.principal.roles),
      csrfToken: found.principal.csrfToken,
    };
  }

  app.get(
    '/me',
    {
      config: { access: signedIn },
      schema: {
        tags,
        summary: '当前用户 / Current user',
        response: { 200: MeSchema, ...errors },
      },
    },
    async (request) => {
      const p = principalOf(request);
      return presentMe(p.userId, p.sessionHash);
    },
  );

  app.get(
    '/csrf',
    {
      config: { access: { public: true } },
      schema: {
        tags,
        summary: '获取防伪令牌 / Get an anti-forgery token',
        description:
          '登录前调用：设置 bp_csrf Cookie 并返回同一令牌，登录请求须在 x-csrf-token 头中带上它。 / ' +
          'Call before logging in: sets the bp_csrf cookie and returns the token to echo in x-csrf-token.',
        response: { 200: z.object({ csrfToken: z.string() }) },
      },
    },
    async (request, reply) => {
      const csrfToken = request.principal?.csrfToken ?? request.cookies[CSRF_COOKIE] ?? newToken();
      setCsrfCookie(request, reply, csrfToken);
      return { csrfToken };
    },
  );

  app.post(
    '/login',
    {
      config: { access: { public: true } },
      schema: {
        tags,
        summary: '登录 / Log in',
        body: LoginInputSchema,
        response: { 200: MeSchema, 423: ApiErrorSchema, ...errors },
      },
    },
    async (request, reply) => {
      const result = await login(db, request.body, {
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
        requestId: request.id,
      });
      reply.setCookie(SESSION_COOKIE, result.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: isSecure(request),
      });
      setCsrfCookie(request, reply, result.csrfToken);
      return presentMe(result.userId, hashToken(result.token));
    },
  );

  app.post(
    '/logout',
    {
      config: { access: signedIn },
      schema: {
        tags,
        summary: '退出登录 / Log out',
        response: { 200: OkSchema, ...errors },
      },
    },
    async (request, reply) => {
      const p = principalOf(request);
      await deleteSession(db, p.sessionHash);
      await appendAudit(db, {
        ...actorOf(request),
        action: 'auth.logout',
        entityType: 'user',
        entityId: p.userId,
      });
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );

  app.post(
    '/logout-all',
    {
      config: { access: signedIn },
      schema: {
        tags,
        summary: '在所有设备上退出 / Log out everywhere',
        response: {
          200: z.object({ ok: z.literal(true), ended: z.number().int() }),
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const p = principalOf(request);
      const ended = await deleteUserSessions(db, p.userId);
      await appendAudit(db, {
        ...actorOf(request),
        action: 'auth.logout.all',
        entityType: 'user',
        entityId: p.userId,
        after: { sessionsEnded: ended },
      });
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const, ended };
    },
  );

  app.post(
    '/password',
    {
      config: { access: signedIn },
      schema: {
        tags,
        summary: '修改本人密码 / Change own password',
        body: ChangePasswordInputSchema,
        response: { 200: MeSchema, ...errors },
      },
    },
    async (request) => {
      const p = principalOf(request);
      await changePassword(db, p.userId, p.sessionHash, request.body, actorOf(request));
      return presentMe(p.userId, p.sessionHash);
    },
  );

  app.put(
    '/locale',
    {
      config: { access: signedIn },
      schema: {
        tags,
        summary: '界面语言 / Interface language',
        body: LocaleInputSchema,
        response: { 200: OkSchema, ...errors },
      },
    },
    async (request) => {
      const p = principalOf(request);
      await db.update(users).set({ locale: request.body.locale }).where(eq(users.id, p.userId));
      return { ok: true as const };
    },
  );
};
