import { effectiveWeights } from '../campaigns/source-weights.ts';
import { campaignSources } from '../campaigns/vocabulary.ts';
import { AppError, ErrorCode } from '../errors.ts';
import type { ScoringRule } from '../indicators/rules/rule.schemas.ts';
import { comparesTargets, type RuleInputKind, ruleInputOf } from '../indicators/rules/rule-kinds.ts';
import type { CampaignScoringInput, ScoringNode, ScoringSet } from './score-types.ts';

/**
 * Everything about the sets that does not depend on the entries, worked out once per scoring run:
 * node order, parents, roles, points in cents, each leaf's renormalised source weights as an array
 * (source order of `campaignSources`), and which targets use which set. The hot loops then read
 * typed arrays by index instead of maps.
 */

/** Source order of every per-source array: self, onsite, external, survey, registry. */
export const SOURCES = campaignSources.codes;
export const SELF = 0;
export const ONSITE = 1;
export const EXTERNAL = 2;
export const SURVEY = 3;
export const REGISTRY = 4;

export const ROLE_SCORED = 0;
export const ROLE_BONUS = 1;
export const ROLE_VETO = 2;

export type PlannedLeaf = {
  node: ScoringNode;
  nodeIndex: number;
  leafIndex: number;
  /** The leaf's rule; null scores nothing. */
  rule: ScoringRule | null;
  /** The rule applied to each source (a fallback's base rule). */
  base: ScoringRule | null;
  input: RuleInputKind | null;
  max: number;
  /** Renormalised weight per source; 0 for a source the leaf does not allow. */
  weights: Float64Array;
  allowed: Uint8Array;
  /** The base rule compares the targets' combined values (ranks, best value, peer average). */
  comparesValues: boolean;
  /** `fallbackAverage`: a target without data gets the average of the others. */
  fallback: boolean;
  isVeto: boolean;
  /** Index among the set's comparing leaves, −1 for the others. */
  comparedIndex: number;
};

export type PlannedSet = {
  set: ScoringSet;
  index: number;
  nodeCount: number;
  nodeIndex: Map<string, number>;
  role: Uint8Array;
  maxCents: Int32Array;
  /** Groups, children before their parents, with their children's indexes. */
  groups: { index: number; children: number[] }[];
  topScored: number[];
  topBonus: number[];
  /** The set's bonus cap in cents, −1 without one. */
  bonusCapCents: number;
  /** Campaign full mark ÷ set full mark. */
  scale: number;
  leaves: PlannedLeaf[];
  leafOfNode: Int32Array;
  comparedLeaves: PlannedLeaf[];
  /** Target indexes scored on this set, and each target's row (−1 when not). */
  targets: number[];
  rowOf: Int32Array;
};

export type ScoringPlan = {
  sets: PlannedSet[];
  setById: Map<string, PlannedSet>;
  targetIndex: Map<string, number>;
  /** Per target, its sets in its own order. */
  targetSets: PlannedSet[][];
};

const roleCode = { scored: ROLE_SCORED, bonus: ROLE_BONUS, veto: ROLE_VETO } as const;

function treeOrder(nodes: readonly ScoringNode[]): { order: number[]; children: number[][] } {
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const children: number[][] = nodes.map(() => []);
  const roots: number[] = [];
  nodes.forEach((n, i) => {
    const parent = n.parentId === null ? undefined : index.get(n.parentId);
    if (parent === undefined) roots.push(i);
    else children[parent]?.push(i);
  });
  const bySeq = (a: number, b: number) => (nodes[a]?.seq ?? 0) - (nodes[b]?.seq ?? 0);
  const order: number[] = [];
  const visit = (i: number) => {
    order.push(i);
    const kids = children[i] as number[];
    kids.sort(bySeq);
    for (const k of kids) visit(k);
  };
  for (const r of roots.sort(bySeq)) visit(r);
  return { order, children };
}

function planLeaf(
  set: ScoringSet,
  node: ScoringNode,
  nodeIndex: number,
  leafIndex: number,
  input: CampaignScoringInput,
) {
  const rule = node.rule;
  const base = rule?.kind === 'fallbackAverage' ? rule.base : rule;
  const w = effectiveWeights(node.sources, input.sourceWeights, { setId: set.source.setId, code: node.code });
  const weights = new Float64Array(SOURCES.length);
  const allowed = new Uint8Array(SOURCES.length);
  SOURCES.forEach((s, i) => {
    if (w[s] === undefined) return;
    weights[i] = w[s];
    allowed[i] = 1;
  });
  const leaf: PlannedLeaf = {
    node,
    nodeIndex,
    leafIndex,
    rule,
    base,
    input: rule ? ruleInputOf(rule) : null,
    max: node.maxPoints,
    weights,
    allowed,
    comparesValues: base !== null && comparesTargets(base),
    fallback: rule?.kind === 'fallbackAverage',
    isVeto: rule?.kind === 'veto',
    comparedIndex: -1,
  };
  return leaf;
}

