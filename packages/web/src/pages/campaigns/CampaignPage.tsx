import { Button, Card, Result, Skeleton } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { isApiError } from '../../api/errors.ts';
import { useT } from '../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../app/i18n/useErrorText.ts';
import { CampaignTabs } from './dashboard/CampaignTabs.tsx';
import { useCampaign } from './useCampaign.ts';
import { PlanWizard } from './wizard/PlanWizard.tsx';

/**
 * One campaign (/campaigns/:id): the plan wizard while a draft; after launch the same steps
 * read-only beside the progress dashboard (`CampaignTabs`). A campaign out of the caller's scope
 * answers 404, as one that does not exist.
 */
export function CampaignPage() {
  const t = useT();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const { data: detail, error, isPending } = useCampaign(id);

  if (isPending) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 12 }} />
      </Card>
    );
  }
  if (error) {
    return (
      <Result
        status={isApiError(error, 'E_NOT_FOUND') ? '404' : 'warning'}
        title={t('error.loadFailed')}
        subTitle={errorText(error)}
        extra={<Button onClick={() => navigate('/campaigns')}>{t('campaigns.backToList')}</Button>}
      />
    );
  }
  // Once launched, the campaign has progress to follow beside its (read-only) plan.
  if (detail.campaign.status !== 'draft') return <CampaignTabs key={detail.campaign.id} detail={detail} />;
  return <PlanWizard key={detail.campaign.id} detail={detail} />;
}
