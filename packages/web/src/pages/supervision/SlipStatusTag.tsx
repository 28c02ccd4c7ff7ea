import { slipDecisions, slipStatuses } from '@bianping/core/campaigns/supervision-slips';
import { Tag } from 'antd';
import type { SlipDecision, SlipStatus } from '../../api/supervision.ts';
import { useLabel } from '../../app/i18n/LocaleContext.ts';

const colors: Record<SlipStatus, string> = {
  draft: 'default',
  sent: 'processing',
  confirmed: 'success',
  disputed: 'warning',
  settled: 'purple',
};

/** A slip's status, with the decision of a settled one (已裁定 · 维持). */
export function SlipStatusTag({ status, decision }: { status: SlipStatus; decision: SlipDecision | null }) {
  const label = useLabel();
  return (
    <Tag color={colors[status]} data-status={status}>
      {label(slipStatuses.labels[status])}
      {status === 'settled' && decision ? ` · ${label(slipDecisions.labels[decision])}` : ''}
    </Tag>
  );
}
