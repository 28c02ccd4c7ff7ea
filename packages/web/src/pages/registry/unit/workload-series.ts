import type { UnitDetail } from '@bianping/core/registry';

type Entry = UnitDetail['workload'][number];

/** The yearly budget (万元) is stored as a workload measure under this code. */
export const BUDGET = 'budget';

export type WorkloadSeries = {
  years: number[];
  /** Measures other than the budget, by name. */
  measures: string[];
  hasBudget: boolean;
  value: (year: number, measure: string) => number | null;
};

/** Years and measures of the unit's workload, ready for the charts and the table. */
export function workloadSeries(entries: readonly Entry[]): WorkloadSeries {
  const byKey = new Map(entries.map((e) => [`${e.year}|${e.measure}`, e.value]));
  const years = [...new Set(entries.map((e) => e.year))].sort((a, b) => a - b);
  const names = [...new Set(entries.map((e) => e.measure))];
  return {
    years,
    measures: names.filter((m) => m !== BUDGET).sort((a, b) => a.localeCompare(b, 'zh-CN')),
    hasBudget: names.includes(BUDGET),
    value: (year, measure) => byKey.get(`${year}|${measure}`) ?? null,
  };
}

/** Workload per head, two decimals; null without people or without a figure. */
export const perHead = (value: number | null, headcount: number) =>
  value === null || headcount <= 0 ? null : Math.round((value / headcount) * 100) / 100;
