import { unitKinds } from '@bianping/core/registry/vocabulary';
import { useMemo } from 'react';
import { useLabel, useT } from '../../app/i18n/LocaleContext.ts';
import { Chart, type ChartOption } from '../../components/Chart.tsx';
import type { KindRow } from './overview-totals.ts';

/** 编制 against 实有 for each kind of unit, side by side. */
export function OverviewChart({ rows }: { rows: KindRow[] }) {
  const t = useT();
  const label = useLabel();
  const option = useMemo<ChartOption>(
    () => ({
      color: ['#1d5fbf', '#52a447'],
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 16, right: 16, top: 40, bottom: 8, containLabel: true },
      xAxis: {
        type: 'category',
        data: rows.map((r) => label(unitKinds.labels[r.kind])),
        axisLabel: { interval: 0, width: 120, overflow: 'break' },
      },
      yAxis: { type: 'value' },
      series: [
        {
          name: t('home.quota'),
          type: 'bar',
          barMaxWidth: 36,
          data: rows.map((r) => r.quota),
          label: { show: true, position: 'top' },
        },
        {
          name: t('home.headcount'),
          type: 'bar',
          barMaxWidth: 36,
          data: rows.map((r) => r.headcount),
          label: { show: true, position: 'top' },
        },
      ],
    }),
    [rows, t, label],
  );
  return <Chart option={option} height={360} ariaLabel={t('home.chartTitle')} />;
}
