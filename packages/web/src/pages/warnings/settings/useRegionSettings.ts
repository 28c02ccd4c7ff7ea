import type { RegionSettingsOverrideInput } from '@bianping/core/warnings/settings-api';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { isApiError } from '../../../api/errors.ts';
import { queryKeys } from '../../../api/keys.ts';
import { clearRegionSettings, getRegionSettings, saveRegionSettings } from '../../../api/warnings.ts';
import { useT } from '../../../app/i18n/LocaleContext.ts';

/**
 * A region's thresholds with their sources, and the versioned save and reset. The answer of a
 * change replaces the cached settings; a stale version reloads them and says so, never retries.
 */
export function useRegionSettings(regionId: string) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const t = useT();
  const key = queryKeys.warningSettings(regionId);
  const query = useQuery({ queryKey: key, queryFn: ({ signal }) => getRegionSettings(regionId, signal) });

  const handlers = {
    onSuccess: (data: Awaited<ReturnType<typeof getRegionSettings>>) => {
      queryClient.setQueryData(key, data);
      // Regions below inherit, and the tree counts the fields each region sets.
      void queryClient.invalidateQueries({ queryKey: ['warningSettings'] });
    },
    onError: (error: Error) => {
      if (!isApiError(error, 'E_STALE_VERSION')) return;
      void message.warning(t('warnings.settings.stale'));
      void queryClient.invalidateQueries({ queryKey: key });
    },
  };
  const save = useMutation({
    mutationFn: (input: RegionSettingsOverrideInput) => saveRegionSettings(regionId, input),
    ...handlers,
  });
  const reset = useMutation({
    mutationFn: (version: number) => clearRegionSettings(regionId, version),
    ...handlers,
  });
  return { query, save, reset };
}
