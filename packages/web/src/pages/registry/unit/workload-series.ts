import type { UnitDetail } from '@bianping/core/registry';
import { BUDGET_MEASURE } from '@bianping/core/registry/workload-measures';

type Entry = UnitDetail['workload'][number];

/** The yearly budget (万元) is stored as a workload measure under this code. */
export const BUDGET = BUDGET_MEASURE;

export type WorkloadSeries = {
  years: number[];
  /** Measures other than the budget: defined ones in their order, then the rest by name. */
  measures: string[];
  hasBudget: boolean;
  value: (year: number, measure: string) => number | null;
  /** 实有人数 at the year's last recorded month-end; today's figure for a year without one. */
  headcountOf: (year: number) => number;
};

/** Years and measures of the unit's workload, ready for the charts and the table. */
export function workloadSeries(
  detail: Pick<UnitDetail, 'workload' | 'staffingByYear'> & { unit: { headcountTotal: number } },
  order: readonly string[] = [],
): WorkloadSeries {
  const entries: readonly Entry[] = detail.workload;
  const byKey = new Map(entries.map((e) => [`${e.year}|${e.measure}`, e.value]));
  const heads = new Map(detail.staffingByYear.map((s) => [s.year, s.headcount]));
  const years = [...new Set(entries.map((e) => e.year))].sort((a, b) => a - b);
  const names = [...new Set(entries.map((e) => e.measure))];
  const rank = (m: string) => (order.includes(m) ? order.indexOf(m) : order.length);
  return {
    years,
    measures: names
      .filter((m) => m !== BUDGET)
      .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'zh-CN')),
    hasBudget: names.includes(BUDGET),
    value: (year, measure) => byKey.get(`${year}|${measure}`) ?? null,
    headcountOf: (year) => heads.get(year) ?? detail.unit.headcountTotal,
  };
}

/** Workload per head, two decimals; null without people or without a figure. */
export const perHead = (value: number | null, headcount: number) =>
  value === null || headcount <= 0 ? null : Math.round((value / headcount) * 100) / 100;
