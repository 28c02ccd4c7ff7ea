import { CheckCircleOutlined, ReloadOutlined } from '@ant-design/icons';
import type { ImportPreview } from '@bianping/core/imports';
import { Alert, Button, Card, Flex, Typography } from 'antd';
import { useT } from '../../app/i18n/LocaleContext.ts';
import { ImportErrorsTable } from './ImportErrorsTable.tsx';
import { PreviewSummary } from './PreviewSummary.tsx';

type Props = {
  preview: ImportPreview;
  fileName: string;
  committing: boolean;
  onCommit: () => void;
  onRestart: () => void;
};

/** 预检结果: the figures, every error, and 确认导入 — offered only for a file without errors. */
export function PreviewPanel({ preview, fileName, committing, onCommit, onRestart }: Props) {
  const t = useT();
  const clean = preview.errorCount === 0;
  return (
    <Card
      title={t('imports.previewTitle', { file: fileName })}
      extra={
        <Typography.Text type="secondary">{t('imports.sheetName', { sheet: preview.sheet })}</Typography.Text>
      }
    >
      <PreviewSummary preview={preview} />
      {preview.ignoredColumns.length > 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginTop: 16 }}
          title={t('imports.ignoredColumns', { columns: preview.ignoredColumns.join('、') })}
        />
      )}
      <div style={{ marginTop: 16 }}>
        {clean ? (
          <Alert
            type="success"
            showIcon
            title={t('imports.noErrors')}
            description={t('imports.noErrorsHint')}
          />
        ) : (
          <>
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 16 }}
              title={t('imports.hasErrors', { count: preview.errorCount })}
              description={t('imports.hasErrorsHint')}
            />
            <ImportErrorsTable errors={preview.errors} total={preview.errorCount} />
          </>
        )}
      </div>
      <Flex justify="flex-end" gap={8} style={{ marginTop: 16 }}>
        <Button icon={<ReloadOutlined />} onClick={onRestart} disabled={committing}>
          {t('imports.uploadAgain')}
        </Button>
        {clean && (
          <Button type="primary" icon={<CheckCircleOutlined />} loading={committing} onClick={onCommit}>
            {t('imports.commit')}
          </Button>
        )}
      </Flex>
    </Card>
  );
}
