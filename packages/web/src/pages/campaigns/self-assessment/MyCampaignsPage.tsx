import { isPhaseEditable } from '@bianping/core/campaigns/target-phase';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Table, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { queryKeys } from '../../../api/keys.ts';
import { listMyCampaigns, type MyCampaign } from '../../../api/self-assessment.ts';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { CampaignStatusTag } from '../CampaignTags.tsx';
import { SelfStateTag } from './SelfStateTag.tsx';
import { selfAssessmentPath } from './self-path.ts';

/** 我的评估 (/campaigns/mine): the campaigns in which the user's unit is assessed; 填报 opens the form. */
export function MyCampaignsPage() {
  const t = useT();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const { data, error, isFetching } = useQuery({
    queryKey: queryKeys.myCampaigns,
    queryFn: ({ signal }) => listMyCampaigns(signal),
  });
  return (
    <>
      <PageHeader title={t('campaigns.self.mine')} subtitle={t('campaigns.self.mineSubtitle')} />
      <Card>
        {error && <Alert type="error" showIcon title={errorText(error)} style={{ marginBottom: 16 }} />}
        <Table<MyCampaign>
          rowKey={(r) => `${r.campaignId}|${r.unitId}`}
          loading={isFetching}
          dataSource={data?.items}
          pagination={false}
          locale={{ emptyText: t('campaigns.self.mineEmpty') }}
          columns={[
            { title: t('campaigns.field.name'), dataIndex: 'name', minWidth: 220 },
            { title: t('campaigns.field.year'), dataIndex: 'year', width: 80 },
            {
              title: t('campaigns.field.status'),
              dataIndex: 'status',
              width: 110,
              render: (s: MyCampaign['status']) => <CampaignStatusTag status={s} />,
            },
            { title: t('campaigns.targets.unit'), dataIndex: 'unitName', minWidth: 160 },
            {
              title: t('campaigns.self.state'),
              key: 'state',
              width: 220,
              render: (_, r) => (
                <>
                  <SelfStateTag state={r.selfState} />
                  {r.selfState === 'returned' && r.returnedReason && (
                    <Typography.Text
                      type="warning"
                      ellipsis={{ tooltip: r.returnedReason }}
                      style={{ maxWidth: 140 }}
                    >
                      {r.returnedReason}
                    </Typography.Text>
                  )}
                </>
              ),
            },
            {
              title: t('campaigns.self.deadlineCol'),
              dataIndex: 'deadline',
              width: 120,
              render: (d: string | null) => d ?? '—',
            },
            {
              title: t('common.actions'),
              key: 'actions',
              width: 100,
              render: (_, r) => (
                <Button
                  type="link"
                  size="small"
                  onClick={() => navigate(selfAssessmentPath(r.campaignId, r.unitId))}
                >
                  {isPhaseEditable(r.selfState) ? t('campaigns.self.fill') : t('campaigns.self.view')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}
