import { isPhaseEditable } from '@bianping/core/campaigns/target-phase';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Table, Tag } from 'antd';
import { useNavigate } from 'react-router';
import { queryKeys } from '../../../api/keys.ts';
import { type AssignedTarget, listAssignedTargets } from '../../../api/onsite.ts';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { SelfStateTag } from '../self-assessment/SelfStateTag.tsx';
import { onsitePath } from './onsite-path.ts';

/**
 * 我的评估任务 (/campaigns/assigned): the targets of the evaluator's teams; 评估 opens the on-site
 * review. Secondary columns drop out below `md`, so a portrait tablet needs no sideways scroll.
 */
export function AssignedTargetsPage() {
  const t = useT();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const { data, error, isFetching } = useQuery({
    queryKey: queryKeys.assignedTargets,
    queryFn: ({ signal }) => listAssignedTargets(signal),
  });
  return (
    <>
      <PageHeader title={t('campaigns.onsite.tasks')} subtitle={t('campaigns.onsite.tasksSubtitle')} />
      <Card>
        {error && <Alert type="error" showIcon title={errorText(error)} style={{ marginBottom: 16 }} />}
        <Table<AssignedTarget>
          rowKey={(r) => `${r.campaignId}|${r.unitId}`}
          loading={isFetching}
          dataSource={data?.items}
          pagination={false}
          locale={{ emptyText: t('campaigns.onsite.tasksEmpty') }}
          columns={[
            { title: t('campaigns.targets.unit'), dataIndex: 'unitName' },
            { title: t('campaigns.field.name'), dataIndex: 'campaignName', responsive: ['md'] },
            {
              title: t('campaigns.onsite.teamCol'),
              key: 'team',
              width: 110,
              responsive: ['lg'],
              render: (_, r) => (
                <>
                  {t('campaigns.onsite.team', { no: r.teamNo })}
                  {r.isLeader && (
                    <Tag color="gold" style={{ marginInlineStart: 4 }}>
                      {t('campaigns.onsite.leader')}
                    </Tag>
                  )}
                </>
              ),
            },
            {
              title: t('campaigns.onsite.state'),
              dataIndex: 'onsiteState',
              width: 100,
              render: (s: AssignedTarget['onsiteState']) => <SelfStateTag state={s} />,
            },
            {
              title: t('campaigns.onsite.deadlineCol'),
              dataIndex: 'deadline',
              width: 110,
              responsive: ['md'],
              render: (d: string | null) => d ?? '—',
            },
            {
              title: t('common.actions'),
              key: 'actions',
              width: 80,
              render: (_, r) => (
                <Button type="link" size="small" onClick={() => navigate(onsitePath(r.campaignId, r.unitId))}>
                  {isPhaseEditable(r.onsiteState) ? t('campaigns.onsite.open') : t('campaigns.self.view')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}
