import type { PhaseWindow } from '@bianping/core/campaigns/phases';
import { campaignPhases } from '@bianping/core/campaigns/vocabulary';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { Chart, type ChartOption } from '../../../components/Chart.tsx';

const DAY = 86_400_000;

/**
 * The timetable as a simple Gantt chart: one bar per phase from its start to its end day. Drawn as
 * stacked bars on a day axis (an invisible offset, then the duration), which the bar chart
 * already registered in Chart.tsx can do.
 */
export function PhaseGantt({ phases }: { phases: readonly PhaseWindow[] }) {
  const t = useT();
  const label = useLabel();
  const option = useMemo<ChartOption>(() => {
    const origin = Math.min(...phases.map((w) => dayjs(w.start).valueOf()));
    const dayOf = (iso: string) => Math.round((dayjs(iso).valueOf() - origin) / DAY);
    const names = phases.map((w) => label(campaignPhases.labels[w.phase]));
    return {
      grid: { left: 100, right: 24, top: 16, bottom: 32 },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        formatter: (items: { dataIndex: number }[]) => {
          const w = phases[items[0]?.dataIndex ?? 0];
          return w ? `${names[items[0]?.dataIndex ?? 0]}<br/>${w.start} – ${w.end}` : '';
        },
      },
      xAxis: {
        type: 'value',
        axisLabel: { formatter: (d: number) => dayjs(origin + d * DAY).format('MM-DD') },
      },
      yAxis: { type: 'category', inverse: true, data: names },
      series: [
        {
          type: 'bar',
          stack: 'gantt',
          itemStyle: { color: 'transparent' },
          data: phases.map((w) => dayOf(w.start)),
        },
        {
          type: 'bar',
          stack: 'gantt',
          itemStyle: { color: '#1677ff', borderRadius: 3 },
          // Both ends are whole days inclusive, so a one-day phase still shows a bar.
          data: phases.map((w) => dayOf(w.end) - dayOf(w.start) + 1),
        },
      ],
    };
  }, [phases, label]);
  if (phases.length === 0) return null;
  return <Chart option={option} height={48 + phases.length * 36} ariaLabel={t('campaigns.phases.chart')} />;
}
