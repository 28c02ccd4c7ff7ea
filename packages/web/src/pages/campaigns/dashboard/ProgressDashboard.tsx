import type { CampaignPhase } from '@bianping/core/campaigns/vocabulary';
import { Alert, Card, Empty, Flex, Skeleton } from 'antd';
import { useMemo, useState } from 'react';
import type { CampaignDetail } from '../../../api/campaigns.ts';
import { holdsRole, useMe } from '../../../app/auth/useMe.ts';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { PhaseProgressChart } from './PhaseProgressChart.tsx';
import { PhaseSummaryCards } from './PhaseSummaryCards.tsx';
import { ProgressActions } from './ProgressActions.tsx';
import { ProgressFilters } from './ProgressFilters.tsx';
import { ProgressTable } from './ProgressTable.tsx';
import { progressReminders } from './progress-roles.ts';
import { filterTargets, type ProgressFilter, summarisePhase } from './progress-view.ts';
import { useProgress } from './useProgress.ts';

/**
 * 评估进度 of a launched campaign: a card per phase (done / in progress / not started / overdue),
 * the states per phase as a stacked bar chart, and the targets × phases table with filters;
 * export for every reader, 催办 for officers.
 */
export function ProgressDashboard({ detail }: { detail: CampaignDetail }) {
  const t = useT();
  const errorText = useErrorText();
  const { data: me } = useMe();
  const { campaign } = detail;
  const { data: progress, error, isPending, isFetching } = useProgress(campaign.id);
  const [filter, setFilter] = useState<ProgressFilter>({ onlyOverdue: false });

  const view = useMemo(() => {
    if (!progress) return null;
    const dueDates = new Map<string, string>(campaign.phases.map((w) => [w.phase, w.end]));
    const shownPhases: CampaignPhase[] = filter.phase ? [filter.phase] : progress.phases.map((p) => p.phase);
    return {
      summaries: progress.phases.map(summarisePhase),
      dueDates,
      shownPhases,
      targets: filterTargets(progress, filter),
    };
  }, [progress, filter, campaign.phases]);

  const header = (
    <PageHeader
      title={campaign.name}
      subtitle={progress ? t('campaigns.progress.subtitle', { today: progress.today }) : undefined}
      extra={<ProgressActions campaignId={campaign.id} canRemind={holdsRole(me, progressReminders)} />}
    />
  );
  if (isPending) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );
  }
  if (error || !progress || !view) return <Alert type="warning" showIcon title={errorText(error)} />;
  if (progress.phases.length === 0) {
    return (
      <>
        {header}
        <Empty description={t('campaigns.progress.noPhases')} />
      </>
    );
  }
  return (
    <>
      {header}
      <Flex vertical gap={16}>
        <PhaseSummaryCards summaries={view.summaries} dueDates={view.dueDates} />
        <PhaseProgressChart phases={progress.phases} />
        <Card size="small" title={t('campaigns.progress.title')}>
          <Flex vertical gap={12}>
            <ProgressFilters progress={progress} value={filter} onChange={setFilter} />
            <ProgressTable targets={view.targets} phases={view.shownPhases} loading={isFetching} />
          </Flex>
        </Card>
      </Flex>
    </>
  );
}
