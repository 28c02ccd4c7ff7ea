import type { Me } from '@bianping/core/auth';
import { hasAnyRole, type Role } from '@bianping/core/auth/roles';
import { useQuery } from '@tanstack/react-query';
import { fetchMe } from '../../api/auth.ts';
import { queryKeys } from '../../api/keys.ts';

/** The logged-in user (null when logged out); undefined while the first answer is pending. */
export function useMe() {
  return useQuery({ queryKey: queryKeys.me, queryFn: fetchMe, staleTime: 5 * 60_000 });
}

/** The logged-in user inside guarded routes, where RequireAuth has made sure there is one. */
export function useCurrentUser(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useCurrentUser outside RequireAuth');
  return data;
}

export const holdsRole = (me: Me | null | undefined, roles: readonly Role[]) =>
  !!me && hasAnyRole(me.roles, roles);
