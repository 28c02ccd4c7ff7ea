import type { Warning } from '@bianping/core/warnings/api';
import { Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useLabel, useT } from '../../app/i18n/LocaleContext.ts';
import { WarningStatusTag } from './WarningStatusTag.tsx';

/** Who moved the warning where, when and why, oldest first. */
export function WarningHistory({ warning }: { warning: Warning }) {
  const t = useT();
  const label = useLabel();
  return (
    <Timeline
      mode="start"
      titleSpan="150px"
      style={{ marginTop: 8, marginBottom: -16, maxWidth: 720 }}
      items={warning.history.map((step, index) => ({
        key: `${step.at}-${index}`,
        color: step.status === 'resolved' ? 'green' : step.status === 'dismissed' ? 'gray' : 'blue',
        title: dayjs(step.at).format('YYYY-MM-DD HH:mm'),
        content: (
          <div>
            <WarningStatusTag status={step.status} />{' '}
            <Typography.Text type="secondary">
              {step.by === 'scan' ? t('warnings.byScan') : step.by}
            </Typography.Text>
            <div>{label(step.note)}</div>
          </div>
        ),
      }))}
    />
  );
}
