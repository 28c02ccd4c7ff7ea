import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useJobRun } from '../../../api/jobs.ts';
import {
  getCampaignScores,
  getRaterConsistency,
  getTargetExplanation,
  runCampaignScores,
  scoringKeys,
} from '../../../api/scoring.ts';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';

/** The stored ranking of a campaign. */
export function useCampaignScores(id: string) {
  return useQuery({
    queryKey: scoringKeys.scores(id),
    queryFn: ({ signal }) => getCampaignScores(id, signal),
  });
}

/** One target's explanation. */
export function useTargetExplanation(id: string, unitId: string) {
  return useQuery({
    queryKey: scoringKeys.explanation(id, unitId),
    queryFn: ({ signal }) => getTargetExplanation(id, unitId, signal),
  });
}

/** Rater consistency (officers' card); only fetched when shown. */
export function useRaterConsistency(id: string, enabled: boolean) {
  return useQuery({
    queryKey: scoringKeys.consistency(id),
    queryFn: ({ signal }) => getRaterConsistency(id, signal),
    enabled,
  });
}

/**
 * 重新计算: starts the scoring job and follows its run; when it succeeds the ranking, the
 * explanations and the consistency are reloaded and the user is told.
 */
export function useRescore(id: string) {
  const t = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [runId, setRunId] = useState<string | null>(null);
  const { data: run } = useJobRun(runId);
  const reported = useRef<string | null>(null);

  const start = useMutation({
    mutationFn: () => runCampaignScores(id),
    onSuccess: ({ runId: started }) => setRunId(started),
    onError: (error) => void message.error(errorText(error)),
  });

  useEffect(() => {
    if (!run || reported.current === run.id) return;
    if (run.status === 'succeeded') {
      reported.current = run.id;
      void queryClient.invalidateQueries({ queryKey: scoringKeys.scores(id) });
      void message.success(t('results.rescored'));
    } else if (run.status === 'failed') {
      reported.current = run.id;
    }
  }, [run, queryClient, message, t, id]);

  const running =
    start.isPending || (runId !== null && run?.status !== 'succeeded' && run?.status !== 'failed');
  return { start: () => start.mutate(), running, runId, run, dismiss: () => setRunId(null) };
}
