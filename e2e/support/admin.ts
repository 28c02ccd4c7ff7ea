import { MeSchema } from '@bianping/core/auth';
import { UserSchema } from '@bianping/core/users';
import { ApiSession } from './api.ts';

/**
 * The demo administrator's password once changed at first login. foundation.spec.ts changes it to
 * this through the UI; other specs that need the administrator use `adminSession`, which works
 * whichever of them ran first (vitest does not promise an order of files).
 */
export const ADMIN_CHANGED_PASSWORD = 'Bianping#County-2026';

/**
 * An administrator session. With the printed password still valid, it changes it (first login)
 * and `restore` puts the printed one back, so the first-login test still finds it; after
 * foundation.spec.ts it logs in with the changed password and `restore` does nothing.
 */
export async function adminSession(baseURL: string, printed: string) {
  let first: ApiSession;
  try {
    first = await ApiSession.login(baseURL, 'admin', printed);
  } catch {
    const api = await ApiSession.login(baseURL, 'admin', ADMIN_CHANGED_PASSWORD);
    return { api, restore: async () => {} };
  }
  await first.post(
    '/auth/password',
    { currentPassword: printed, newPassword: ADMIN_CHANGED_PASSWORD },
    MeSchema,
  );
  const api = await ApiSession.login(baseURL, 'admin', ADMIN_CHANGED_PASSWORD);
  const me = await api.get('/auth/me', MeSchema);
  return {
    api,
    restore: async () => {
      await api.post(`/users/${me.id}/reset-password`, { password: printed }, UserSchema);
    },
  };
}
