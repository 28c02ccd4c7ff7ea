import { WarningScanResultSchema } from '@bianping/core/warnings/api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useJobRun } from '../../api/jobs.ts';
import { queryKeys } from '../../api/keys.ts';
import { startWarningScan } from '../../api/warnings.ts';
import { useT } from '../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../app/i18n/useErrorText.ts';

/** The scan's figures: the jobs API hands every job's result over untyped, core types this one. */
const scanResultOf = (result: unknown) => {
  const parsed = WarningScanResultSchema.safeParse(result);
  return parsed.success ? parsed.data : { unitsScanned: 0, hits: 0, opened: 0, closed: 0 };
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
      const { unitsScanned, hits, opened, closed } = scanResultOf(run.result);
      void message.success(t('warnings.scanDone', { units: unitsScanned, hits, opened, closed }));
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
