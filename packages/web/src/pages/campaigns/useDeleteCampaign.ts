import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useNavigate } from 'react-router';
import { type CampaignDetail, deleteCampaign } from '../../api/campaigns.ts';
import { queryKeys } from '../../api/keys.ts';
import { useT } from '../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../app/i18n/useErrorText.ts';

/** 删除草稿: the draft goes with its targets and teams; back to the list. */
export function useDeleteCampaign(detail: CampaignDetail) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const t = useT();
  const errorText = useErrorText();
  const { id, version } = detail.campaign;
  return useMutation({
    mutationFn: () => deleteCampaign(id, version),
    onSuccess: () => {
      void message.success(t('campaigns.deleted'));
      queryClient.removeQueries({ queryKey: queryKeys.campaign(id) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.campaignLists });
      navigate('/campaigns');
    },
    onError: (error) => void message.error(errorText(error)),
  });
}
