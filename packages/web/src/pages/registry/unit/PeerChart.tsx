import type { PeerMember } from '@bianping/core/registry/workload';
import { useMemo } from 'react';
import { Chart, type ChartOption } from '../../../components/Chart.tsx';
import { peerSourceColors } from './peer-labels.ts';

type Props = {
  members: PeerMember[];
  /** The figure drawn for each institution; institutions without it are left out. */
  figureOf: (member: PeerMember) => number | null | undefined;
  /** Names the series in the tooltip. */
  title: string;
  ariaLabel: string;
};

/** Above this many institutions the names no longer fit: the chart shows the distribution. */
const NAMED_BARS = 25;

/**
 * One figure across the unit and its peers as bars, highest first; the unit's bar takes its
 * own colour so it stands out. A few institutions are drawn as named horizontal bars; a large
 * group (all the schools of a county) as a distribution of unnamed columns, names in the tooltip.
 */
export function PeerChart({ members, figureOf, title, ariaLabel }: Props) {
  const bars = useMemo(
    () =>
      members
        .flatMap((m) => {
          const value = figureOf(m);
          return value === null || value === undefined ? [] : [{ member: m, value }];
        })
        .sort((a, b) => b.value - a.value),
    [members, figureOf],
  );
  const named = bars.length <= NAMED_BARS;
  // ECharts draws the first category of a vertical axis at the bottom: reversed, the highest is on top.
  const shown = useMemo(() => (named ? [...bars].reverse() : bars), [bars, named]);
  const option = useMemo<ChartOption>(() => {
    const names = { type: 'category', data: shown.map((b) => b.member.name) };
    const values = { type: 'value' };
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
      xAxis: named ? values : { ...names, axisLabel: { show: false }, axisTick: { show: false } },
      yAxis: named ? { ...names, axisLabel: { width: 160, overflow: 'truncate' } } : values,
      series: [
        {
          type: 'bar',
          name: title,
          barMaxWidth: 18,
          label: { show: named, position: 'right' },
          data: shown.map((b) => ({
            value: b.value,
            itemStyle: { color: peerSourceColors[b.member.source] },
          })),
        },
      ],
    };
  }, [shown, named, title]);
  const height = named ? Math.max(200, 26 * bars.length + 60) : 320;
  return <Chart option={option} height={height} ariaLabel={ariaLabel} />;
}
