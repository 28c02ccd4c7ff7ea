import type { UnitDetail } from '@bianping/core/registry';
import { staffingTypes } from '@bianping/core/registry/vocabulary';
import { useMemo } from 'react';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { Chart, type ChartOption } from '../../../components/Chart.tsx';

const OVER = '#cf1322';

/** 编制 against 实有 per staffing type; an 实有 bar above its quota turns red. */
export function StaffingChart({ staffing }: { staffing: UnitDetail['staffing'] }) {
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
        data: staffing.map((s) => label(staffingTypes.labels[s.staffingType])),
        axisLabel: { interval: 0 },
      },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          name: t('registry.quota'),
          type: 'bar',
          barMaxWidth: 40,
          data: staffing.map((s) => s.quota),
          label: { show: true, position: 'top' },
        },
        {
          name: t('registry.headcount'),
          type: 'bar',
          barMaxWidth: 40,
          data: staffing.map((s) => ({
            value: s.headcount,
            itemStyle: s.headcount > s.quota ? { color: OVER } : undefined,
          })),
          label: { show: true, position: 'top' },
        },
      ],
    }),
    [staffing, t, label],
  );
  return <Chart option={option} height={300} ariaLabel={t('registry.staffingChart')} />;
}
