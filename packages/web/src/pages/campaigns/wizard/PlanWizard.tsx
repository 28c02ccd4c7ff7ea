import { DeleteOutlined, FileTextOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Popconfirm, Steps } from 'antd';
import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { CampaignDetail } from '../../../api/campaigns.ts';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import type { MessageKey } from '../../../app/i18n/zh.ts';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { CampaignStatusTag, CampaignTypeTag } from '../CampaignTags.tsx';
import { useDeleteCampaign } from '../useDeleteCampaign.ts';
import { BasicsStep } from './BasicsStep.tsx';
import { LaunchStep } from './LaunchStep.tsx';
import { PhasesStep } from './PhasesStep.tsx';
import { TargetsStep } from './TargetsStep.tsx';
import { TeamsStep } from './TeamsStep.tsx';
import { WeightsStep } from './WeightsStep.tsx';

/** What every step gets: the campaign as loaded and whether its plan may still change. */
export type StepProps = { detail: CampaignDetail; editable: boolean };

const steps: { key: string; title: MessageKey; render: (p: StepProps) => ReactNode }[] = [
  { key: 'basics', title: 'campaigns.step.basics', render: (p) => <BasicsStep {...p} /> },
  { key: 'targets', title: 'campaigns.step.targets', render: (p) => <TargetsStep {...p} /> },
  { key: 'phases', title: 'campaigns.step.phases', render: (p) => <PhasesStep {...p} /> },
  { key: 'weights', title: 'campaigns.step.weights', render: (p) => <WeightsStep {...p} /> },
  { key: 'teams', title: 'campaigns.step.teams', render: (p) => <TeamsStep {...p} /> },
  { key: 'launch', title: 'campaigns.step.launch', render: (p) => <LaunchStep {...p} /> },
];

/**
 * 制定方案 as antd Steps: 基本信息 → 评估对象 → 阶段安排 → 权重与等次 → 评估组 → 确认发布. Any step
 * can be opened directly (the plan is saved per section, not at the end); the open step is in the
 * address bar. After launch the steps stay for reading and the last one shows the status.
 */
export function PlanWizard({ detail }: { detail: CampaignDetail }) {
  const t = useT();
  const { campaign, canEdit } = detail;
  const isDraft = campaign.status === 'draft';
  const editable = canEdit && isDraft;
  const [params, setParams] = useSearchParams();
  const fallback = isDraft ? 0 : steps.length - 1;
  const found = steps.findIndex((s) => s.key === params.get('step'));
  const current = found === -1 ? fallback : found;
  const go = (index: number) => setParams({ step: steps[index]?.key ?? 'basics' }, { replace: true });
  const remove = useDeleteCampaign(detail);
  const step = steps[current] ?? steps[0];

  return (
    <>
      <PageHeader
        title={campaign.name}
        subtitle={
          <Flex gap={8} align="center" component="span">
            <CampaignTypeTag type={campaign.type} />
            <CampaignStatusTag status={campaign.status} />
            {campaign.year}
          </Flex>
        }
        extra={
          <>
            <Link to={`/campaigns/${campaign.id}/plan`}>
              <Button icon={<FileTextOutlined />}>{t('campaigns.viewPlan')}</Button>
            </Link>
            {editable && (
              <Popconfirm
                title={t('campaigns.delete.confirm', { name: campaign.name })}
                onConfirm={() => remove.mutate()}
              >
                <Button danger icon={<DeleteOutlined />} loading={remove.isPending}>
                  {t('campaigns.delete')}
                </Button>
              </Popconfirm>
            )}
          </>
        }
      />
      {!isDraft && (
        <Alert type="info" showIcon title={t('campaigns.readOnly')} style={{ marginBottom: 16 }} />
      )}
      <Card>
        <Steps
          current={current}
          onChange={go}
          size="small"
          items={steps.map((s) => ({ title: t(s.title) }))}
          style={{ marginBottom: 24 }}
        />
        {step?.render({ detail, editable })}
        <Flex justify="space-between" style={{ marginTop: 24 }}>
          <Button disabled={current === 0} onClick={() => go(current - 1)}>
            {t('campaigns.prev')}
          </Button>
          <Button disabled={current === steps.length - 1} onClick={() => go(current + 1)}>
            {t('campaigns.next')}
          </Button>
        </Flex>
      </Card>
    </>
  );
}
