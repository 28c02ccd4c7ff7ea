import { hasAnyRole, type Role, type RoleAssignment } from '@bianping/core/auth/roles';
import { AppError, ErrorCode, forbidden } from '@bianping/core/errors';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { findSessionPrincipal, touchSession } from '../modules/auth/auth.queries.ts';
import { hashToken, SESSION_COOKIE } from '../modules/auth/session-token.ts';

/**
 * Who may call a route. Every route under /api/v1 must declare one; the server refuses to start
 * otherwise, so no route is left open by forgetting.
 * - `public`: anyone, including anonymous visitors.
 * - `roles`: a logged-in user holding one of the roles (`any` = any logged-in user). Scope
 *   checks on the data itself happen in each module's policy.
 */
export type Access =
  | { public: true }
  | { roles: readonly Role[] | 'any'; allowDuringPasswordChange?: boolean };

export type Principal = {
  userId: string;
  username: string;
  displayName: string;
  mustChangePassword: boolean;
  roles: RoleAssignment[];
  sessionHash: string;
  csrfToken: string;
};

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyInstance {
    /** Every guarded route and its access rule, for the authorization tests. */
    accessTable: { method: string; url: string; access: Access }[];
  }
}

export const unauthenticated = () =>
  new AppError(ErrorCode.Unauthenticated, {
    zh: '请先登录',
    en: 'Please log in first',
  });

/** The principal of a route that declared `roles`; throws if called on a public route. */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw unauthenticated();
  return request.principal;
}

function checkAccess(access: Access, principal: Principal | null) {
  if ('public' in access) return;
  if (!principal) throw unauthenticated();
  if (principal.mustChangePassword && !access.allowDuringPasswordChange) {
    throw new AppError(ErrorCode.PasswordChangeRequired, {
      zh: '首次登录或密码被重置后，须先修改密码',
      en: 'You must change your password before continuing',
    });
  }
  if (access.roles !== 'any' && !hasAnyRole(principal.roles, access.roles)) throw forbidden();
}

/** Loads the session's principal (if any) and records every route's access rule. */
export const sessionPlugin = fp(async (app: FastifyInstance) => {
  app.decorateRequest('principal', null);
  app.decorate('accessTable', []);

  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/v1/') && route.url !== '/api/health') return;
    const access = route.config?.access;
    if (!access) {
      throw new Error(`route ${route.method} ${route.url} declares no access rule`);
    }
    for (const method of [route.method].flat()) {
      if (method === 'HEAD') continue;
      app.accessTable.push({ method, url: route.url, access });
    }
  });

  app.addHook('onRequest', async (request) => {
    if (!request.routeOptions.config?.access) return;
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const sessionHash = hashToken(token);
    const found = await findSessionPrincipal(app.database.db, sessionHash, new Date());
    if (!found) return;
    request.principal = found.principal;
    if (found.needsTouch) await touchSession(app.database.db, sessionHash, new Date());
  });
});

/**
 * Enforces each route's access rule. Registered after the CSRF check, so a forged request is
 * refused as such whatever the route.
 */
export const accessPlugin = fp(async (app: FastifyInstance) => {
  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config?.access;
    if (access) checkAccess(access, request.principal);
  });
});
