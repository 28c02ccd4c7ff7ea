import type { UnitCategory } from '@bianping/core/registry/vocabulary';
import type { DemoUnit } from './demo-county.ts';
import { BUDGET } from './demo-measures.ts';
import type { DemoPeerBenchmark } from './demo-peers.ts';
import type { DemoWorkload } from './demo-workload.ts';

/** A row of `workload_measures` (工作量指标) as the demo defines it. */
export type DemoMeasureDefinition = {
  category: UnitCategory;
  name: string;
  unitLabel: string;
  sortOrder: number;
};

/** 计量单位 by the end of the measure's name, first match wins. */
const UNIT_LABELS: readonly [RegExp, string][] = [
  [/人次$/, '人次'],
  [/户次$/, '户次'],
  [/件次$/, '件次'],
  [/剂次$/, '剂次'],
  [/批次$/, '批次'],
  [/次数$/, '次'],
  [/在校生数$/, '人'],
  [/样本数$/, '份'],
  [/工程数$/, '处'],
  [/发稿量$/, '篇'],
  [/项目数$/, '个'],
  [/件数$|办件量$|案件数$/, '件'],
];

/** A unit written in the name wins: 管护面积（亩） is counted in 亩. */
const unitLabelOf = (name: string) =>
  /（(.+)）$/.exec(name)?.[1] ?? UNIT_LABELS.find(([pattern]) => pattern.test(name))?.[1] ?? '项';

/**
 * The measure definitions the demo's figures need: every measure a unit of a category reports
 * (or a peer of the category is benchmarked on) is defined for that category, so the workload
 * export of the demo imports again unchanged. In each category the measure most units report
 * comes first.
 */
export function demoMeasureDefinitions(
  units: readonly DemoUnit[],
  workloads: readonly DemoWorkload[],
  peers: readonly DemoPeerBenchmark[],
): DemoMeasureDefinition[] {
  const categoryOf = new Map(units.map((u) => [u.id, u.category]));
  const reporters = new Map<string, Set<string>>();
  const note = (category: UnitCategory, name: string, reporter: string) => {
    if (name === BUDGET) return;
    const key = `${category}|${name}`;
    reporters.set(key, (reporters.get(key) ?? new Set()).add(reporter));
  };
  for (const w of workloads) note(categoryOf.get(w.unitId) as UnitCategory, w.measure, w.unitId);
  for (const p of peers)
    for (const name of Object.keys(p.workload)) note(p.category, name, `${p.regionName}|${p.name}`);

  const byCategory = new Map<UnitCategory, { name: string; count: number }[]>();
  for (const [key, who] of reporters) {
    const [category, name] = key.split('|') as [UnitCategory, string];
    byCategory.set(category, [...(byCategory.get(category) ?? []), { name, count: who.size }]);
  }
  return [...byCategory].flatMap(([category, measures]) =>
    measures
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'zh-CN'))
      .map(({ name }, i) => ({ category, name, unitLabel: unitLabelOf(name), sortOrder: (i + 1) * 10 })),
  );
}
