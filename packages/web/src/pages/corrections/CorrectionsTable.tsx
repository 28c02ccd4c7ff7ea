import { Button, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import type { CorrectionRequest } from '../../api/registry.ts';
import { useT } from '../../app/i18n/LocaleContext.ts';
import { CorrectionStatusTag } from './CorrectionStatusTag.tsx';
import { subjectLabels } from './correction-labels.ts';
import type { Decision } from './DecisionModal.tsx';

type Props = {
  rows: CorrectionRequest[] | undefined;
  loading: boolean;
  /** Accept and reject buttons; left out when the list shows decided requests only. */
  onDecide?: (decision: Decision) => void;
};

/** Correction requests, oldest pending first; pending ones can be accepted or rejected. */
export function CorrectionsTable({ rows, loading, onDecide }: Props) {
  const t = useT();
  return (
    <Table<CorrectionRequest>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={rows}
      scroll={{ x: 1060 }}
      pagination={{ pageSize: 20, showTotal: (total) => t('common.total', { total }) }}
      locale={{ emptyText: t('corrections.empty') }}
      columns={[
        {
          title: t('corrections.col.createdAt'),
          dataIndex: 'createdAt',
          width: 140,
          render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm'),
        },
        {
          title: t('corrections.col.unit'),
          dataIndex: 'unitName',
          width: 210,
          render: (name: string, r) => (
            <>
              <Link to={`/registry/units/${r.unitId}`}>{name}</Link>
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('corrections.requestedBy', { name: r.requestedByName })}
                </Typography.Text>
              </div>
            </>
          ),
        },
        {
          title: t('corrections.col.subject'),
          dataIndex: 'subject',
          width: 100,
          render: (s: CorrectionRequest['subject']) => t(subjectLabels[s]),
        },
        { title: t('corrections.col.description'), dataIndex: 'description' },
        {
          title: t('corrections.col.status'),
          dataIndex: 'status',
          width: 80,
          render: (s: CorrectionRequest['status']) => <CorrectionStatusTag status={s} />,
        },
        {
          title: t('corrections.col.decisionNote'),
          dataIndex: 'decisionNote',
          width: 180,
          render: (note: string | null, r) =>
            note ? (
              <>
                {note}
                {r.decidedAt && (
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {dayjs(r.decidedAt).format('YYYY-MM-DD HH:mm')}
                    </Typography.Text>
                  </div>
                )}
              </>
            ) : (
              <Typography.Text type="secondary">—</Typography.Text>
            ),
        },
        ...(onDecide
          ? [
              {
                title: t('common.actions'),
                key: 'actions',
                width: 120,
                fixed: 'right' as const,
                render: (_: unknown, r: CorrectionRequest) =>
                  r.status === 'pending' ? (
                    <Space size={0}>
                      <Button
                        type="link"
                        size="small"
                        onClick={() => onDecide({ request: r, decision: 'accepted' })}
                      >
                        {t('corrections.accept')}
                      </Button>
                      <Button
                        type="link"
                        size="small"
                        danger
                        onClick={() => onDecide({ request: r, decision: 'rejected' })}
                      >
                        {t('corrections.reject')}
                      </Button>
                    </Space>
                  ) : null,
              },
            ]
          : []),
      ]}
    />
  );
}
