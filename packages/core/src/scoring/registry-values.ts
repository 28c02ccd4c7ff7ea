import type { FrozenSet } from '../campaigns/freeze.ts';
import { compileFormula } from '../indicators/formula/compile.ts';
import { evaluateFormula, type MeasureValues } from '../indicators/formula/evaluate.ts';

/**
 * The registry source (机构编制台账) of a campaign's leaves: every leaf scored by a `formula` rule
 * that allows the registry gets the formula's value on the target's registry measures. A formula
 * that cannot be evaluated for a unit (a measure it lacks, a division by zero) gives no value, so
 * the leaf is scored from its other sources, as any missing source is. Rules that take a value
 * but are not formulas say nothing of which measure they read, so the registry gives them nothing.
 */

export type RegistryLeaf = { nodeId: string; evaluate: (measures: MeasureValues) => number | null };

/** The formula leaves of the sets that read the registry, compiled once. */
export function registryLeaves(sets: readonly Pick<FrozenSet, 'nodes'>[]): RegistryLeaf[] {
  const out: RegistryLeaf[] = [];
  for (const set of sets) {
    for (const node of set.nodes) {
      const rule = node.rule;
      if (rule?.kind !== 'formula' || !node.sources.includes('registry')) continue;
      const compiled = compileFormula(rule.expression);
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
