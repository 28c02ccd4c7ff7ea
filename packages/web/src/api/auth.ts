import { OkSchema } from '@bianping/core/api';
import { type ChangePasswordInput, type LoginInput, type Me, MeSchema } from '@bianping/core/auth';
import type { Locale } from '@bianping/core/i18n';
import { z } from 'zod';
import { request, setCsrfToken } from './client.ts';
import { isApiError } from './errors.ts';

const LogoutAllSchema = OkSchema.extend({ ended: z.number().int() });

/** Keeps the CSRF token of the session in step with every Me the server hands out. */
const remember = (me: Me) => {
  setCsrfToken(me.csrfToken);
  return me;
};

/** The logged-in user, or null when there is no session. */
export async function fetchMe(): Promise<Me | null> {
  try {
    return remember(await request('GET', '/auth/me', { schema: MeSchema }));
  } catch (err) {
    if (isApiError(err, 'E_UNAUTHENTICATED')) {
      setCsrfToken(null);
      return null;
    }
    throw err;
  }
}

export const login = async (input: LoginInput) =>
  remember(await request('POST', '/auth/login', { schema: MeSchema, body: input }));

export const changePassword = async (input: ChangePasswordInput) =>
  remember(await request('POST', '/auth/password', { schema: MeSchema, body: input }));

export async function logout() {
  await request('POST', '/auth/logout', { schema: OkSchema });
  setCsrfToken(null);
}

export async function logoutAll() {
  const result = await request('POST', '/auth/logout-all', { schema: LogoutAllSchema });
  setCsrfToken(null);
  return result;
}

export const saveLocale = (locale: Locale) =>
  request('PUT', '/auth/locale', { schema: OkSchema, body: { locale } });
