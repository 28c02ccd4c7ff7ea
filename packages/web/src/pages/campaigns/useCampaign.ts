import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { type CampaignDetail, getCampaign } from '../../api/campaigns.ts';
import { isApiError } from '../../api/errors.ts';
import { queryKeys } from '../../api/keys.ts';
import { useT } from '../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../app/i18n/useErrorText.ts';

/** The campaign with its launch check and what the caller may do with it. */
export function useCampaign(id: string) {
  return useQuery({
    queryKey: queryKeys.campaign(id),
    queryFn: ({ signal }) => getCampaign(id, signal),
  });
}

/** One edit of the plan: given the version the wizard holds, it answers (often with the fresh detail). */
export type CampaignEdit = (version: number) => Promise<unknown>;

const isDetail = (value: unknown): value is CampaignDetail =>
  typeof value === 'object' && value !== null && 'campaign' in value && 'launchCheck' in value;

/**
 * Runs edits of a plan (sections, targets, teams, launch). Each states the version of the detail
 * the user is looking at. A detail in the answer replaces the cached one; other answers reload
 * the campaign with its targets, teams and plan. A stale version is never retried over someone
 * else's change: the user is told, and the campaign reloads.
 */
export function useCampaignEdit(id: string, options: { successText?: string } = {}) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const t = useT();
  const errorText = useErrorText();
  const key = queryKeys.campaign(id);
  return useMutation({
    mutationFn: (edit: CampaignEdit) => {
      const current = queryClient.getQueryData<CampaignDetail>(key);
      if (!current) throw new Error('edit before the campaign was loaded');
      return edit(current.campaign.version);
    },
    onSuccess: (answer) => {
      // Targets, teams and the plan hang under the campaign's key; the list shows status and counts.
      if (isDetail(answer)) {
        queryClient.setQueryData(key, answer);
        void queryClient.invalidateQueries({
          queryKey: key,
          predicate: (query) => query.queryKey.length > key.length,
        });
      } else {
        void queryClient.invalidateQueries({ queryKey: key });
      }
      void queryClient.invalidateQueries({ queryKey: queryKeys.campaignLists });
      if (options.successText) void message.success(options.successText);
    },
    onError: (error) => {
      if (isApiError(error, 'E_STALE_VERSION')) void message.warning(t('campaigns.stale'));
      else void message.error(errorText(error));
      void queryClient.invalidateQueries({ queryKey: key });
    },
  });
}
