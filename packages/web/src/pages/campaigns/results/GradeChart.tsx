import { campaignGrades } from '@bianping/core/campaigns/vocabulary';
import { Card } from 'antd';
import { useMemo } from 'react';
import type { CampaignScores } from '../../../api/scoring.ts';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { Chart, type ChartOption } from '../../../components/Chart.tsx';
import { gradeHex } from './results-view.ts';

/** 等级分布: one bar per grade, best first, zero counts included, each in its grade's colour. */
export function GradeChart({ distribution }: { distribution: CampaignScores['gradeDistribution'] }) {
  const t = useT();
  const label = useLabel();
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 16, right: 16, top: 16, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: distribution.map((d) => label(campaignGrades.labels[d.grade])) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          type: 'bar',
          name: t('results.count'),
          barMaxWidth: 56,
          label: { show: true, position: 'top' },
          data: distribution.map((d) => ({ value: d.count, itemStyle: { color: gradeHex[d.grade] } })),
        },
      ],
    }),
    [distribution, label, t],
  );
  return (
    <Card size="small" title={t('results.gradeDistribution')}>
      <Chart option={option} height={260} ariaLabel={t('results.gradeDistribution')} />
    </Card>
  );
}
