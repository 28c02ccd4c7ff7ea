import { InboxOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Modal, Typography, Upload } from 'antd';
import { useState } from 'react';
import { importIndicatorSet } from '../../../api/indicators.ts';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';
import { ImportErrorsTable } from '../../imports/ImportErrorsTable.tsx';
import { useOpenNewSet } from '../useNewEdition.ts';
import { ImportSummary } from './ImportSummary.tsx';

type Props = { open: boolean; onClose: () => void };

/**
 * 导入: an exported set (Excel or JSON) is first checked without writing anything — every row
 * error listed by row and column, as the registry imports do — and only a clean file can be
 * imported, all of it at once, as a new draft.
 */
export function ImportSetModal({ open, onClose }: Props) {
  const t = useT();
  const label = useLabel();
  const errorText = useErrorText();
  const openSet = useOpenNewSet();
  const [file, setFile] = useState<File | null>(null);
  const check = useMutation({ mutationFn: (f: File) => importIndicatorSet(f, true) });
  const commit = useMutation({
    mutationFn: (f: File) => importIndicatorSet(f, false),
    onSuccess: (result) => {
      if (!result.setId) return;
      onClose();
      openSet(result.setId);
    },
  });
  const preview = check.data;
  const clean = !!preview && !preview.fileError && preview.errors.length === 0 && !!preview.summary;
  const failure = check.error ?? commit.error;

  const pick = (f: File) => {
    setFile(f);
    commit.reset();
    check.mutate(f);
  };

  return (
    <Modal
      open={open}
      width={900}
      title={t('indicators.import.title')}
      onCancel={onClose}
      destroyOnHidden
      afterClose={() => {
        setFile(null);
        check.reset();
        commit.reset();
      }}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button
          key="commit"
          type="primary"
          disabled={!clean || !file}
          loading={commit.isPending}
          onClick={() => file && commit.mutate(file)}
        >
          {t('imports.commit')}
        </Button>,
      ]}
    >
      <Upload.Dragger
        accept=".xlsx,.json"
        multiple={false}
        showUploadList={false}
        disabled={check.isPending || commit.isPending}
        customRequest={({ file: f }) => {
          if (f instanceof File) pick(f);
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t('indicators.import.drop')}</p>
        <p className="ant-upload-hint">{t('indicators.import.rules')}</p>
      </Upload.Dragger>
      {file && (
        <Typography.Paragraph style={{ marginTop: 12 }}>
          {check.isPending ? t('indicators.import.checking', { file: file.name }) : file.name}
        </Typography.Paragraph>
      )}
      {failure && <Alert type="error" showIcon title={errorText(failure)} style={{ marginTop: 12 }} />}
      {preview?.fileError && (
        <Alert type="error" showIcon title={label(preview.fileError)} style={{ marginTop: 12 }} />
      )}
      {preview && preview.errors.length > 0 && (
        <div style={{ marginTop: 12 }}>
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('imports.hasErrors', { count: preview.errors.length })}
            description={t('indicators.import.fixHint')}
          />
          <ImportErrorsTable errors={preview.errors} total={preview.errors.length} />
        </div>
      )}
      {preview && preview.ignoredColumns.length > 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginTop: 12 }}
          title={t('imports.ignoredColumns', { columns: preview.ignoredColumns.join('、') })}
        />
      )}
      {clean && preview.summary && (
        <div style={{ marginTop: 12 }}>
          <Alert
            type="success"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('indicators.import.clean', { rows: preview.rows })}
          />
          <ImportSummary summary={preview.summary} />
        </div>
      )}
    </Modal>
  );
}
