import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useJobRun } from '../../api/jobs.ts';
import { queryKeys } from '../../api/keys.ts';
import { startWarningScan } from '../../api/warnings.ts';
import { useT } from '../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../app/i18n/useErrorText.ts';

/** A figure of the scan's result, which the jobs API hands over untyped. */
const figure = (result: unknown, key: string) => {
  const value = (result as Record<string, unknown> | null)?.[key];
  return typeof value === 'number' ? value : 0;
};

/**
 * 立即扫描: starts a scan of the registry and follows its run. When it ends, every warning list,
 * the summary and the units' live counts are refreshed, and the user is told what it found.
 */
export function useWarningScan() {
  const t = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [runId, setRunId] = useState<string | null>(null);
  const { data: run } = useJobRun(runId);
  const reported = useRef<string | null>(null);

  const start = useMutation({
    mutationFn: startWarningScan,
    onSuccess: ({ runId: id }) => setRunId(id),
    onError: (error) => void message.error(errorText(error)),
  });

  useEffect(() => {
    if (!run || reported.current === run.id) return;
    if (run.status === 'succeeded') {
      reported.current = run.id;
      void queryClient.invalidateQueries({ queryKey: queryKeys.allWarnings });
      void queryClient.invalidateQueries({ queryKey: queryKeys.allUnits });
      void queryClient.invalidateQueries({ queryKey: queryKeys.registryTree });
      void message.success(
        t('warnings.scanDone', {
          units: figure(run.result, 'unitsScanned'),
          hits: figure(run.result, 'hits'),
          opened: figure(run.result, 'opened'),
          closed: figure(run.result, 'closed'),
        }),
      );
    } else if (run.status === 'failed') {
      reported.current = run.id;
    }
  }, [run, queryClient, message, t]);

  const running =
    start.isPending || (runId !== null && run?.status !== 'succeeded' && run?.status !== 'failed');
  return {
    start: () => start.mutate(),
    running,
    runId,
    run,
    dismiss: () => setRunId(null),
  };
}
