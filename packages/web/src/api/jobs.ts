import { type JobRun, JobRunSchema } from '@bianping/core/jobs';
import { useQuery } from '@tanstack/react-query';
import { request } from './client.ts';
import { queryKeys } from './keys.ts';

const POLL_MS = 1000;

export const getJobRun = (id: string, signal?: AbortSignal) =>
  request('GET', `/jobs/${encodeURIComponent(id)}`, { schema: JobRunSchema, signal });

export const isFinished = (run: JobRun | undefined) =>
  run?.status === 'succeeded' || run?.status === 'failed';

/** Share done, 0–100, or null while the run cannot tell (queued, or no total yet). */
export function jobPercent(run: JobRun | undefined): number | null {
  if (!run) return null;
  if (run.status === 'succeeded') return 100;
  if (!run.total) return null;
  return Math.min(100, Math.round((run.done / run.total) * 100));
}

/**
 * Follows a background run (warning scan, large import) once a second until it succeeds or fails.
 * A null id waits; the answer stays cached, so a finished run is not polled again.
 */
export function useJobRun(runId: string | null) {
  return useQuery({
    queryKey: queryKeys.job(runId ?? ''),
    queryFn: ({ signal }) => getJobRun(runId as string, signal),
    enabled: runId !== null,
    staleTime: Number.POSITIVE_INFINITY,
    refetchInterval: (query) => (isFinished(query.state.data) ? false : POLL_MS),
  });
}
