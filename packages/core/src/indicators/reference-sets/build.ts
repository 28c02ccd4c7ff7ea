import { renumber } from '../codes.ts';
import type { IndicatorNode, IndicatorSetMeta } from '../indicators.schemas.ts';
import type { BaseRule, ScoringRule } from '../rules/rule.schemas.ts';
import type { EvidenceType, IndicatorDimension, IndicatorRole, IndicatorSource } from '../vocabulary.ts';

/**
 * A compact way to write reference sets as nested data, and the step that turns one into the
 * flat nodes the library stores (fresh ids, places, codes). The demo loads them; tests check
 * that each passes publish validation.
 */

export type ReferenceNodeSpec = {
  name: string;
  points: number;
  role?: IndicatorRole;
  checkpoints?: string[];
  guidance?: string;
  evidence?: EvidenceType[];
  sources?: IndicatorSource[];
  dimension?: IndicatorDimension | null;
  rule?: ScoringRule;
  /** 台账取数: what the rule reads from the registry (see the node's `registryFormula`). */
  registryFormula?: string;
  children?: ReferenceNodeSpec[];
};

/** A built-in set: a stable key (for the demo and for tests) and its content. */
export type ReferenceSet = { key: string; meta: IndicatorSetMeta; nodes: ReferenceNodeSpec[] };

type Extra = Omit<ReferenceNodeSpec, 'name' | 'points' | 'rule' | 'children'>;

/** A group (一级 or 二级) whose children share its points. */
export const group = (
  name: string,
  points: number,
  children: ReferenceNodeSpec[],
  extra: Extra = {},
): ReferenceNodeSpec => ({
  name,
  points,
  children,
  ...extra,
});

/** A leaf indicator with its rule. */
export const leaf = (
  name: string,
  points: number,
  rule: ScoringRule,
  extra: Extra = {},
): ReferenceNodeSpec => ({
  name,
  points,
  rule,
  ...extra,
});

/** Gives the role to a whole subtree (bonus and veto groups). */
export const withRole = (role: IndicatorRole, spec: ReferenceNodeSpec): ReferenceNodeSpec => ({
  ...spec,
  role,
  ...(spec.children ? { children: spec.children.map((c) => withRole(role, c)) } : {}),
});

/** The flat, numbered nodes of a reference set, with ids from `newId`. */
export function instantiateReferenceSet(
  ref: ReferenceSet,
  newId: () => string,
): { meta: IndicatorSetMeta; nodes: IndicatorNode[] } {
  const nodes: IndicatorNode[] = [];
  const add = (spec: ReferenceNodeSpec, parentId: string | null, seq: number) => {
    const id = newId();
    nodes.push({
      id,
      parentId,
      seq,
      code: '',
      level: 0,
      role: spec.role ?? 'scored',
      name: spec.name,
      checkpoints: spec.checkpoints ?? [],
      maxPoints: spec.points,
      guidance: spec.guidance ?? '',
      evidenceTypes: spec.evidence ?? [],
      sources: spec.sources ?? [],
      rule: spec.rule ?? null,
      registryFormula: spec.registryFormula ?? null,
      dimension: spec.dimension ?? null,
      lineage: null,
      weighting: null,
    });
    for (const [i, child] of (spec.children ?? []).entries()) add(child, id, i + 1);
  };
  for (const [i, spec] of ref.nodes.entries()) add(spec, null, i + 1);
  return { meta: ref.meta, nodes: renumber(nodes) };
}

/** Short forms of the rules the reference sets use. */
export const r = {
  manual: (): ScoringRule => ({ kind: 'manual' }),
  grade: (
    levels: [string, string, number][] = [
      ['好', 'Good', 1],
      ['较好', 'Fairly good', 0.8],
      ['一般', 'Fair', 0.6],
      ['差', 'Poor', 0],
    ],
  ): ScoringRule => ({
    kind: 'grade',
    levels: levels.map(([zh, en, fraction]) => ({ label: { zh, en }, fraction })),
  }),
  deduct: (pointsPerCase: number, maxDeduction: number | null = null): ScoringRule => ({
    kind: 'deductPerCase',
    pointsPerCase,
    maxDeduction,
  }),
  tiered: (...tiers: [number, number | 'all'][]): ScoringRule => ({
    kind: 'deductTiered',
    tiers: tiers.map(([atLeast, deduct]) => ({ atLeast, deduct })),
  }),
  bonus: (pointsPerCase: number): ScoringRule => ({ kind: 'bonusPerCase', pointsPerCase }),
  /** At least `target` (a ratio), −k per percentage point short. */
  atLeast: (target: number, k: number): BaseRule => ({
    kind: 'thresholdLinear',
    direction: 'atLeast',
    target,
    unit: 'percent',
    pointsPerUnit: k,
  }),
  /** At most `target` in the value's own unit, −k per unit over. */
  atMostValue: (target: number | 'peerAverage', k: number): ScoringRule => ({
    kind: 'thresholdLinear',
    direction: 'atMost',
    target,
    unit: 'absolute',
    pointsPerUnit: k,
  }),
  /** At least `target` in the value's own unit, −k per unit short. */
  atLeastValue: (target: number | 'peerAverage', k: number): ScoringRule => ({
    kind: 'thresholdLinear',
    direction: 'atLeast',
    target,
    unit: 'absolute',
    pointsPerUnit: k,
  }),
  rank: (step: number): ScoringRule => ({ kind: 'rankPoints', step, minPoints: 0 }),
  rankFromBottom: (step: number): ScoringRule => ({ kind: 'rankFromBottom', step, minPoints: 0 }),
  best: (higherIsBetter = true): ScoringRule => ({ kind: 'proportionalToBest', higherIsBetter }),
  formula: (expression: string, output: 'fraction' | 'points' = 'fraction'): ScoringRule => ({
    kind: 'formula',
    expression,
    output,
  }),
  survey: (zeroRate = 0, fullRate = 1): ScoringRule => ({ kind: 'surveyRate', zeroRate, fullRate }),
  orPeerAverage: (base: BaseRule): ScoringRule => ({ kind: 'fallbackAverage', base }),
  capBelowExcellent: (): ScoringRule => ({ kind: 'veto', effect: 'capBelowExcellent' }),
  forceLowest: (): ScoringRule => ({ kind: 'veto', effect: 'forceLowest' }),
};
