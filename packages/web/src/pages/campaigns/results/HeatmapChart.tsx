import { Card, Typography } from 'antd';
import { useMemo } from 'react';
import type { CampaignScores, ScoreRankingRow } from '../../../api/scoring.ts';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { Chart, type ChartOption } from '../../../components/Chart.tsx';
import './results-charts.ts';
import { columnKey, firstLevelColumns, heatmapCells } from './results-view.ts';

/** How many targets the heatmap draws (the best ranked of the filtered list); more would be unreadable. */
const MAX_ROWS = 30;
const ROW_HEIGHT = 22;

/** Targets × first-level indicators, each cell the points as a percentage of the indicator's full points. */
export function ScoreHeatmap({ scores, rows }: { scores: CampaignScores; rows: readonly ScoreRankingRow[] }) {
  const t = useT();
  const shown = useMemo(() => rows.slice(0, MAX_ROWS), [rows]);
  const option = useMemo<ChartOption>(() => {
    // Only the indicators of sets some shown target was scored on: other categories' sets stay out.
    const present = new Set(shown.flatMap((r) => r.firstLevel.map((f) => columnKey(f.setId, f.code))));
    const columns = firstLevelColumns(scores).filter((c) => present.has(c.key));
    return {
      tooltip: {
        formatter: (p: { value: [number, number, number] }) =>
          `${shown[p.value[1]]?.unitName ?? ''}<br/>${columns[p.value[0]]?.name ?? ''}: ${p.value[2]}%`,
      },
      grid: { left: 8, right: 16, top: 8, bottom: 64, containLabel: true },
      xAxis: {
        type: 'category',
        data: columns.map((c) => c.name),
        axisLabel: { interval: 0, rotate: 30, width: 90, overflow: 'truncate' },
      },
      yAxis: {
        type: 'category',
        inverse: true,
        data: shown.map((r) => r.unitName),
        axisLabel: { width: 140, overflow: 'truncate' },
      },
      visualMap: {
        min: 0,
        max: 100,
        calculable: true,
        orient: 'horizontal',
        left: 'center',
        bottom: 0,
        inRange: { color: ['#ff4d4f', '#fadb14', '#52c41a'] },
      },
      series: [
        {
          type: 'heatmap',
          data: heatmapCells(shown, columns),
          label: { show: columns.length <= 12, fontSize: 10 },
        },
      ],
    };
  }, [scores, shown]);
  return (
    <Card size="small" title={t('results.heatmap')}>
      {rows.length > MAX_ROWS && (
        <Typography.Text type="secondary">{t('results.heatmapTop', { n: MAX_ROWS })}</Typography.Text>
      )}
      <Chart
        option={option}
        height={Math.max(220, shown.length * ROW_HEIGHT + 120)}
        ariaLabel={t('results.heatmap')}
      />
    </Card>
  );
}
