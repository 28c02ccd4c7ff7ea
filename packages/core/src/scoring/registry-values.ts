import type { FrozenSet } from '../campaigns/freeze.ts';
import { compileFormula } from '../indicators/formula/compile.ts';
import { evaluateFormula, type MeasureValues } from '../indicators/formula/evaluate.ts';
import { takesRegistryFormula } from '../indicators/rules/rule-kinds.ts';

/**
 * The registry source (机构编制台账) of a campaign's leaves that allow it: a leaf scored by a
 * `formula` rule gets the formula's value on the target's registry measures; a leaf with a 台账取数
 * formula (`registryFormula`) gets that formula's value, which its rule reads as a value or a
 * number of cases. A formula that cannot be evaluated for a unit (a measure it lacks, a division
 * by zero) gives no value, so the leaf is scored from its other sources, as any missing source
 * is. Other leaves get nothing from the registry.
 */

export type RegistryLeaf = { nodeId: string; evaluate: (measures: MeasureValues) => number | null };

/** The formula a leaf reads the registry by, null when it reads nothing there. */
function registryExpressionOf(node: FrozenSet['nodes'][number]): string | null {
  const rule = node.rule;
  if (!rule || !node.sources.includes('registry')) return null;
  if (rule.kind === 'formula') return rule.expression;
  return node.registryFormula && takesRegistryFormula(rule) ? node.registryFormula : null;
}

/** The leaves of the sets that read the registry, their formulas compiled once. */
export function registryLeaves(sets: readonly Pick<FrozenSet, 'nodes'>[]): RegistryLeaf[] {
  const out: RegistryLeaf[] = [];
  for (const set of sets) {
    for (const node of set.nodes) {
      const expression = registryExpressionOf(node);
      if (expression === null) continue;
      const compiled = compileFormula(expression);
      if (!compiled.ok) continue;
      out.push({
        nodeId: node.id,
        evaluate: (measures) => {
          const result = evaluateFormula(compiled.expr, measures);
          return result.ok && typeof result.value === 'number' && Number.isFinite(result.value)
            ? result.value
            : null;
        },
      });
    }
  }
  return out;
}

/** The registry value of each formula leaf for one unit's measures (leaves without a value left out). */
export function registryValuesOf(leaves: readonly RegistryLeaf[], measures: MeasureValues | undefined) {
  const values = new Map<string, number>();
  if (!measures) return values;
  for (const leaf of leaves) {
    const value = leaf.evaluate(measures);
    if (value !== null) values.set(leaf.nodeId, value);
  }
  return values;
}
