import type { CampaignGrade } from '../campaigns/vocabulary.ts';
import { AppError, ErrorCode, type LocalizedText } from '../errors.ts';
import { describeRule } from '../indicators/rules/describe.ts';
import { type ComparisonSummary, summariseComparison } from '../indicators/rules/peers.ts';
import { capBonusTotal } from '../indicators/rules/totals.ts';
import type { IndicatorRole, VetoEffect } from '../indicators/vocabulary.ts';
import { type PlannedSet, planScoring, ROLE_BONUS, ROLE_VETO } from './campaign-plan.ts';
import { explainLeaf, explainVeto, type LeafExplanation, type SourceExplanation } from './explain-leaf.ts';
import { type ExplanationRow, explanationRows, type PreviousPoints } from './explain-rows.ts';
import type {
  CampaignScore,
  CampaignScoringInput,
  ScoringTarget,
  TargetScore,
  VetoHit,
} from './score-types.ts';

/**
 * The explanation of one target's score (every point traceable): per set, the indicator tree with,
 * on each leaf, what every source entered and who, its weight, the rule in words, the points each
 * source earned and why, and the findings and evidence linked to it; groups show what their
 * children add up to and any cap. Every sum in the tree is exact: a leaf is the sum of its
 * sources' contributions (or the fallback average), a group the sum of its children (a bonus
 * group at most its points), a set its scored indicators plus the capped bonus, and the total the
 * sum of the sets' contributions. Also the flat table officials read (`explain-rows.ts`).
 */

export type NodeLinks = { findingIds?: readonly string[]; evidenceIds?: readonly string[] };

export type ExplainOptions = {
  /** Findings and evidence per frozen node id. */
  links?: Readonly<Record<string, NodeLinks>>;
  /** The previous campaign's points, for 同比去年. */
  previous?: readonly PreviousPoints[];
};

export type NodeExplanation = {
  nodeId: string;
  code: string;
  name: string;
  role: IndicatorRole;
  maxPoints: number;
  points: number;
  /** Points earned, and points not earned (below the full points, or cut by a cap). */
  gained: number;
  lost: number;
  rule: LocalizedText | null;
  sources: SourceExplanation[];
  comparison: LeafExplanation['comparison'];
  notes: LocalizedText[];
  veto: VetoEffect | null;
  findingIds: string[];
  evidenceIds: string[];
  children: NodeExplanation[];
};

export type SetExplanation = {
  setId: string;
  name: string;
  kind: 'common' | 'category';
  total: number;
  scoredTotal: number;
  bonus: { uncapped: number; total: number; capped: boolean; explanation: LocalizedText };
  /** Multiplier of the set in the total (1+X share × scale to the campaign's full mark). */
  share: number;
  /** The set's part of the total; the parts add up to the total. */
  contribution: number;
  nodes: NodeExplanation[];
};

export type TargetExplanation = {
  targetId: string;
  name: string;
  total: number;
  grade: CampaignGrade;
  veto: VetoEffect | null;
  vetoes: VetoHit[];
  rank: number;
  categoryRank: number;
  missingCategorySet: boolean;
  sets: SetExplanation[];
  rows: ExplanationRow[];
};

const c = (points: number) => Math.round(points * 100);

/** Comparing leaves' summaries per score object (scores are immutable values), made on first use. */
const peersCache = new WeakMap<CampaignScore, Map<string, ComparisonSummary>>();

function peersOf(score: CampaignScore, nodeId: string): ComparisonSummary | undefined {
  const compared = score.compared[nodeId];
  if (!compared) return undefined;
  let byNode = peersCache.get(score);
  if (!byNode) {
    byNode = new Map();
    peersCache.set(score, byNode);
  }
  let peers = byNode.get(nodeId);
  if (!peers) {
    peers = summariseComparison(compared);
    byNode.set(nodeId, peers);
  }
  return peers;
}

/** What an explanation of a set needs that is the same for every target: its tree and rule texts. */
type SetLayout = { childrenOf: Map<number, number[]>; roots: number[]; ruleTexts: (LocalizedText | null)[] };

/** Layouts per planned set (plans are kept per input), made on the first explanation. */
const layouts = new WeakMap<PlannedSet, SetLayout>();

function layoutOf(ps: PlannedSet): SetLayout {
  const cached = layouts.get(ps);
  if (cached) return cached;
  const nodes = ps.set.nodes;
  const roots = nodes
    .map((_, i) => i)
    .filter((i) => ps.topScored.includes(i) || ps.topBonus.includes(i) || isTopVeto(ps, i));
  roots.sort((a, b) => (nodes[a]?.seq ?? 0) - (nodes[b]?.seq ?? 0));
  const layout = {
    childrenOf: new Map(ps.groups.map((g) => [g.index, g.children])),
    roots,
    ruleTexts: nodes.map((node) => (node.rule ? describeRule(node.rule, node.maxPoints) : null)),
  };
  layouts.set(ps, layout);
  return layout;
}

