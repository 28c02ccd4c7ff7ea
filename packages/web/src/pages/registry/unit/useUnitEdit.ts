import type { UnitDetail } from '@bianping/core/registry';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { isApiError } from '../../../api/errors.ts';
import { queryKeys } from '../../../api/keys.ts';
import { useT } from '../../../app/i18n/LocaleContext.ts';

/**
 * One versioned edit of a unit (basic data, quota change, headcounts, leader posts). The answer
 * is the fresh unit page, which replaces the cached one; lists and counts elsewhere refresh.
 * A stale version is never retried over someone else's change: the user is told and the page
 * reloads, and the caller closes its form so the next attempt starts from the fresh data.
 */
export function useUnitEdit<I>(unitId: string, edit: (id: string, input: I) => Promise<UnitDetail>) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const t = useT();
  return useMutation({
    mutationFn: (input: I) => edit(unitId, input),
    onSuccess: (detail) => {
      queryClient.setQueryData(queryKeys.unit(unitId), detail);
      void queryClient.invalidateQueries({ queryKey: queryKeys.unitLists });
      void queryClient.invalidateQueries({ queryKey: queryKeys.registryTree });
      void queryClient.invalidateQueries({ queryKey: queryKeys.registryOverview });
    },
    onError: (error) => {
      if (!isApiError(error, 'E_STALE_VERSION')) return;
      void message.warning(t('registry.stale'));
      void queryClient.invalidateQueries({ queryKey: queryKeys.unit(unitId) });
    },
  });
}
