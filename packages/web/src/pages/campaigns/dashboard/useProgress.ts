import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { getCampaignProgress, remindOverdue } from '../../../api/campaign-progress.ts';
import { queryKeys } from '../../../api/keys.ts';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';

/** The campaign's progress; refetched when the tab comes back into view, as states move all day. */
export function useProgress(id: string) {
  return useQuery({
    queryKey: queryKeys.campaignProgress(id),
    queryFn: ({ signal }) => getCampaignProgress(id, signal),
    refetchOnWindowFocus: true,
  });
}

/** 催办: notifies the owners of overdue work and says how many were reached. */
export function useRemind(id: string) {
  const t = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => remindOverdue(id),
    onSuccess: (result) => {
      if (result.units + result.users === 0) void message.info(t('campaigns.progress.nothingToRemind'));
      else void message.success(t('campaigns.progress.reminded', result));
      void queryClient.invalidateQueries({ queryKey: queryKeys.notifications });
    },
    onError: (error) => void message.error(errorText(error)),
  });
}
