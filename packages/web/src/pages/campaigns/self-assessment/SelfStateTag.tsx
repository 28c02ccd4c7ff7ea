import { type TargetPhaseState, targetPhaseStates } from '@bianping/core/campaigns/target-phase';
import { Tag } from 'antd';
import { useLabel } from '../../../app/i18n/LocaleContext.ts';

const colors: Record<TargetPhaseState, string> = {
  notStarted: 'default',
  inProgress: 'processing',
  submitted: 'blue',
  returned: 'warning',
  reviewed: 'success',
  rated: 'success',
  closed: 'success',
};

/** 未开始 / 填报中 / 已提交 / 已退回 …: a target's state in the self phase. */
export function SelfStateTag({ state }: { state: TargetPhaseState }) {
  const label = useLabel();
  return <Tag color={colors[state]}>{label(targetPhaseStates.labels[state])}</Tag>;
}
