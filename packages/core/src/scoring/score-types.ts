import type { SetMix } from '../campaigns/campaign.schemas.ts';
import type { FrozenNode, FrozenSet } from '../campaigns/freeze.ts';
import type { CampaignGrading } from '../campaigns/grading.ts';
import type { ScoreInput } from '../campaigns/score-input.ts';
import type { SourceWeights } from '../campaigns/source-weights.ts';
import type { CampaignGrade, ExternalRatingLevel } from '../campaigns/vocabulary.ts';
import type { VetoEffect } from '../indicators/vocabulary.ts';
import type { UnitCategory } from '../registry/vocabulary.ts';

/**
 * The plain data the overall score (综合评定) is computed from and what it gives back. Everything
 * is keyed by ids so the server can fill it from its tables; the engine never reads anything else.
 */

/** The part of a frozen node the engine reads. */
export type ScoringNode = Pick<
  FrozenNode,
  'id' | 'parentId' | 'seq' | 'code' | 'name' | 'role' | 'maxPoints' | 'rule' | 'sources'
>;

/** The part of a frozen set the engine reads; `source` names the library set (for weight overrides). */
export type ScoringSet = Pick<FrozenSet, 'id' | 'kind' | 'category' | 'name' | 'fullMark' | 'bonusCap'> & {
  source: Pick<FrozenSet['source'], 'setId' | 'seriesId'>;
  nodes: readonly ScoringNode[];
};

/** A self-assessment or on-site entry and who entered it (user id or name, for the explanation). */
export type PersonEntry = { input: ScoreInput; by: string | null };

/** One external rater department's level for an item (null: not graded yet). */
export type RaterLevel = { rater: string; level: ExternalRatingLevel | null };

/**
 * What each source gave one target for one leaf. Self and on-site entries go through the leaf's
 * rule; external levels are the mapped share of the leaf's points, averaged over raters; the
 * survey rate goes through a `surveyRate` rule (any other rule: rate × points); the registry number
 * is the `formula` rule's result or the leaf's 台账取数 formula's, fed to the rule as its value or
 * its number of cases.
 */
export type LeafEntries = {
  self?: PersonEntry | null;
  onsite?: PersonEntry | null;
  external?: readonly RaterLevel[] | null;
  survey?: number | null;
  registry?: number | null;
};

/** A target (评估对象) with its frozen sets and its entries keyed by frozen node id. */
export type ScoringTarget = {
  id: string;
  name: string;
  category: UnitCategory;
  setIds: readonly string[];
  entries: Readonly<Record<string, LeafEntries>>;
};

export type CampaignScoringInput = {
  sets: readonly ScoringSet[];
  targets: readonly ScoringTarget[];
  sourceWeights: SourceWeights;
  grading: CampaignGrading;
  setMix: SetMix;
};

/** A veto leaf that occurred. */
export type VetoHit = { setId: string; nodeId: string; code: string; effect: VetoEffect };

export type SetScore = {
  setId: string;
  kind: ScoringSet['kind'];
  /** Scored indicators + bonus after the caps, on the set's own scale. */
  total: number;
  scoredTotal: number;
  bonus: { uncapped: number; total: number; capped: boolean };
  /** The set's share of the overall total (1+X mix), after scaling to the campaign's full mark. */
  share: number;
  /** Points per node, in the set's node order (groups are the roll-up of their children). */
  nodePoints: number[];
  vetoes: VetoHit[];
};

export type TargetScore = {
  targetId: string;
  category: UnitCategory;
  total: number;
  grade: CampaignGrade;
  /** The strongest veto that occurred, which limits the grade. */
  veto: VetoEffect | null;
  vetoes: VetoHit[];
  /** Competition ranks ("1224") by total, in the campaign and among the same category. */
  rank: number;
  categoryRank: number;
  /** No category ("X") set: scored on its common set alone. */
  missingCategorySet: boolean;
  sets: SetScore[];
};

/**
 * What the targets had for a leaf whose points compare targets (ranks, best value, peer average,
 * average fallback), in the order of `targetIds` (the targets scored on that leaf's set). Kept so
 * an explanation and an incremental re-score need not recompute the campaign.
 */
export type ComparedLeaf = {
  targetIds: string[];
  /** Combined value per target (comparing rules on values), null without one. */
  values: (number | null)[];
  /** Points per target before the average fallback; null = no data. */
  points: (number | null)[];
};

export type CampaignScore = {
  targets: TargetScore[];
  compared: Record<string, ComparedLeaf>;
};
