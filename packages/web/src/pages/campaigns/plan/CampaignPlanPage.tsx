import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { campaignTypes } from '@bianping/core/campaigns/vocabulary';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Flex, Result, Skeleton } from 'antd';
import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { getCampaignPlan } from '../../../api/campaigns.ts';
import { isApiError } from '../../../api/errors.ts';
import { queryKeys } from '../../../api/keys.ts';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';
import {
  IndicatorsSection,
  PhasesSection,
  ScoringSection,
  TargetsSection,
  TeamsSection,
} from './PlanSections.tsx';
import { planTitle } from './plan-title.ts';
import '../../../components/official-sheet.css';
import './plan.css';

/**
 * 评估工作方案 (/campaigns/:id/plan): the plan as a document to print and file. Printing hides the
 * menu, header and buttons (components/official-sheet.css), leaving the sheet alone.
 */
export function CampaignPlanPage() {
  const t = useT();
  const label = useLabel();
  const errorText = useErrorText();
  const { id = '' } = useParams();
  const {
    data: plan,
    error,
    isPending,
  } = useQuery({
    queryKey: queryKeys.campaignPlan(id),
    queryFn: ({ signal }) => getCampaignPlan(id, signal),
  });
  const title = plan ? planTitle(plan.campaign.name, t) : '';
  useEffect(() => {
    if (title) document.title = `${title} - ${t('app.title')}`;
  }, [title, t]);

  if (isPending) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 16 }} />
      </Card>
    );
  }
  if (error) {
    return (
      <Result
        status={isApiError(error, 'E_NOT_FOUND') ? '404' : 'warning'}
        title={t('error.loadFailed')}
        subTitle={errorText(error)}
        extra={
          <Link to="/campaigns">
            <Button>{t('campaigns.backToList')}</Button>
          </Link>
        }
      />
    );
  }
  const { campaign } = plan;
  return (
    <>
      <Flex justify="space-between" className="bp-no-print" style={{ marginBottom: 16 }}>
        <Link to={`/campaigns/${campaign.id}`}>
          <Button icon={<ArrowLeftOutlined />}>{t('campaigns.plan.back')}</Button>
        </Link>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('campaigns.plan.print')}
        </Button>
      </Flex>
      <article className="bp-official-sheet bp-plan-sheet" aria-label={title}>
        <h1>{title}</h1>
        <div className="bp-plan-meta">
          {t('campaigns.plan.meta', {
            year: campaign.year,
            type: label(campaignTypes.labels[campaign.type]),
            region: campaign.regionName,
          })}
        </div>
        {campaign.description && <p>{campaign.description}</p>}
        <TargetsSection plan={plan} />
        <IndicatorsSection plan={plan} />
        <PhasesSection plan={plan} />
        <ScoringSection plan={plan} />
        <TeamsSection plan={plan} />
      </article>
    </>
  );
}
