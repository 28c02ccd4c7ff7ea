import { timingSafeEqual } from 'node:crypto';
import { AppError, ErrorCode } from '@bianping/core/errors';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { CSRF_COOKIE, CSRF_HEADER } from '../modules/auth/session-token.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const csrfRefused = () =>
  new AppError(ErrorCode.Csrf, {
    zh: '请求缺少有效的安全令牌（CSRF），请刷新页面后重试',
    en: 'The request lacks a valid anti-forgery (CSRF) token; reload the page and retry',
  });

const same = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** Cookies are Secure whenever the request came over HTTPS (directly or via a trusted proxy). */
export const isSecure = (request: FastifyRequest) => request.protocol === 'https';

export function setCsrfCookie(request: FastifyRequest, reply: FastifyReply, token: string) {
  reply.setCookie(CSRF_COOKIE, token, {
    path: '/',
    sameSite: 'strict',
    httpOnly: false,
    secure: isSecure(request),
  });
}

/**
 * Double-submit CSRF protection for every state-changing API request. A logged-in user's header
 * must equal the token bound to the session at login; an anonymous caller (login, and later
 * survey answers) must echo the `bp_csrf` cookie (from GET /api/v1/auth/csrf), which another
 * site can neither read nor set.
 */
export const csrfPlugin = fp(async (app: FastifyInstance) => {
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/') || SAFE_METHODS.has(request.method)) return;
    const cookie = request.cookies[CSRF_COOKIE];
    const header = request.headers[CSRF_HEADER];
    if (typeof header !== 'string' || header.length === 0) throw csrfRefused();
    const expected = request.principal?.csrfToken ?? cookie;
    if (!expected || !same(header, expected)) throw csrfRefused();
  });
});
