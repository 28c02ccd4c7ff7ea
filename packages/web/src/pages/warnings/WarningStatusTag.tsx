import { type WarningStatus, warningStatusLabels } from '@bianping/core/warnings/workflow';
import { Tag } from 'antd';
import { useLabel } from '../../app/i18n/LocaleContext.ts';

const colors: Record<WarningStatus, string> = {
  open: 'error',
  verified: 'warning',
  resolved: 'success',
  dismissed: 'default',
};

export function WarningStatusTag({ status }: { status: WarningStatus }) {
  const label = useLabel();
  return (
    <Tag color={colors[status]} style={{ marginInlineEnd: 0 }}>
      {label(warningStatusLabels[status])}
    </Tag>
  );
}
