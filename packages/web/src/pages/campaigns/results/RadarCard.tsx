import { Card, Empty, Select } from 'antd';
import { useMemo, useState } from 'react';
import type { CampaignScores } from '../../../api/scoring.ts';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { Chart, type ChartOption } from '../../../components/Chart.tsx';
import './results-charts.ts';
import { radarSeries } from './results-view.ts';

/** A chosen target against the campaign average, per first-level indicator (percent of full points). */
export function RadarCard({ scores }: { scores: CampaignScores }) {
  const t = useT();
  const [unitId, setUnitId] = useState<string | undefined>(scores.rows[0]?.unitId);
  const row = scores.rows.find((r) => r.unitId === unitId);
  const option = useMemo<ChartOption | null>(() => {
    if (!row) return null;
    const { axes, target, average } = radarSeries(scores, row);
    if (axes.length < 3) return null;
    return {
      tooltip: {},
      legend: { bottom: 0 },
      radar: { indicator: axes.map((a) => ({ name: a.name, max: 100 })), radius: '62%' },
      series: [
        {
          type: 'radar',
          data: [
            { name: row.unitName, value: target, areaStyle: { opacity: 0.2 } },
            { name: t('results.average'), value: average, lineStyle: { type: 'dashed' } },
          ],
        },
      ],
    };
  }, [scores, row, t]);
  return (
    <Card
      size="small"
      title={t('results.radar')}
      extra={
        <Select
          showSearch
          optionFilterProp="label"
          style={{ width: 220 }}
          aria-label={t('results.radarTarget')}
          value={unitId}
          onChange={setUnitId}
          options={scores.rows.map((r) => ({ value: r.unitId, label: r.unitName }))}
        />
      }
    >
      {option ? (
        <Chart option={option} height={320} ariaLabel={t('results.radar')} />
      ) : (
        <Empty description={t('results.radarEmpty')} />
      )}
    </Card>
  );
}
