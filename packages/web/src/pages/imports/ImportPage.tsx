import { FileExcelOutlined } from '@ant-design/icons';
import { type ImportKind, importKinds } from '@bianping/core/imports';
import { Alert, Card, Collapse, Flex, Space } from 'antd';
import { useSearchParams } from 'react-router';
import { downloadExport, downloadTemplate } from '../../api/imports.ts';
import { useLabel, useT } from '../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../app/i18n/useErrorText.ts';
import { DownloadButton } from '../../components/DownloadButton.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ImportFlow } from './ImportFlow.tsx';
import { KindPicker } from './KindPicker.tsx';
import { TemplateColumns } from './TemplateColumns.tsx';
import { useImportTemplates } from './useImportTemplates.ts';

/**
 * 数据导入: pick a sheet, fill its template, upload it for a dry run that lists every error where
 * Excel shows it, and import it — all rows or none.
 */
export function ImportPage() {
  const t = useT();
  const label = useLabel();
  const errorText = useErrorText();
  const [params, setParams] = useSearchParams();
  const kind: ImportKind = importKinds.find((k) => k === params.get('kind')) ?? 'units';
  const { byKind, error } = useImportTemplates();
  const info = byKind.get(kind);
  const kindLabel = info ? label(info.label) : kind;

  return (
    <>
      <PageHeader title={t('imports.title')} subtitle={t('imports.subtitle')} />
      {error && <Alert type="error" showIcon title={errorText(error)} style={{ marginBottom: 16 }} />}
      <Card title={t('imports.kindTitle')} style={{ marginBottom: 16 }}>
        <Flex vertical gap={16}>
          <KindPicker value={kind} onChange={(next) => setParams(next === 'units' ? {} : { kind: next })} />
          <Space wrap>
            <DownloadButton download={() => downloadTemplate(kind)}>
              {t('imports.downloadTemplate', { kind: kindLabel })}
            </DownloadButton>
            <DownloadButton icon={<FileExcelOutlined />} download={() => downloadExport(kind)}>
              {t('imports.exportCurrent', { kind: kindLabel })}
            </DownloadButton>
          </Space>
          {info && (
            <Collapse
              size="small"
              items={[
                {
                  key: 'columns',
                  label: t('imports.columnsTitle', { count: info.columns.length }),
                  children: <TemplateColumns info={info} />,
                },
              ]}
            />
          )}
        </Flex>
      </Card>
      <ImportFlow key={kind} kind={kind} kindLabel={kindLabel} />
    </>
  );
}
