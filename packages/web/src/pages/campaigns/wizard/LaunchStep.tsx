import { RocketOutlined } from '@ant-design/icons';
import { campaignStatuses } from '@bianping/core/campaigns/campaign-status';
import { Alert, Button, Descriptions, List, Popconfirm, Result, Space } from 'antd';
import { launchCampaign, transitionCampaign } from '../../../api/campaigns.ts';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { CampaignStatusTag } from '../CampaignTags.tsx';
import { useCampaignEdit } from '../useCampaign.ts';
import type { StepProps } from './PlanWizard.tsx';

/**
 * 确认发布: the launch check's problems (what blocks, what only warns) and the 发布 button; once
 * launched, the status and the moves the caller may make next.
 */
export function LaunchStep({ detail, editable }: StepProps) {
  const t = useT();
  const label = useLabel();
  const { campaign, launchCheck, nextStatuses, canEdit } = detail;
  const launch = useCampaignEdit(campaign.id, { successText: t('campaigns.launch.done') });
  const move = useCampaignEdit(campaign.id, { successText: t('campaigns.saved') });

  if (campaign.status !== 'draft') {
    return (
      <Result
        status="success"
        title={t('campaigns.launch.status', { status: label(campaignStatuses.labels[campaign.status]) })}
        subTitle={campaign.launchedAt ? new Date(campaign.launchedAt).toLocaleString() : undefined}
        extra={
          canEdit && (
            <Space>
              {nextStatuses.map((to) => (
                <Button
                  key={to}
                  loading={move.isPending && move.variables !== undefined}
                  onClick={() => move.mutate((version) => transitionCampaign(campaign.id, { version, to }))}
                >
                  → {label(campaignStatuses.labels[to])}
                </Button>
              ))}
            </Space>
          )
        }
      />
    );
  }

  const problems = launchCheck?.problems ?? [];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t('campaigns.field.status')}>
          <CampaignStatusTag status={campaign.status} />
        </Descriptions.Item>
        <Descriptions.Item label={t('campaigns.step.launch')}>
          {t('campaigns.launch.summary', {
            targets: campaign.targetCount,
            phases: campaign.phases.length,
            teams: campaign.teams.length,
          })}
        </Descriptions.Item>
      </Descriptions>
      {launchCheck?.canLaunch ? (
        <Alert type="success" showIcon title={t('campaigns.launch.ready')} />
      ) : (
        <Alert
          type="error"
          showIcon
          title={t('campaigns.launch.problems')}
          description={
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {(launchCheck?.blockers ?? []).map((b) => (
                <li key={b.zh}>{label(b)}</li>
              ))}
            </ul>
          }
        />
      )}
      {problems.length > 0 && (
        <List
          size="small"
          bordered
          dataSource={problems}
          renderItem={(p) => <List.Item key={`${p.code}-${p.field}`}>{label(p.message)}</List.Item>}
        />
      )}
      {editable && (
        <Popconfirm
          title={t('campaigns.launch.confirm')}
          onConfirm={() => launch.mutate((v) => launchCampaign(campaign.id, v))}
        >
          <Button
            type="primary"
            size="large"
            icon={<RocketOutlined />}
            disabled={!launchCheck?.canLaunch}
            loading={launch.isPending}
          >
            {t('campaigns.launch.button')}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
}
