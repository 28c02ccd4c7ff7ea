import { useMemo } from 'react';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { Chart, type ChartOption } from '../../../components/Chart.tsx';
import { perHead, type WorkloadSeries } from './workload-series.ts';

type Props = {
  series: WorkloadSeries;
  /** The measures to draw (the workload measures, or the budget alone). */
  measures: string[];
  measureName: (measure: string) => string;
  ariaLabel: string;
};

const palette = ['#1d5fbf', '#13a8a8', '#722ed1', '#d48806', '#52a447'];

/** Each measure over the years as bars, and per head (÷ that year's 实有人数) as a line on the right axis. */
export function WorkloadChart({ series, measures, measureName, ariaLabel }: Props) {
  const t = useT();
  const option = useMemo<ChartOption>(
    () => ({
      color: palette,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 16, right: 16, top: 40, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: series.years.map(String) },
      yAxis: [
        { type: 'value', name: t('registry.workload.value') },
        { type: 'value', name: t('registry.workload.perHead'), splitLine: { show: false } },
      ],
      series: measures.flatMap((measure, i) => [
        {
          name: measureName(measure),
          type: 'bar',
          barMaxWidth: 28,
          itemStyle: { color: palette[i % palette.length] },
          data: series.years.map((year) => series.value(year, measure)),
        },
        {
          name: t('registry.workload.perHeadOf', { measure: measureName(measure) }),
          type: 'line',
          yAxisIndex: 1,
          smooth: true,
          symbolSize: 7,
          lineStyle: { type: 'dashed' },
          itemStyle: { color: palette[(i + 3) % palette.length] },
          data: series.years.map((year) => perHead(series.value(year, measure), series.headcountOf(year))),
        },
      ]),
    }),
    [series, measures, measureName, t],
  );
  return <Chart option={option} height={320} ariaLabel={ariaLabel} />;
}
