import type { JobRun } from '@bianping/core/jobs';
import { Alert, Flex, Progress, Typography } from 'antd';
import { jobPercent } from '../api/jobs.ts';
import { useLabel, useT } from '../app/i18n/LocaleContext.ts';

type Props = {
  run: JobRun | undefined;
  /** What is running, e.g. "预警扫描". */
  title: string;
};

/**
 * A background run as a progress bar with its current step; its error, in the user's language,
 * once it has failed. Before the first answer it shows an active bar at 0.
 */
export function JobProgress({ run, title }: Props) {
  const t = useT();
  const label = useLabel();
  if (run?.status === 'failed') {
    return (
      <Alert
        type="error"
        showIcon
        title={t('jobs.failed', { title })}
        description={run.error ? label(run.error.message) : undefined}
      />
    );
  }
  const percent = jobPercent(run);
  const step = run?.status === 'queued' || !run ? t('jobs.queued') : run.note ? label(run.note) : '';
  return (
    <div role="status" aria-label={title}>
      <Flex justify="space-between" gap={12}>
        <Typography.Text>{title}</Typography.Text>
        <Typography.Text type="secondary">{step}</Typography.Text>
      </Flex>
      <Progress
        percent={percent ?? 0}
        status={run?.status === 'succeeded' ? 'success' : 'active'}
        format={(p) => (percent === null ? '' : `${p}%`)}
      />
    </div>
  );
}
