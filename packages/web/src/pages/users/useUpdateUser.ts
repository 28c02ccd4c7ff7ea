import type { User, UserUpdateInput } from '@bianping/core/users';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../api/errors.ts';
import { queryKeys } from '../../api/keys.ts';
import { updateUser } from '../../api/users.ts';
import { useCurrentUser } from '../../app/auth/useMe.ts';

/**
 * PATCH /users/:id under optimistic versioning. Whatever the outcome, the user's cached copy is
 * refreshed: on success with the answer, on a stale version by reloading it.
 */
export function useUpdateUser() {
  const queryClient = useQueryClient();
  const me = useCurrentUser();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: UserUpdateInput }) => updateUser(id, input),
    onSuccess: (user: User) => {
      queryClient.setQueryData(queryKeys.user(user.id), user);
      void queryClient.invalidateQueries({ queryKey: queryKeys.users() });
      // Editing one's own roles changes the menu.
      if (user.id === me.id) void queryClient.invalidateQueries({ queryKey: queryKeys.me });
    },
    onError: (error, { id }) => {
      if (isApiError(error, 'E_STALE_VERSION')) {
        void queryClient.invalidateQueries({ queryKey: queryKeys.user(id) });
        void queryClient.invalidateQueries({ queryKey: queryKeys.users() });
      }
    },
  });
}
