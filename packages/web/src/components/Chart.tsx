import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { type CSSProperties, useEffect, useRef } from 'react';
import { prefersReducedMotion } from '../app/reduced-motion.ts';

// Only the parts we draw are registered, which keeps ECharts' share of the bundle small; add a
// chart type here when a page first needs it.
echarts.use([
  BarChart,
  LineChart,
  ScatterChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  CanvasRenderer,
]);

export type ChartOption = echarts.EChartsCoreOption;

/** Creates a chart on the element, keeps it sized to its box, and disposes of it on unmount. */
export function useECharts(option: ChartOption) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const instance = echarts.init(el, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(prefersReducedMotion() ? { ...option, animation: false } : option, {
      notMerge: true,
    });
  }, [option]);

  return ref;
}

type Props = {
  option: ChartOption;
  height?: number;
  /** Read out by screen readers; the canvas itself says nothing. */
  ariaLabel: string;
  style?: CSSProperties;
};

export function Chart({ option, height = 320, ariaLabel, style }: Props) {
  const ref = useECharts(option);
  return <div ref={ref} role="img" aria-label={ariaLabel} style={{ width: '100%', height, ...style }} />;
}
