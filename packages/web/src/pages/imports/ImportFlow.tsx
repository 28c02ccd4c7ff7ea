import type { ImportKind } from '@bianping/core/imports';
import { Card, Steps } from 'antd';
import { useEffect, useRef } from 'react';
import { useT } from '../../app/i18n/LocaleContext.ts';
import { prefersReducedMotion } from '../../app/reduced-motion.ts';
import { JobProgress } from '../../components/JobProgress.tsx';
import { CommitResult } from './CommitResult.tsx';
import { ImportProblem } from './ImportProblem.tsx';
import { PreviewPanel } from './PreviewPanel.tsx';
import { UploadPanel } from './UploadPanel.tsx';
import { type ImportStage, useImportFlow } from './useImportFlow.ts';

const stepIndex = (stage: ImportStage) => {
  switch (stage.step) {
    case 'idle':
    case 'uploading':
    case 'checking':
      return 0;
    case 'previewed':
      return 1;
    case 'committing':
      return 2;
    case 'done':
      return 3;
    case 'failed':
      return stage.preview ? 2 : 0;
  }
};

type Props = { kind: ImportKind; kindLabel: string };

/** One import of one sheet kind: upload → dry run → 确认导入 → result. */
export function ImportFlow({ kind, kindLabel }: Props) {
  const t = useT();
  const { stage, run, upload, commit, reset } = useImportFlow(kind);
  const failedAtCommit = stage.step === 'failed' && stage.preview !== null;
  const outcome = useRef<HTMLDivElement>(null);
  // The outcome appears below the upload box, often below the fold: bring it into view.
  useEffect(() => {
    if (stage.step === 'previewed' || stage.step === 'done' || stage.step === 'failed') {
      outcome.current?.scrollIntoView({
        block: 'start',
        behavior: prefersReducedMotion() ? 'auto' : 'smooth',
      });
    }
  }, [stage.step]);

  return (
    <>
      <Card style={{ marginBottom: 16 }}>
        <Steps
          current={stepIndex(stage)}
          status={stage.step === 'failed' ? 'error' : stage.step === 'done' ? 'finish' : undefined}
          items={[
            { title: t('imports.step.upload') },
            { title: t('imports.step.preview') },
            { title: t('imports.step.commit') },
            { title: t('imports.step.done') },
          ]}
        />
      </Card>
      {stage.step === 'done' ? (
        <div ref={outcome} style={{ scrollMarginTop: 80 }}>
          <CommitResult result={stage.result} kindLabel={kindLabel} onAgain={reset} />
        </div>
      ) : (
        <UploadPanel stage={stage} run={run} onFile={(file) => void upload(file)} />
      )}
      {(stage.step === 'previewed' || stage.step === 'committing') && (
        <div ref={outcome} style={{ marginTop: 16, scrollMarginTop: 80 }}>
          <PreviewPanel
            preview={stage.preview}
            fileName={stage.file.name}
            committing={stage.step === 'committing'}
            onCommit={() => void commit()}
            onRestart={reset}
          />
        </div>
      )}
      {stage.step === 'committing' && stage.runId && (
        <Card style={{ marginTop: 16 }}>
          <JobProgress run={run} title={t('imports.committing')} />
        </Card>
      )}
      {failedAtCommit && (
        <div ref={outcome} style={{ marginTop: 16, scrollMarginTop: 80 }}>
          <Card title={t('imports.commitFailed')}>
            <ImportProblem error={stage.error} />
          </Card>
        </div>
      )}
    </>
  );
}
