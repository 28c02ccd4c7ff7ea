import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useNavigate } from 'react-router';
import { logout, logoutAll } from '../../api/auth.ts';
import { isApiError } from '../../api/errors.ts';
import { queryKeys } from '../../api/keys.ts';
import { useT } from '../i18n/LocaleContext.ts';
import { useErrorText } from '../i18n/useErrorText.ts';

/**
 * Ends the session here (or everywhere) and forgets every cached answer, so the next user of
 * this browser sees nothing of the previous one.
 */
export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const t = useT();
  const errorText = useErrorText();

  const forget = () => {
    queryClient.clear();
    queryClient.setQueryData(queryKeys.me, null);
    navigate('/login', { replace: true });
  };

  const onError = (error: unknown) => {
    // Already logged out (expired, or ended on another device): the goal is reached anyway.
    if (isApiError(error, 'E_UNAUTHENTICATED')) forget();
    else void message.error(errorText(error));
  };

  const here = useMutation({
    mutationFn: logout,
    onSuccess: () => {
      void message.success(t('user.loggedOut'));
      forget();
    },
    onError,
  });

  const everywhere = useMutation({
    mutationFn: logoutAll,
    onSuccess: ({ ended }) => {
      void message.success(t('user.logoutAllDone', { count: ended }));
      forget();
    },
    onError,
  });

  return { logout: () => here.mutate(), logoutAll: () => everywhere.mutate() };
}
