import { InboxOutlined } from '@ant-design/icons';
import type { JobRun } from '@bianping/core/jobs';
import { Card, Progress, Typography, Upload } from 'antd';
import { useT } from '../../app/i18n/LocaleContext.ts';
import { JobProgress } from '../../components/JobProgress.tsx';
import { ImportProblem } from './ImportProblem.tsx';
import type { ImportStage } from './useImportFlow.ts';

type Props = { stage: ImportStage; run: JobRun | undefined; onFile: (file: File) => void };

const busy = (stage: ImportStage) =>
  stage.step === 'uploading' || stage.step === 'checking' || stage.step === 'committing';

/**
 * 上传文件: the workbook goes to the server as it is (the request body), is checked without
 * writing anything, and the result appears below. Large files show the upload and the check as
 * progress bars.
 */
export function UploadPanel({ stage, run, onFile }: Props) {
  const t = useT();
  return (
    <Card title={t('imports.uploadTitle')}>
      <Upload.Dragger
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        multiple={false}
        showUploadList={false}
        disabled={busy(stage)}
        customRequest={({ file }) => {
          if (file instanceof File) onFile(file);
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t('imports.dropHint')}</p>
        <p className="ant-upload-hint">{t('imports.dropRules')}</p>
      </Upload.Dragger>
      {stage.step !== 'idle' && (
        <Typography.Paragraph style={{ marginTop: 12, marginBottom: 0 }}>
          {t('imports.currentFile', {
            file: stage.file.name,
            size: Math.max(1, Math.round(stage.file.size / 1024)),
          })}
        </Typography.Paragraph>
      )}
      {stage.step === 'uploading' && (
        <div role="status" aria-label={t('imports.uploading')} style={{ marginTop: 8 }}>
          <Typography.Text type="secondary">{t('imports.uploading')}</Typography.Text>
          <Progress percent={stage.percent} status="active" />
        </div>
      )}
      {stage.step === 'checking' && (
        <div style={{ marginTop: 8 }}>
          <JobProgress run={run} title={t('imports.checking')} />
        </div>
      )}
      {stage.step === 'failed' && stage.preview === null && (
        <div style={{ marginTop: 16 }}>
          <ImportProblem error={stage.error} />
        </div>
      )}
    </Card>
  );
}
