import type { IndicatorNodeContent } from '@bianping/core/indicators';
import { defaultRule, ruleKindsForRole, takesRegistryFormula } from '@bianping/core/indicators/rules/kinds';
import type { IndicatorRole } from '@bianping/core/indicators/vocabulary';
import type { IndicatorDetailNode, IndicatorNodeUpdateInput } from '../../../api/indicators.ts';

/** The node form's values: the editable content of a node. */
export type NodeValues = IndicatorNodeContent;

/** The form values of a stored node. */
export const valuesOfNode = (node: IndicatorDetailNode): NodeValues => ({
  role: node.role,
  name: node.name,
  checkpoints: node.checkpoints,
  maxPoints: node.maxPoints,
  guidance: node.guidance,
  evidenceTypes: node.evidenceTypes,
  sources: node.sources,
  rule: node.rule,
  registryFormula: node.registryFormula,
  dimension: node.dimension,
});

/**
 * Whether a leaf takes a 台账取数 formula: the registry is among its sources and its rule reads a
 * value or a number of cases (a formula rule reads the registry by itself).
 */
export function readsRegistryData(sources: NodeValues['sources'], rule: NodeValues['rule']): boolean {
  return rule !== null && sources.includes('registry') && takesRegistryFormula(rule);
}

/**
 * The patch a save sends. A group carries no rule (its points come from its children) and a
 * veto item no points, whatever the form still holds from before the change.
 */
export function patchOfValues(
  values: NodeValues,
  isGroup: boolean,
  version: number,
): IndicatorNodeUpdateInput {
  return {
    version,
    ...values,
    name: values.name.trim(),
    checkpoints: values.checkpoints.map((c) => c.trim()).filter(Boolean),
    maxPoints: values.role === 'veto' ? 0 : values.maxPoints,
    rule: isGroup ? null : values.rule,
    registryFormula: isGroup ? null : values.registryFormula?.trim() || null,
  };
}

/**
 * The rule to keep when the role changes: the same one (or none) when the new role allows it,
 * otherwise the first kind the role allows (a veto item gets a veto rule).
 */
export function ruleForRole(rule: NodeValues['rule'], role: IndicatorRole): NodeValues['rule'] {
  const kinds = ruleKindsForRole(role);
  if (!rule || kinds.includes(rule.kind)) return rule;
  const first = kinds[0];
  return first ? defaultRule(first) : null;
}
