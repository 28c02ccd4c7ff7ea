import { type WarningCode, warningCodes } from '@bianping/core/warnings';
import { useMemo } from 'react';
import { useLabel, useT } from '../../app/i18n/LocaleContext.ts';
import { Chart, type ChartOption } from '../../components/Chart.tsx';
import { severityColors } from './SeverityTag.tsx';
import { useWarningRules } from './useWarningRules.ts';

/** Live warnings per rule, W01…W13, each bar in its rule's colour. */
export function RuleChart({ counts }: { counts: Record<WarningCode, number> }) {
  const t = useT();
  const label = useLabel();
  const { byCode } = useWarningRules();
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 16, right: 16, top: 24, bottom: 8, containLabel: true },
      xAxis: {
        type: 'category',
        data: warningCodes.map((code) => {
          const rule = byCode.get(code);
          return rule ? `${code}\n${label(rule.name)}` : code;
        }),
        axisLabel: { interval: 0, width: 72, overflow: 'break', fontSize: 11 },
      },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          name: t('warnings.live'),
          type: 'bar',
          barMaxWidth: 32,
          data: warningCodes.map((code) => ({
            value: counts[code],
            itemStyle: { color: severityColors[byCode.get(code)?.severity ?? 'info'].hex },
          })),
          label: { show: true, position: 'top' },
        },
      ],
    }),
    [counts, byCode, label, t],
  );
  return <Chart option={option} height={320} ariaLabel={t('warnings.chartTitle')} />;
}
