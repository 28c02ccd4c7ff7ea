import type { ImportTemplateInfo } from '@bianping/core/imports';
import { Table, Tag, Typography } from 'antd';
import { useT } from '../../app/i18n/LocaleContext.ts';

type Column = ImportTemplateInfo['columns'][number];

/** The template's columns, what each takes, and its general notes (as the 填写说明 sheet has them). */
export function TemplateColumns({ info }: { info: ImportTemplateInfo }) {
  const t = useT();
  return (
    <>
      <Table<Column>
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={info.columns}
        scroll={{ x: 760 }}
        columns={[
          {
            title: t('imports.col.header'),
            dataIndex: 'header',
            width: 220,
            render: (header: string, c) => (
              <>
                {header} {c.required && <Tag color="red">{t('imports.required')}</Tag>}
              </>
            ),
          },
          {
            title: t('imports.col.allowed'),
            dataIndex: 'allowedValues',
            width: 260,
            render: (values: string[] | null) =>
              values ? values.join('、') : <Typography.Text type="secondary">—</Typography.Text>,
          },
          { title: t('imports.col.note'), dataIndex: 'note' },
        ]}
      />
      {info.dynamicPrefix && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {t('imports.dynamicColumns', { prefix: info.dynamicPrefix })}
        </Typography.Paragraph>
      )}
      <ul style={{ margin: '12px 0 0', paddingInlineStart: 20, color: 'rgba(0,0,0,0.65)' }}>
        {info.notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </>
  );
}
