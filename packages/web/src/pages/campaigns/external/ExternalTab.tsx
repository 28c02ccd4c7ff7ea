import { levelLabel } from '@bianping/core/campaigns/external';
import { externalRatingLevels } from '@bianping/core/campaigns/vocabulary';
import { Alert, Card, Skeleton, Space, Tag } from 'antd';
import type { CampaignDetail } from '../../../api/campaigns.ts';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';
import { AssignmentBuilder } from './AssignmentBuilder.tsx';
import { ExternalSheetsTable } from './ExternalSheetsTable.tsx';
import { ExternalTargetsTable } from './ExternalTargetsTable.tsx';
import { useExternalActions, useExternalOverview } from './useExternalOverview.ts';

/**
 * 外部评价 of a launched campaign (`?tab=external`): the assignment builder for officers, then the
 * sheet of each rater department and the ratings of each target.
 */
export function ExternalTab({ detail }: { detail: CampaignDetail }) {
  const t = useT();
  const label = useLabel();
  const errorText = useErrorText();
  const { campaign } = detail;
  const { data: overview, error, isPending } = useExternalOverview(campaign.id);
  const actions = useExternalActions(campaign.id, overview?.campaign.version ?? campaign.version);
  if (isPending) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );
  }
  if (error) return <Alert type="warning" showIcon title={errorText(error)} />;
  const open = overview.campaign.status === 'launched' || overview.campaign.status === 'collecting';
  return (
    <>
      <Space wrap style={{ marginBottom: 16 }}>
        {overview.window && (
          <Tag>{t('external.window', { start: overview.window.start, end: overview.window.end })}</Tag>
        )}
        {externalRatingLevels.codes.map((level) => (
          <Tag key={level}>{label(levelLabel(level, overview.mapping))}</Tag>
        ))}
      </Space>
      {overview.canManage && open && <AssignmentBuilder overview={overview} assign={actions.assign} />}
      <Card
        title={t('external.sheets.title')}
        size="small"
        style={{ marginBottom: 16 }}
        data-testid="external-sheets"
      >
        <ExternalSheetsTable
          sheets={overview.sheets}
          canManage={overview.canManage}
          giveBack={actions.giveBack}
        />
      </Card>
      <Card title={t('external.targets.title')} size="small" data-testid="external-targets">
        <ExternalTargetsTable overview={overview} actions={actions} />
      </Card>
    </>
  );
}
