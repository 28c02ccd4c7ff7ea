import type { JobRun } from '@bianping/core/jobs';
import { Button, Card, Flex } from 'antd';
import { useT } from '../../app/i18n/LocaleContext.ts';
import { JobProgress } from '../../components/JobProgress.tsx';

type Props = { run: JobRun | undefined; running: boolean; onDismiss: () => void };

/** The running (or just finished) scan, above the figures it is about to change. */
export function ScanProgress({ run, running, onDismiss }: Props) {
  const t = useT();
  return (
    <Card size="small" style={{ marginBottom: 16 }}>
      <Flex align="center" gap={16}>
        <div style={{ flex: 1 }}>
          <JobProgress run={run} title={t('warnings.scanTitle')} />
        </div>
        {!running && (
          <Button size="small" onClick={onDismiss}>
            {t('common.close')}
          </Button>
        )}
      </Flex>
    </Card>
  );
}
