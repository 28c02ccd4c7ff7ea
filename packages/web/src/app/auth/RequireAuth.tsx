import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { FullPageError } from '../../components/FullPageError.tsx';
import { FullPageSpin } from '../../components/FullPageSpin.tsx';
import { useMe } from './useMe.ts';

type Props = {
  children: ReactNode;
  /** The forced change-password page itself must stay reachable while a change is pending. */
  passwordChangePage?: boolean;
};

/**
 * Lets only a logged-in user through. While the account must change its password every guarded
 * route leads to the change-password page, mirroring the server, which refuses everything else.
 */
export function RequireAuth({ children, passwordChangePage = false }: Props) {
  const { data: me, isPending, error, refetch } = useMe();
  const location = useLocation();
  if (isPending) return <FullPageSpin />;
  if (error) return <FullPageError error={error} onRetry={() => void refetch()} />;
  if (!me) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
  }
  if (me.mustChangePassword && !passwordChangePage) return <Navigate to="/change-password" replace />;
  // Done (or never needed): the forced page has served its purpose, and home is where it leads.
  if (!me.mustChangePassword && passwordChangePage) return <Navigate to="/" replace />;
  return children;
}