function explainSet(
  ps: PlannedSet,
  target: ScoringTarget,
  input: CampaignScoringInput,
  score: CampaignScore,
  links: Readonly<Record<string, NodeLinks>>,
): NodeExplanation[] {
  const nodes = ps.set.nodes;
  const mapping = input.grading.externalRatingMapping;
  const { childrenOf, roots, ruleTexts } = layoutOf(ps);
  const make = (i: number): NodeExplanation => {
    const node = nodes[i] as (typeof nodes)[number];
    const kids = (childrenOf.get(i) ?? []).map(make);
    const link = links[node.id] ?? {};
    const base: NodeExplanation = {
      nodeId: node.id,
      code: node.code,
      name: node.name,
      role: node.role,
      maxPoints: node.maxPoints,
      points: 0,
      gained: 0,
      lost: 0,
      rule: ruleTexts[i] ?? null,
      sources: [],
      comparison: null,
      notes: [],
      veto: null,
      findingIds: [...(link.findingIds ?? [])],
      evidenceIds: [...(link.evidenceIds ?? [])],
      children: kids,
    };
    if (kids.length) {
      const sumCents = ps.role[i] === ROLE_VETO ? 0 : kids.reduce((s, k) => s + c(k.points), 0);
      const capped = ps.role[i] === ROLE_BONUS && sumCents > (ps.maxCents[i] as number);
      base.points = (capped ? (ps.maxCents[i] as number) : sumCents) / 100;
      if (capped) {
        base.notes.push({
          zh: `下级加分合计 ${sumCents / 100} 分，超过本项加分上限，按 ${node.maxPoints} 分计`,
          en: `Sub-items add +${sumCents / 100}, above this item’s cap: +${node.maxPoints}`,
        });
      }
      base.gained = base.points;
      base.lost =
        ps.role[i] === ROLE_BONUS
          ? (sumCents - c(base.points)) / 100
          : (c(node.maxPoints) - c(base.points)) / 100;
    } else {
      const leaf = ps.leaves[ps.leafOfNode[i] as number];
      if (leaf) {
        const entries = target.entries[node.id];
        const out = leaf.isVeto
          ? explainVeto(leaf, entries)
          : explainLeaf(leaf, entries, mapping, peersOf(score, node.id));
        base.points = out.points;
        base.sources = out.sources;
        base.comparison = out.comparison;
        base.notes = out.notes;
        base.veto = out.vetoOccurred && node.rule?.kind === 'veto' ? node.rule.effect : null;
        base.gained = out.points;
        base.lost = ps.role[i] === ROLE_BONUS || leaf.isVeto ? 0 : (c(node.maxPoints) - c(out.points)) / 100;
      } else {
        base.notes.push({ zh: '没有计分规则，计 0 分', en: 'No scoring rule: 0 points' });
        base.lost = node.maxPoints;
      }
    }
    return base;
  };
  return roots.map(make);
}

const isTopVeto = (ps: PlannedSet, i: number) => {
  const parent = ps.set.nodes[i]?.parentId ?? null;
  return ps.role[i] === ROLE_VETO && (parent === null || !ps.nodeIndex.has(parent));
};

/** The explanation of one target, from the input and the campaign's score. */
export function explainTarget(
  input: CampaignScoringInput,
  score: CampaignScore,
  targetId: string,
  options: ExplainOptions = {},
): TargetExplanation {
  const plan = planScoring(input);
  const ti = plan.targetIndex.get(targetId);
  const result = ti === undefined ? undefined : score.targets[ti];
  const target = ti === undefined ? undefined : input.targets[ti];
  if (ti === undefined || !result || !target || result.targetId !== targetId) {
    throw new AppError(
      ErrorCode.NotFound,
      { zh: '评估对象不在本项目中', en: 'The target is not in the campaign' },
      'targetId',
    );
  }
  const links = options.links ?? {};
  const planned = plan.targetSets[ti] as PlannedSet[];
  let given = 0;
  const sets = planned.map((ps, k) => {
    const nodes = explainSet(ps, target, input, score, links);
    const tops = (list: number[]) => nodes.filter((n) => list.includes(ps.nodeIndex.get(n.nodeId) as number));
    const scoredCents = tops(ps.topScored).reduce((s, n) => s + c(n.points), 0);
    const bonus = capBonusTotal(
      tops(ps.topBonus).map((n) => n.points),
      ps.set.bonusCap,
    );
    const total = scoredCents + c(bonus.total);
    const share = (result.sets[k] as TargetScore['sets'][number]).share;
    const contribution = k === planned.length - 1 ? c(result.total) - given : Math.round(share * total);
    given += contribution;
    return {
      setId: ps.set.id,
      name: ps.set.name,
      kind: ps.set.kind,
      total: total / 100,
      scoredTotal: scoredCents / 100,
      bonus: {
        uncapped: bonus.uncapped,
        total: bonus.total,
        capped: bonus.capped,
        explanation: bonus.explanation,
      },
      share,
      contribution: contribution / 100,
      nodes,
    } satisfies SetExplanation;
  });
  return {
    targetId,
    name: target.name,
    total: result.total,
    grade: result.grade,
    veto: result.veto,
    vetoes: result.vetoes,
    rank: result.rank,
    categoryRank: result.categoryRank,
    missingCategorySet: result.missingCategorySet,
    sets,
    rows: explanationRows(plan, score, ti, sets, options.previous ?? []),
  };
}

export type { ExplanationRow, PreviousPoints };
