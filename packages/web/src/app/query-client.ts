import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError, isApiError } from '../api/errors.ts';
import { queryKeys } from '../api/keys.ts';

/**
 * Session errors can come back from any call: an expired session drops the user to the login
 * page, and a forced password change sends them to the change-password page. Both are decided
 * by the `me` query, which the route guards watch.
 */
function onSessionError(error: unknown) {
  if (isApiError(error, 'E_UNAUTHENTICATED')) queryClient.setQueryData(queryKeys.me, null);
  if (isApiError(error, 'E_PASSWORD_CHANGE_REQUIRED')) {
    void queryClient.invalidateQueries({ queryKey: queryKeys.me });
  }
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onSessionError }),
  mutationCache: new MutationCache({ onError: onSessionError }),
  defaultOptions: {
    queries: {
      // A typed API answer will not change on retry; a dropped connection might.
      retry: (failures, error) => !(error instanceof ApiError) && failures < 2,
      staleTime: 30_000,
      refetchOnWindowFocus: false,
    },
    mutations: { retry: false },
  },
});
