import type { DeaResponse } from '@bianping/core/analytics/efficiency-api';
import { Card, Flex, Select } from 'antd';
import { useMemo, useState } from 'react';
import { useT } from '../../app/i18n/LocaleContext.ts';
import { Chart, type ChartOption } from '../../components/Chart.tsx';
import { inputLabelKey } from './PeerGroupFields.tsx';

/**
 * Two chosen figures of every compared unit (by default the first output against the first input),
 * efficient units highlighted, and the frontier: the upper-left envelope of the efficient units
 * (the best y for a given x), from the origin when returns are constant.
 */
/** The j-th figure of a row: inputs first, then outputs, as the request lists them. */
export const figureOf = (data: DeaResponse, row: DeaResponse['rows'][number], j: number) =>
  j < data.inputs.length ? (row.inputValues[j] ?? 0) : (row.outputValues[j - data.inputs.length] ?? 0);

export function FrontierChart({ data }: { data: DeaResponse }) {
  const t = useT();
  const names = useMemo(() => [...data.inputs.map((i) => t(inputLabelKey(i))), ...data.outputs], [data, t]);
  const [x, setX] = useState(0);
  const [y, setY] = useState(data.inputs.length);

  const option = useMemo<ChartOption>(() => {
    const point = (row: DeaResponse['rows'][number]) => ({
      value: [figureOf(data, row, x), figureOf(data, row, y)],
      name: row.name,
    });
    const efficient = data.rows.filter((r) => r.isEfficient).map(point);
    const others = data.rows.filter((r) => !r.isEfficient).map(point);
    const sorted = [...efficient].sort((a, b) => (a.value[0] ?? 0) - (b.value[0] ?? 0));
    const frontier: number[][] = data.model === 'ccr' ? [[0, 0]] : [];
    let best = Number.NEGATIVE_INFINITY;
    for (const p of sorted) {
      if ((p.value[1] ?? 0) > best) {
        frontier.push(p.value as number[]);
        best = p.value[1] ?? 0;
      }
    }
    const tooltip = (p: { data: { name: string; value: number[] } }) =>
      `${p.data.name}<br/>${names[x]}：${p.data.value[0]}<br/>${names[y]}：${p.data.value[1]}`;
    return {
      tooltip: { trigger: 'item', formatter: tooltip },
      legend: { top: 0 },
      grid: { left: 60, right: 24, top: 40, bottom: 48 },
      xAxis: { type: 'value', name: names[x], nameLocation: 'middle', nameGap: 28 },
      yAxis: { type: 'value', name: names[y] },
      series: [
        {
          name: t('analysis.efficient'),
          type: 'scatter',
          data: efficient,
          symbolSize: 12,
          itemStyle: { color: '#389e0d' },
        },
        {
          name: t('analysis.chartOthers'),
          type: 'scatter',
          data: others,
          symbolSize: 8,
          itemStyle: { color: '#8c8c8c' },
        },
        {
          name: t('analysis.chartFrontier'),
          type: 'line',
          data: frontier,
          showSymbol: false,
          lineStyle: { color: '#389e0d', type: 'dashed' },
          tooltip: { show: false },
        },
      ],
    };
  }, [data, x, y, t, names]);

  const choices = names.map((n, j) => ({ value: j, label: n }));
  return (
    <Card
      size="small"
      title={t('analysis.chartTitle', { x: names[x] ?? '', y: names[y] ?? '' })}
      extra={
        <Flex gap={8} align="center">
          {t('analysis.chartX')}
          <Select size="small" value={x} onChange={setX} options={choices} style={{ width: 140 }} />
          {t('analysis.chartY')}
          <Select size="small" value={y} onChange={setY} options={choices} style={{ width: 140 }} />
        </Flex>
      }
    >
      <Chart
        option={option}
        height={360}
        ariaLabel={t('analysis.chartTitle', { x: names[x] ?? '', y: names[y] ?? '' })}
      />
    </Card>
  );
}
