import { CR_LIMIT } from '@bianping/core/indicators/ahp';
import { Descriptions, Flex, Tag } from 'antd';
import { useMemo } from 'react';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { Chart, type ChartOption } from '../../../components/Chart.tsx';
import { formatPoints } from '../indicator-labels.ts';
import type { AhpItem } from './AhpMatrix.tsx';
import { riTableLabels } from './ahp-matrix.ts';

export type AhpFigures = {
  weights: number[];
  lambdaMax: number;
  ci: number;
  ri: number;
  cr: number;
  consistent: boolean;
  riTable: string;
};

type Props = {
  items: AhpItem[];
  figures: AhpFigures;
  /** Points each item would get, when the weights are usable. */
  points: number[] | null;
};

/** Rounded for display; a CI of −1e-16 (rounding of a consistent matrix) shows as 0. */
const fixed = (value: number, digits = 4) =>
  (Math.abs(value) < 0.5 * 10 ** -digits ? 0 : value).toFixed(digits);

/** CR with its verdict: green below 0.1, red at or above (the weights cannot be applied). */
export function CrTag({ cr, consistent }: { cr: number; consistent: boolean }) {
  const t = useT();
  return (
    <Tag color={consistent ? 'green' : 'red'} data-testid="ahp-cr">
      {consistent
        ? t('indicators.ahp.consistent', { cr: fixed(cr) })
        : t('indicators.ahp.inconsistent', { cr: fixed(cr), limit: CR_LIMIT })}
    </Tag>
  );
}

/** Weights as bars, λmax, CI, RI (and the table it comes from), CR, and the points they make. */
export function AhpResults({ items, figures, points }: Props) {
  const t = useT();
  const option = useMemo<ChartOption>(
    () => ({
      color: [figures.consistent ? '#1d5fbf' : '#cf1322'],
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', max: 1, axisLabel: { formatter: (v: number) => `${Math.round(v * 100)}%` } },
      yAxis: { type: 'category', inverse: true, data: items.map((i) => i.code) },
      series: [
        {
          name: t('indicators.ahp.weight'),
          type: 'bar',
          barMaxWidth: 24,
          data: figures.weights.map((w) => Math.round(w * 10000) / 10000),
          label: {
            show: true,
            position: 'right',
            formatter: ({ value }: { value: number }) => `${(value * 100).toFixed(1)}%`,
          },
        },
      ],
    }),
    [items, figures, t],
  );
  const table = riTableLabels[figures.riTable as keyof typeof riTableLabels] ?? figures.riTable;
  return (
    <Flex vertical gap={8}>
      <Chart
        option={option}
        height={Math.max(120, items.length * 36)}
        ariaLabel={t('indicators.ahp.chart')}
      />
      <Descriptions size="small" column={2} bordered>
        <Descriptions.Item label="λmax">{fixed(figures.lambdaMax)}</Descriptions.Item>
        <Descriptions.Item label="CI">{fixed(figures.ci)}</Descriptions.Item>
        <Descriptions.Item label="RI">
          {fixed(figures.ri, 2)} <Tag>{t('indicators.ahp.riFrom', { table })}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label="CR">
          <CrTag cr={figures.cr} consistent={figures.consistent} />
        </Descriptions.Item>
      </Descriptions>
      <Descriptions size="small" column={1} bordered>
        {items.map((item, i) => (
          <Descriptions.Item key={item.id} label={`${item.code} ${item.name}`}>
            {t('indicators.ahp.weightValue', { weight: ((figures.weights[i] ?? 0) * 100).toFixed(2) })}
            {points && ` · ${t('indicators.tree.points', { points: formatPoints(points[i] ?? 0) })}`}
          </Descriptions.Item>
        ))}
      </Descriptions>
    </Flex>
  );
}
