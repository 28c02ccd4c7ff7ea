import { Tag } from 'antd';
import type { CorrectionStatus } from '../../api/registry.ts';
import { useT } from '../../app/i18n/LocaleContext.ts';
import { statusColors, statusLabels } from './correction-labels.ts';

export function CorrectionStatusTag({ status }: { status: CorrectionStatus }) {
  const t = useT();
  return (
    <Tag color={statusColors[status]} style={{ marginInlineEnd: 0 }}>
      {t(statusLabels[status])}
    </Tag>
  );
}
