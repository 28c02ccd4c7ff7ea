import type { LocalizedText } from '@bianping/core/errors';
import {
  type ImportCommitResult,
  ImportCommitResultSchema,
  type ImportKind,
  type ImportPreview,
  ImportPreviewSchema,
} from '@bianping/core/imports';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { ApiError, TransportError } from '../../api/errors.ts';
import { commitImport, isJobStarted, previewImport } from '../../api/imports.ts';
import { useJobRun } from '../../api/jobs.ts';
import { queryKeys } from '../../api/keys.ts';

/**
 * Where an import stands: upload and dry run (answered at once, or through a background run for
 * large files), the preview, the commit, and its result. A refusal of the whole file is kept as
 * the error the server sent, so its message follows the interface language.
 */
export type ImportStage =
  | { step: 'idle' }
  | { step: 'uploading'; file: File; percent: number }
  | { step: 'checking'; file: File; runId: string }
  | { step: 'previewed'; file: File; preview: ImportPreview }
  | { step: 'committing'; file: File; preview: ImportPreview; runId: string | null }
  | { step: 'done'; file: File; preview: ImportPreview; result: ImportCommitResult }
  | { step: 'failed'; file: File; error: unknown; preview: ImportPreview | null };

const runIdOf = (stage: ImportStage) =>
  stage.step === 'checking' ? stage.runId : stage.step === 'committing' ? stage.runId : null;

/** A failed background run as the same typed error a direct answer would have been. */
const jobError = (error: { code: string; message: LocalizedText } | null) =>
  error
    ? new ApiError(400, error.code as ApiError['code'], error.message)
    : new TransportError(null, 'the background run failed');

/** One import of one kind of sheet; the page mounts a new one when the kind changes. */
export function useImportFlow(kind: ImportKind) {
  const queryClient = useQueryClient();
  const [stage, setStage] = useState<ImportStage>({ step: 'idle' });
  const { data: run } = useJobRun(runIdOf(stage));

  const upload = useCallback(
    async (file: File) => {
      setStage({ step: 'uploading', file, percent: 0 });
      try {
        const answer = await previewImport(kind, file, (percent) =>
          setStage((s) => (s.step === 'uploading' && s.file === file ? { ...s, percent } : s)),
        );
        setStage(
          isJobStarted(answer)
            ? { step: 'checking', file, runId: answer.runId }
            : { step: 'previewed', file, preview: answer },
        );
      } catch (error) {
        setStage({ step: 'failed', file, error, preview: null });
      }
    },
    [kind],
  );

  const commit = useCallback(async () => {
    if (stage.step !== 'previewed') return;
    const { file, preview } = stage;
    setStage({ step: 'committing', file, preview, runId: null });
    try {
      const answer = await commitImport(kind, preview.uploadId);
      if (isJobStarted(answer)) setStage({ step: 'committing', file, preview, runId: answer.runId });
      else setStage({ step: 'done', file, preview, result: answer });
    } catch (error) {
      setStage({ step: 'failed', file, error, preview });
    }
  }, [kind, stage]);

  // A background run ends: its result is the preview or the commit result.
  useEffect(() => {
    if (!run || (run.status !== 'succeeded' && run.status !== 'failed')) return;
    setStage((s) => {
      if (runIdOf(s) !== run.id || (s.step !== 'checking' && s.step !== 'committing')) return s;
      const preview = s.step === 'committing' ? s.preview : null;
      if (run.status === 'failed')
        return { step: 'failed', file: s.file, error: jobError(run.error), preview };
      if (s.step === 'checking') {
        const parsed = ImportPreviewSchema.safeParse(run.result);
        return parsed.success
          ? { step: 'previewed', file: s.file, preview: parsed.data }
          : { step: 'failed', file: s.file, error: jobError(null), preview };
      }
      const parsed = ImportCommitResultSchema.safeParse(run.result);
      return parsed.success
        ? { step: 'done', file: s.file, preview: s.preview, result: parsed.data }
        : { step: 'failed', file: s.file, error: jobError(null), preview };
    });
  }, [run]);

  // What was imported shows up everywhere the registry is read.
  useEffect(() => {
    if (stage.step !== 'done') return;
    void queryClient.invalidateQueries({ queryKey: queryKeys.allUnits });
    void queryClient.invalidateQueries({ queryKey: queryKeys.registryTree });
    void queryClient.invalidateQueries({ queryKey: queryKeys.registryOverview });
  }, [stage.step, queryClient]);

  return { stage, run, upload, commit, reset: () => setStage({ step: 'idle' }) };
}
