import { useQuery } from '@tanstack/react-query';
import { type CampaignTargetRow, listCampaignTargets } from '../../../api/campaigns.ts';
import { queryKeys } from '../../../api/keys.ts';

const PAGE = 200;

/**
 * Every target of a campaign, for the assignment builder's picker: a county campaign has a few
 * hundred, so they are read page by page once and filtered in the browser.
 */
export function useAllTargets(campaignId: string) {
  return useQuery({
    queryKey: [...queryKeys.campaign(campaignId), 'targets', 'all'],
    queryFn: async ({ signal }) => {
      const all: CampaignTargetRow[] = [];
      for (let page = 1; ; page += 1) {
        const list = await listCampaignTargets(campaignId, { page, pageSize: PAGE }, signal);
        all.push(...list.items);
        if (list.items.length < PAGE || all.length >= list.total) return all;
      }
    },
  });
}
