import type { ImportRowError } from '@bianping/core/imports';
import { Table, Typography } from 'antd';
import { useLabel, useT } from '../../app/i18n/LocaleContext.ts';

type Props = { errors: ImportRowError[]; total: number };

/** Every problem where Excel shows it: 工作表, 行, 列, the cell's value and what is wrong. */
export function ImportErrorsTable({ errors, total }: Props) {
  const t = useT();
  const label = useLabel();
  return (
    <section aria-label={t('imports.errorsTitle')}>
      {total > errors.length && (
        <Typography.Paragraph type="secondary">
          {t('imports.errorsTruncated', { shown: errors.length, total })}
        </Typography.Paragraph>
      )}
      <Table<ImportRowError>
        size="small"
        rowKey={(e) => `${e.sheet}!${e.column}${e.row}:${e.message.en}`}
        dataSource={errors}
        pagination={errors.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        scroll={{ x: 860 }}
        columns={[
          { title: t('imports.col.sheet'), dataIndex: 'sheet', width: 130 },
          { title: t('imports.col.row'), dataIndex: 'row', width: 70, align: 'right' },
          {
            title: t('imports.col.column'),
            key: 'column',
            width: 200,
            render: (_, e) => (
              <>
                <Typography.Text strong>{e.column}</Typography.Text> {e.header}
              </>
            ),
          },
          {
            title: t('imports.col.value'),
            dataIndex: 'value',
            width: 200,
            render: (value: string | null) =>
              value === null ? (
                <Typography.Text type="secondary">{t('imports.emptyCell')}</Typography.Text>
              ) : (
                <Typography.Text code>{value}</Typography.Text>
              ),
          },
          {
            title: t('imports.col.message'),
            key: 'message',
            render: (_, e) => <Typography.Text type="danger">{label(e.message)}</Typography.Text>,
          },
        ]}
      />
    </section>
  );
}
