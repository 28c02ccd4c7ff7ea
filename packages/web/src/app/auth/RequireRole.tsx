import type { Role } from '@bianping/core/auth/roles';
import type { ReactNode } from 'react';
import { ForbiddenPage } from '../../pages/errors/ForbiddenPage.tsx';
import { holdsRole, useMe } from './useMe.ts';

/**
 * Shows the 403 page to a user without one of the roles. The server enforces the same rule on
 * every call; this only spares the user a page full of refusals.
 */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { data: me } = useMe();
  return holdsRole(me, roles) ? children : <ForbiddenPage />;
}
