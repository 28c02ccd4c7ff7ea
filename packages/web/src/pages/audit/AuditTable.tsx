import type { AuditEntry } from '@bianping/core/audit';
import { Table, Typography } from 'antd';
import dayjs from 'dayjs';
import type { AuditPage } from '../../api/audit.ts';
import { useLabel, useT } from '../../app/i18n/LocaleContext.ts';
import { serverPagination } from '../../components/server-pagination.ts';
import { AuditDiff } from './AuditDiff.tsx';
import { auditPageSizes } from './audit-filters.ts';
import { actionLabels, entityTypeLabels } from './audit-labels.ts';

type Props = {
  data: AuditPage | undefined;
  loading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
};

export function AuditTable({ data, loading, onPageChange }: Props) {
  const t = useT();
  const label = useLabel();
  return (
    <Table<AuditEntry>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={data?.items}
      scroll={{ x: 960 }}
      locale={{ emptyText: t('audit.empty') }}
      expandable={{ expandedRowRender: (entry) => <AuditDiff entry={entry} /> }}
      pagination={serverPagination(data, onPageChange, t, { pageSize: 50, pageSizeOptions: auditPageSizes })}
      columns={[
        { title: '#', dataIndex: 'id', width: 80 },
        {
          title: t('audit.at'),
          dataIndex: 'at',
          width: 180,
          render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm:ss'),
        },
        {
          title: t('audit.actor'),
          dataIndex: 'actorName',
          width: 140,
          render: (name: string | null) =>
            name ?? <Typography.Text type="secondary">{t('audit.system')}</Typography.Text>,
        },
        {
          title: t('audit.action'),
          dataIndex: 'action',
          render: (action: string) => {
            const text = actionLabels[action];
            return text ? (
              <>
                {label(text)}{' '}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {action}
                </Typography.Text>
              </>
            ) : (
              action
            );
          },
        },
        {
          title: t('audit.entityType'),
          dataIndex: 'entityType',
          width: 120,
          render: (type: string) => {
            const text = entityTypeLabels[type];
            return text ? label(text) : type;
          },
        },
        {
          title: t('audit.entityId'),
          dataIndex: 'entityId',
          width: 200,
          ellipsis: true,
          render: (id: string | null) =>
            id ? (
              <Typography.Text copyable={{ text: id }} style={{ fontSize: 12 }}>
                {id.length > 13 ? `${id.slice(0, 8)}…` : id}
              </Typography.Text>
            ) : (
              '—'
            ),
        },
      ]}
    />
  );
}