function planSet(
  set: ScoringSet,
  index: number,
  input: CampaignScoringInput,
  targetCount: number,
): PlannedSet {
  const nodes = set.nodes;
  const { order, children } = treeOrder(nodes);
  const role = new Uint8Array(nodes.length);
  const maxCents = new Int32Array(nodes.length);
  const leafOfNode = new Int32Array(nodes.length).fill(-1);
  const leaves: PlannedLeaf[] = [];
  nodes.forEach((n, i) => {
    role[i] = roleCode[n.role];
    maxCents[i] = Math.round(n.maxPoints * 100);
  });
  for (const i of order) {
    if ((children[i] as number[]).length) continue;
    leafOfNode[i] = leaves.length;
    leaves.push(planLeaf(set, nodes[i] as ScoringNode, i, leaves.length, input));
  }
  const comparedLeaves = leaves.filter((l) => l.comparesValues || l.fallback);
  comparedLeaves.forEach((l, k) => {
    l.comparedIndex = k;
  });
  const groups = [...order]
    .reverse()
    .filter((i) => (children[i] as number[]).length)
    .map((i) => ({ index: i, children: children[i] as number[] }));
  const tops = nodes
    .map((n, i) => ({ n, i }))
    .filter(({ n }) => n.parentId === null || !nodes.some((p) => p.id === n.parentId));
  return {
    set,
    index,
    nodeCount: nodes.length,
    nodeIndex: new Map(nodes.map((n, i) => [n.id, i])),
    role,
    maxCents,
    groups,
    topScored: tops.filter(({ n }) => n.role === 'scored').map(({ i }) => i),
    topBonus: tops.filter(({ n }) => n.role === 'bonus').map(({ i }) => i),
    bonusCapCents: set.bonusCap === null ? -1 : Math.round(set.bonusCap * 100),
    scale: input.grading.fullMark / set.fullMark,
    leaves,
    leafOfNode,
    comparedLeaves,
    targets: [],
    rowOf: new Int32Array(targetCount).fill(-1),
  };
}

/** Plans a scoring run; a target naming a set the campaign does not have is a validation error. */
export function planScoring(input: CampaignScoringInput): ScoringPlan {
  const cached = plans.get(input) ?? samePlan(input);
  if (cached) {
    plans.set(input, cached);
    return cached;
  }
  const sets = input.sets.map((s, i) => planSet(s, i, input, input.targets.length));
  const setById = new Map(sets.map((s) => [s.set.id, s]));
  const targetIndex = new Map<string, number>();
  const targetSets: PlannedSet[][] = new Array(input.targets.length);
  for (let ti = 0; ti < input.targets.length; ti++) {
    const t = input.targets[ti] as CampaignScoringInput['targets'][number];
    if (targetIndex.has(t.id)) throw invalid(`评估对象 ${t.name} 重复`, `target ${t.name} is listed twice`);
    targetIndex.set(t.id, ti);
    if (t.setIds.length === 0)
      throw invalid(`评估对象“${t.name}”没有指标体系`, `target “${t.name}” has no indicator set`);
    const own: PlannedSet[] = [];
    for (const id of t.setIds) {
      const ps = setById.get(id);
      if (!ps)
        throw invalid(
          `评估对象“${t.name}”的指标体系不在本项目中`,
          `target “${t.name}” names a set outside the campaign`,
        );
      if (ps.rowOf[ti] === -1) {
        ps.rowOf[ti] = ps.targets.length;
        ps.targets.push(ti);
      }
      own.push(ps);
    }
    targetSets[ti] = own;
  }
  const plan = { sets, setById, targetIndex, targetSets };
  plans.set(input, plan);
  bySets.set(input.sets, { input, plan });
  return plan;
}

/**
 * The plan of an earlier input that differs only in entries (same sets, weights and grading
 * objects; the same targets in the same order with the same set lists), as after one changed
 * entry: the plan never reads entries, so it still holds.
 */
function samePlan(input: CampaignScoringInput): ScoringPlan | undefined {
  const last = bySets.get(input.sets);
  if (!last) return undefined;
  const before = last.input;
  if (before.sourceWeights !== input.sourceWeights || before.grading !== input.grading) return undefined;
  if (before.targets.length !== input.targets.length) return undefined;
  for (let i = 0; i < input.targets.length; i++) {
    const a = before.targets[i] as CampaignScoringInput['targets'][number];
    const b = input.targets[i] as CampaignScoringInput['targets'][number];
    if (a !== b && (a.id !== b.id || a.setIds !== b.setIds)) return undefined;
  }
  return last.plan;
}

/**
 * Plans are kept per input object: scoring inputs are immutable values (an entry change makes a
 * new input), so explaining many targets of one campaign plans it once.
 */
const plans = new WeakMap<CampaignScoringInput, ScoringPlan>();
const bySets = new WeakMap<
  CampaignScoringInput['sets'],
  { input: CampaignScoringInput; plan: ScoringPlan }
>();

const invalid = (zh: string, en: string) => new AppError(ErrorCode.Validation, { zh, en }, 'targets');
