import { CalculatorOutlined } from '@ant-design/icons';
import { campaignGrades } from '@bianping/core/campaigns/vocabulary';
import { unitCategories } from '@bianping/core/registry/vocabulary';
import { Alert, Button, Card, Col, Empty, Flex, Row, Select, Skeleton } from 'antd';
import { useMemo, useState } from 'react';
import type { CampaignDetail } from '../../../api/campaigns.ts';
import { downloadScores } from '../../../api/scoring.ts';
import { holdsRole, useMe } from '../../../app/auth/useMe.ts';
import { useLabel, useLocale, useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';
import { DownloadButton } from '../../../components/DownloadButton.tsx';
import { JobProgress } from '../../../components/JobProgress.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { vocabularyOptions } from '../../../components/vocabulary-options.ts';
import { ConsistencyCard } from './ConsistencyCard.tsx';
import { FuzzyCard } from './FuzzyCard.tsx';
import { GradeChart } from './GradeChart.tsx';
import { ScoreHeatmap } from './HeatmapChart.tsx';
import { LensCard } from './LensCard.tsx';
import { RadarCard } from './RadarCard.tsx';
import { RankingTable } from './RankingTable.tsx';
import { consistencyReaders, scoreRunners } from './results-roles.ts';
import { filterRows, type RankingFilter } from './results-view.ts';
import { useCampaignScores, useRescore } from './useResults.ts';

/**
 * 综合评定 of a launched campaign: when it was computed (and whether an entry changed since), 重新计算
 * for officers with the job's progress, the ranking with filters, the grade distribution, the
 * heatmap and the radar, the lenses and, for officers, the rater consistency.
 */
export function ResultsTab({ detail }: { detail: CampaignDetail }) {
  const t = useT();
  const label = useLabel();
  const { lang } = useLocale();
  const errorText = useErrorText();
  const { data: me } = useMe();
  const { campaign } = detail;
  const { data: scores, error, isPending, isFetching } = useCampaignScores(campaign.id);
  const rescore = useRescore(campaign.id);
  const [filter, setFilter] = useState<RankingFilter>({});
  const rows = useMemo(() => (scores ? filterRows(scores.rows, filter) : []), [scores, filter]);

  const canRun = holdsRole(me, scoreRunners) && campaign.status !== 'closed';
  const scored = Boolean(scores?.computedAt);
  const header = (
    <PageHeader
      title={t('results.title')}
      subtitle={
        scores?.computedAt
          ? t('results.computedAt', {
              at: new Date(scores.computedAt).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US'),
            })
          : undefined
      }
      extra={
        <>
          {scored && (
            <DownloadButton download={() => downloadScores(campaign.id, lang)}>
              {t('results.export')}
            </DownloadButton>
          )}
          {canRun && (
            <Button
              type="primary"
              icon={<CalculatorOutlined />}
              loading={rescore.running}
              onClick={rescore.start}
            >
              {t('results.rescore')}
            </Button>
          )}
        </>
      }
    />
  );
  const progress = rescore.runId && (
    <Card size="small">
      <JobProgress run={rescore.run} title={t('results.rescoreTitle')} />
    </Card>
  );

  if (isPending) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );
  }
  if (error || !scores) return <Alert type="warning" showIcon title={errorText(error)} />;
  if (!scored) {
    return (
      <>
        {header}
        <Flex vertical gap={16}>
          {progress}
          <Empty description={t(canRun ? 'results.neverScoredRun' : 'results.neverScored')} />
        </Flex>
      </>
    );
  }
  return (
    <>
      {header}
      <Flex vertical gap={16}>
        {progress}
        {scores.stale && <Alert type="warning" showIcon title={t('results.stale')} />}
        <Card size="small" title={t('results.ranking')}>
          <Flex vertical gap={12}>
            <Flex gap={8} wrap>
              <Select
                allowClear
                style={{ width: 180 }}
                placeholder={t('results.filterCategory')}
                aria-label={t('results.filterCategory')}
                value={filter.category}
                onChange={(category) => setFilter((f) => ({ ...f, category }))}
                options={vocabularyOptions(unitCategories, label).filter((o) =>
                  scores.rows.some((r) => r.category === o.value),
                )}
              />
              <Select
                allowClear
                style={{ width: 140 }}
                placeholder={t('results.filterGrade')}
                aria-label={t('results.filterGrade')}
                value={filter.grade}
                onChange={(grade) => setFilter((f) => ({ ...f, grade }))}
                options={vocabularyOptions(campaignGrades, label)}
              />
            </Flex>
            <RankingTable
              campaignId={campaign.id}
              rows={rows}
              fullMark={campaign.grading.fullMark}
              loading={isFetching}
            />
          </Flex>
        </Card>
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={10}>
            <GradeChart distribution={scores.gradeDistribution} />
          </Col>
          <Col xs={24} lg={14}>
            <RadarCard scores={scores} />
          </Col>
        </Row>
        <ScoreHeatmap scores={scores} rows={rows} />
        <LensCard campaignId={campaign.id} />
        <FuzzyCard campaignId={campaign.id} rows={scores.rows} />
        {holdsRole(me, consistencyReaders) && <ConsistencyCard campaignId={campaign.id} />}
      </Flex>
    </>
  );
}
