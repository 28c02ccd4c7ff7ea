import { type CampaignStatus, campaignStatuses } from '@bianping/core/campaigns/campaign-status';
import { type CampaignType, campaignTypes } from '@bianping/core/campaigns/vocabulary';
import { Tag } from 'antd';
import { useLabel } from '../../app/i18n/LocaleContext.ts';

const statusColors: Record<CampaignStatus, string> = {
  draft: 'default',
  launched: 'blue',
  collecting: 'processing',
  scoring: 'orange',
  reporting: 'purple',
  closed: 'green',
};

const typeColors: Record<CampaignType, string> = {
  annual: 'geekblue',
  special: 'cyan',
  supervision: 'volcano',
  followUp: 'gold',
};

/** 草稿 / 已启动 / 采集中 …, coloured so a running campaign stands out in the list. */
export function CampaignStatusTag({ status }: { status: CampaignStatus }) {
  const label = useLabel();
  return <Tag color={statusColors[status]}>{label(campaignStatuses.labels[status])}</Tag>;
}

/** 年度评估 / 专项评估 / 机构编制大督导 / 跟踪问效. */
export function CampaignTypeTag({ type }: { type: CampaignType }) {
  const label = useLabel();
  return <Tag color={typeColors[type]}>{label(campaignTypes.labels[type])}</Tag>;
}
