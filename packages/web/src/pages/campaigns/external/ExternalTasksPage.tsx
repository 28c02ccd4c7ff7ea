import { isPhaseEditable } from '@bianping/core/campaigns/target-phase';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Progress, Table, Tooltip } from 'antd';
import { useNavigate } from 'react-router';
import { type ExternalAssigned, externalKeys, listExternalAssigned } from '../../../api/external.ts';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { SelfStateTag } from '../self-assessment/SelfStateTag.tsx';
import { externalSheetPath } from './external-path.ts';

/**
 * 外部评价任务 (/external): the campaigns in which the rater's department has assignments, with the
 * sheet's state, progress and deadline; 评价 opens the sheet. The year column drops out below `md`.
 */
export function ExternalTasksPage() {
  const t = useT();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const { data, error, isFetching } = useQuery({
    queryKey: externalKeys.assigned,
    queryFn: ({ signal }) => listExternalAssigned(signal),
  });
  return (
    <>
      <PageHeader title={t('external.tasks')} subtitle={t('external.tasksSubtitle')} />
      <Card>
        {error && <Alert type="error" showIcon title={errorText(error)} style={{ marginBottom: 16 }} />}
        <Table<ExternalAssigned>
          rowKey="campaignId"
          loading={isFetching}
          dataSource={data?.items}
          pagination={{ defaultPageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: t('external.tasksEmpty') }}
          columns={[
            { title: t('campaigns.field.name'), dataIndex: 'campaignName' },
            { title: t('campaigns.field.year'), dataIndex: 'year', width: 80, responsive: ['md'] },
            {
              title: t('external.state'),
              dataIndex: 'state',
              width: 100,
              render: (_, r) =>
                r.state === 'returned' && r.returnedReason ? (
                  <Tooltip title={r.returnedReason}>
                    <span>
                      <SelfStateTag state={r.state} />
                    </span>
                  </Tooltip>
                ) : (
                  <SelfStateTag state={r.state} />
                ),
            },
            {
              title: t('external.progress'),
              key: 'progress',
              width: 160,
              render: (_, r) => (
                <Progress
                  size="small"
                  percent={r.total ? Math.round((r.graded / r.total) * 100) : 0}
                  format={() => `${r.graded} / ${r.total}`}
                />
              ),
            },
            {
              title: t('external.deadline'),
              dataIndex: 'deadline',
              width: 110,
              render: (d: string | null) => d ?? '—',
            },
            {
              title: t('common.actions'),
              key: 'actions',
              width: 80,
              render: (_, r) => (
                <Button type="link" size="small" onClick={() => navigate(externalSheetPath(r.campaignId))}>
                  {isPhaseEditable(r.state) ? t('external.open') : t('campaigns.self.view')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}
