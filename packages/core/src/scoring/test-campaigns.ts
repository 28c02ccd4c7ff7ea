import { defaultExternalRatingMapping, defaultGradeBands } from '../campaigns/grading.ts';
import { mulberry32 } from '../campaigns/prng.ts';
import type { ScoreInput } from '../campaigns/score-input.ts';
import { externalRatingLevels } from '../campaigns/vocabulary.ts';
import type { ScoringRule } from '../indicators/rules/rule.schemas.ts';
import { defaultGradeLevels, ruleInputOf } from '../indicators/rules/rule-kinds.ts';
import type { IndicatorSource } from '../indicators/vocabulary.ts';
import type { UnitCategory } from '../registry/vocabulary.ts';
import { SOURCES } from './campaign-plan.ts';
import type {
  CampaignScoringInput,
  LeafEntries,
  ScoringNode,
  ScoringSet,
  ScoringTarget,
} from './score-types.ts';

/**
 * Random campaigns for the property tests and the benchmark: a common set and category sets with
 * every rule kind, bonus groups under a set cap, veto items, random sources, entries with ties
 * and gaps. Seeded, so a failing seed can be replayed.
 */

export type RandomCampaignOptions = {
  targets: number;
  commonLeaves: number;
  categoryLeaves: number;
  categories: UnitCategory[];
  /** Chance that a source allowed by a leaf gave an entry. */
  presence: number;
  /** Every leaf allows all five sources (the benchmark). */
  allSources?: boolean;
  /** Share of scored leaves with a rule that compares targets. */
  comparingShare?: number;
  /** Every category gets an X set (else the first category has none). */
  allCategorySets?: boolean;
};

const pick = <T>(random: () => number, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)] as T;
const cents = (x: number) => Math.round(x * 100) / 100;

/** A random scored rule: comparing with the given chance, else one of the others. */
export function randomScoredRule(random: () => number, comparingShare = 0.25): ScoringRule {
  if (random() < comparingShare) {
    const kind = pick(random, [
      'rankPoints',
      'rankFromBottom',
      'proportionalToBest',
      'threshold',
      'fallback',
    ] as const);
    if (kind === 'rankPoints' || kind === 'rankFromBottom')
      return { kind, step: pick(random, [0.1, 0.5, 1, 3]), minPoints: pick(random, [0, 0, 1]) };
    if (kind === 'proportionalToBest') return { kind, higherIsBetter: random() < 0.6 };
    if (kind === 'threshold')
      return {
        kind: 'thresholdLinear',
        direction: 'atLeast',
        target: 'peerAverage',
        unit: 'percent',
        pointsPerUnit: 0.2,
      };
    return {
      kind: 'fallbackAverage',
      base: random() < 0.5 ? { kind: 'manual' } : { kind: 'rankPoints', step: 0.5, minPoints: 0 },
    };
  }
  const kind = pick(random, [
    'manual',
    'grade',
    'deductPerCase',
    'deductTiered',
    'thresholdLinear',
    'formula',
    'surveyRate',
  ] as const);
  switch (kind) {
    case 'manual':
      return { kind };
    case 'grade':
      return { kind, levels: defaultGradeLevels };
    case 'deductPerCase':
      return { kind, pointsPerCase: pick(random, [0.25, 0.5, 1]), maxDeduction: pick(random, [null, 1.5]) };
    case 'deductTiered':
      return {
        kind,
        tiers: [
          { atLeast: 1, deduct: 0.5 },
          { atLeast: 3, deduct: 'all' },
        ],
      };
    case 'thresholdLinear':
      return {
        kind,
        direction: pick(random, ['atLeast', 'atMost'] as const),
        target: 0.2,
        unit: 'percent',
        pointsPerUnit: 0.5,
      };
    case 'formula':
      return { kind, expression: 'quota / headcount', output: pick(random, ['fraction', 'points'] as const) };
    case 'surveyRate':
      return { kind, zeroRate: 0.5, fullRate: 0.95 };
  }
}

function randomSources(random: () => number, all: boolean): IndicatorSource[] {
  if (all) return [...SOURCES];
  const out = SOURCES.filter(() => random() < 0.45);
  return out.length ? out : [pick(random, SOURCES)];
}

type Builder = { nodes: ScoringNode[]; next: () => string };

function addNode(
  b: Builder,
  parentId: string | null,
  seq: number,
  node: Partial<ScoringNode> & Pick<ScoringNode, 'role' | 'maxPoints'>,
) {
  const id = b.next();
  const parent = b.nodes.find((n) => n.id === parentId);
  const code = parent ? `${parent.code}.${seq}` : String(seq);
  const full: ScoringNode = {
    id,
    parentId,
    seq,
    code,
    name: `指标 ${code}`,
    rule: null,
    sources: [],
    ...node,
  };
  b.nodes.push(full);
  return full;
}

