import { campaignStatuses } from '@bianping/core/campaigns/campaign-status';
import { campaignTypes } from '@bianping/core/campaigns/vocabulary';
import type { CampaignListQuery } from '../../../api/campaigns.ts';
import { pageFromParams, pageToParams } from '../../../components/url-params.ts';

export type CampaignFilterValues = Pick<CampaignListQuery, 'year' | 'type' | 'status'>;

const pick = <T extends string>(list: readonly T[], value: string | null) => list.find((v) => v === value);

const yearOf = (value: string | null) => {
  const year = Number(value);
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : undefined;
};

/** Filters and page live in the address bar, so a filtered list survives a reload. */
export function queryFromParams(params: URLSearchParams): CampaignListQuery {
  return {
    year: yearOf(params.get('year')),
    type: pick(campaignTypes.codes, params.get('type')),
    status: pick(campaignStatuses.codes, params.get('status')),
    ...pageFromParams(params),
  };
}

export function paramsFromQuery(query: CampaignListQuery): Record<string, string> {
  const out: Record<string, string> = {};
  if (query.year) out.year = String(query.year);
  if (query.type) out.type = query.type;
  if (query.status) out.status = query.status;
  return { ...out, ...pageToParams(query) };
}
