import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { queryKeys } from '../../../api/keys.ts';
import { type CorrectionRequest, listCorrections } from '../../../api/registry.ts';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';
import { CorrectionStatusTag } from '../../corrections/CorrectionStatusTag.tsx';
import { subjectLabels } from '../../corrections/correction-labels.ts';

/** The liaison's correction requests for this unit and what the office decided. */
export function UnitCorrections({ unitId }: { unitId: string }) {
  const t = useT();
  const errorText = useErrorText();
  const { data, isPending, error } = useQuery({
    queryKey: queryKeys.corrections(),
    queryFn: ({ signal }) => listCorrections(undefined, signal),
  });
  const rows = (data ?? []).filter((c) => c.unitId === unitId);

  return (
    <Card title={t('corrections.mine')} style={{ marginTop: 16 }}>
      {error && <Alert type="error" showIcon title={errorText(error)} style={{ marginBottom: 16 }} />}
      <Table<CorrectionRequest>
        rowKey="id"
        size="middle"
        loading={isPending}
        dataSource={rows}
        pagination={rows.length > 10 ? { pageSize: 10 } : false}
        locale={{ emptyText: t('corrections.noneMine') }}
        columns={[
          {
            title: t('corrections.col.createdAt'),
            dataIndex: 'createdAt',
            width: 150,
            render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm'),
          },
          {
            title: t('corrections.col.subject'),
            dataIndex: 'subject',
            width: 120,
            render: (s: CorrectionRequest['subject']) => t(subjectLabels[s]),
          },
          { title: t('corrections.col.description'), dataIndex: 'description' },
          {
            title: t('corrections.col.status'),
            dataIndex: 'status',
            width: 100,
            render: (s: CorrectionRequest['status']) => <CorrectionStatusTag status={s} />,
          },
          {
            title: t('corrections.col.decisionNote'),
            dataIndex: 'decisionNote',
            render: (note: string | null) => note ?? <Typography.Text type="secondary">—</Typography.Text>,
          },
        ]}
      />
    </Card>
  );
}
