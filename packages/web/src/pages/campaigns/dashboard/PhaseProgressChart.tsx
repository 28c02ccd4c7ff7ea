import { targetPhaseStates } from '@bianping/core/campaigns/target-phase';
import { campaignPhases } from '@bianping/core/campaigns/vocabulary';
import { Card } from 'antd';
import { useMemo } from 'react';
import type { PhaseCounts } from '../../../api/campaign-progress.ts';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { Chart, type ChartOption } from '../../../components/Chart.tsx';

/** Greys for not yet, blues for under way, orange for returned, greens for finished. */
const stateColors: Record<(typeof targetPhaseStates.codes)[number], string> = {
  notStarted: '#bfbfbf',
  inProgress: '#69b1ff',
  submitted: '#1677ff',
  returned: '#fa8c16',
  reviewed: '#52c41a',
  rated: '#389e0d',
  closed: '#237804',
};

/** A stacked bar per phase: how many targets are in each state. */
export function PhaseProgressChart({ phases }: { phases: PhaseCounts[] }) {
  const t = useT();
  const label = useLabel();
  const option = useMemo<ChartOption>(() => {
    // Only states some phase uses, so the legend stays short.
    const used = targetPhaseStates.codes.filter((s) => phases.some((p) => (p.counts[s] ?? 0) > 0));
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 16, right: 16, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: phases.map((p) => label(campaignPhases.labels[p.phase])) },
      yAxis: { type: 'value', minInterval: 1 },
      series: used.map((state) => ({
        name: label(targetPhaseStates.labels[state]),
        type: 'bar',
        stack: 'state',
        barMaxWidth: 48,
        itemStyle: { color: stateColors[state] },
        data: phases.map((p) => p.counts[state] ?? 0),
      })),
    };
  }, [phases, label]);
  return (
    <Card size="small" title={t('campaigns.progress.chart')}>
      <Chart option={option} height={280} ariaLabel={t('campaigns.progress.chartLabel')} />
    </Card>
  );
}
