import type { LocalizedText } from '../errors.ts';
import type { workloadMeasures } from '../imports/staff-vocabulary.ts';
import type { UnitCategory } from './vocabulary.ts';

/**
 * Which workload measures a unit may report. Definitions (工作量指标) name the measures of a
 * category, or of every category when `category` is null; the budget is always allowed and is
 * never defined, because every unit has one.
 */

/** The stored code of the yearly budget (万元), a measure every unit reports. */
export const BUDGET_MEASURE = 'budget' satisfies (typeof workloadMeasures.codes)[number];

/** What the rules need of a definition. */
export type MeasureDefinition = { category: UnitCategory | null; name: string; sortOrder: number };

/** Names no definition may take: the budget's code and its labels would be read as the budget. */
export const reservedMeasureNames: readonly string[] = [BUDGET_MEASURE, '预算（万元）', '预算', 'Budget'];

export const isReservedMeasureName = (name: string) =>
  reservedMeasureNames.some((r) => r.toLowerCase() === name.trim().toLowerCase());

/**
 * The definitions that apply to a category — its own and those for every category — in the
 * order officials set (sort order, then name). A name defined both ways appears once.
 */
export function measuresForCategory<T extends MeasureDefinition>(
  definitions: readonly T[],
  category: UnitCategory,
): T[] {
  const applying = definitions
    .filter((d) => d.category === category || d.category === null)
    // The category's own definition wins over the general one of the same name.
    .sort((a, b) => (a.category === null ? 1 : 0) - (b.category === null ? 1 : 0));
  const seen = new Set<string>();
  const unique = applying.filter((d) => !seen.has(d.name) && seen.add(d.name));
  return unique.sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'zh-CN'));
}

/**
 * Whether a unit of `category` may report `measure`. A fresh system without any definition
 * accepts every name, so data can be loaded before the measures are set up.
 */
export function isMeasureAllowed(
  definitions: readonly MeasureDefinition[],
  category: UnitCategory,
  measure: string,
): boolean {
  if (measure === BUDGET_MEASURE || definitions.length === 0) return true;
  return definitions.some((d) => d.name === measure && (d.category === null || d.category === category));
}

/** The refusal of a measure not defined for the unit's category, naming what is defined. */
export function undefinedMeasureMessage(
  measure: string,
  category: LocalizedText,
  allowed: readonly string[],
): LocalizedText {
  const shown = allowed.slice(0, 8);
  const more = allowed.length > shown.length ? ' …' : '';
  return {
    zh:
      `工作量指标“${measure}”未在“${category.zh}”类别（或全部类别）中定义，请先在“工作量指标”中定义` +
      (shown.length ? `；已定义：${shown.join('、')}${more}` : ''),
    en:
      `The workload measure "${measure}" is not defined for the category ${category.en} (or for all categories); define it under Workload measures first` +
      (shown.length ? `. Defined: ${shown.join(', ')}${more}` : ''),
  };
}