/** A set with `leaves` scored leaves in groups of up to five, a capped bonus group and a veto item. */
export function randomSet(
  random: () => number,
  id: string,
  kind: 'common' | 'category',
  category: UnitCategory | null,
  leaves: number,
  options: Pick<RandomCampaignOptions, 'allSources' | 'comparingShare'>,
): ScoringSet {
  let counter = 0;
  const b: Builder = { nodes: [], next: () => `${id}-n${++counter}` };
  let seq = 0;
  let total = 0;
  for (let made = 0; made < leaves; ) {
    const group = addNode(b, null, ++seq, { role: 'scored', maxPoints: 0 });
    const size = Math.min(leaves - made, 1 + Math.floor(random() * 5));
    let sum = 0;
    for (let k = 1; k <= size; k++) {
      const max = pick(random, [1, 2, 2.5, 3, 4, 5]);
      sum += max;
      addNode(b, group.id, k, {
        role: 'scored',
        maxPoints: max,
        rule: randomScoredRule(random, options.comparingShare),
        sources: randomSources(random, options.allSources ?? false),
      });
    }
    group.maxPoints = cents(sum);
    total += sum;
    made += size;
  }
  const bonus = addNode(b, null, ++seq, { role: 'bonus', maxPoints: 3 });
  addNode(b, bonus.id, 1, {
    role: 'bonus',
    maxPoints: 2,
    rule: { kind: 'bonusPerCase', pointsPerCase: 0.5 },
    sources: ['self', 'onsite'],
  });
  addNode(b, bonus.id, 2, { role: 'bonus', maxPoints: 2.5, rule: { kind: 'manual' }, sources: ['onsite'] });
  addNode(b, null, ++seq, {
    role: 'veto',
    maxPoints: 0,
    rule: { kind: 'veto', effect: pick(random, ['capBelowExcellent', 'forceLowest'] as const) },
    sources: ['self', 'onsite'],
  });
  return {
    id,
    kind,
    category,
    name: `${kind} ${category ?? ''}`,
    fullMark: cents(total),
    bonusCap: 4,
    source: { setId: `${id}-lib`, seriesId: `${id}-series` },
    nodes: b.nodes,
  };
}

function randomInput(random: () => number, rule: ScoringRule, max: number): ScoreInput {
  switch (ruleInputOf(rule)) {
    case 'points':
      return { points: cents(random() * max) };
    case 'grade':
      return { grade: pick(random, ['好', '较好', '一般', '差', 'Good']) };
    case 'cases':
      return { cases: Math.floor(random() * 5) };
    case 'value':
      // one decimal over a small range, so equal values (ties) are common
      return { value: Math.round(random() * 10) / 20 };
    case 'rate':
      return { rate: random() };
    case 'triggered':
      return { triggered: random() < 0.1 };
  }
}

/** Entries of one target for every leaf of its sets. */
export function randomEntries(random: () => number, sets: readonly ScoringSet[], presence: number) {
  const entries: Record<string, LeafEntries> = {};
  for (const set of sets) {
    const parents = new Set(set.nodes.map((n) => n.parentId));
    for (const node of set.nodes) {
      if (parents.has(node.id) || !node.rule) continue;
      const e: LeafEntries = {};
      const has = (s: IndicatorSource) => node.sources.includes(s) && random() < presence;
      if (has('self')) e.self = { input: randomInput(random, node.rule, node.maxPoints), by: 'unit' };
      if (has('onsite'))
        e.onsite = {
          input: randomInput(random, node.rule, node.maxPoints),
          by: `expert-${Math.floor(random() * 4)}`,
        };
      if (has('external'))
        e.external = Array.from({ length: 1 + Math.floor(random() * 3) }, (_, k) => ({
          rater: `rater-${k}`,
          level: random() < 0.1 ? null : pick(random, externalRatingLevels.codes),
        }));
      if (has('survey')) e.survey = Math.round(random() * 100) / 100;
      if (has('registry')) e.registry = Math.round(random() * 10) / 20;
      entries[node.id] = e;
    }
  }
  return entries;
}

/** A random campaign; targets of the first category without a category set are left on the common set. */
export function randomCampaign(seed: number, options: RandomCampaignOptions): CampaignScoringInput {
  const random = mulberry32(seed);
  const common = randomSet(random, 'common', 'common', null, options.commonLeaves, options);
  const withX = options.allCategorySets ? options.categories : options.categories.slice(1);
  const xSets = withX.map((c) => randomSet(random, `x-${c}`, 'category', c, options.categoryLeaves, options));
  const sets = [common, ...xSets];
  const targets: ScoringTarget[] = Array.from({ length: options.targets }, (_, i) => {
    const category = options.categories[i % options.categories.length] as UnitCategory;
    const own = sets.filter((s) => s.kind === 'common' || s.category === category);
    return {
      id: `target-${i + 1}`,
      name: `单位 ${i + 1}`,
      category,
      setIds: own.map((s) => s.id),
      entries: randomEntries(random, own, options.presence),
    };
  });
  const firstLeaf = common.nodes.find((n) => n.rule && n.role === 'scored' && n.sources.length > 1);
  return {
    sets,
    targets,
    sourceWeights: {
      global: { self: 0.2, onsite: 0.5, external: 0.15, survey: 0.15 },
      overrides: firstLeaf
        ? [
            {
              setId: common.source.setId,
              code: firstLeaf.code,
              weights: { [firstLeaf.sources[0] as IndicatorSource]: 1 },
            },
          ]
        : [],
    },
    grading: {
      fullMark: 100,
      gradeBands: defaultGradeBands,
      externalRatingMapping: defaultExternalRatingMapping,
    },
    setMix: { commonShare: 0.7 },
  };
}
