import { z } from 'zod';
import { LocalizedTextSchema } from '../api.schemas.ts';
import { CampaignGradeSchema, ExternalRatingLevelSchema } from '../campaigns/grading.ts';
import { ScoreInputSchema } from '../campaigns/score-input.ts';
import { indicatorRoles, indicatorSources, vetoEffects } from '../indicators/vocabulary.ts';
import { unitCategories } from '../registry/vocabulary.ts';

/**
 * The HTTP contract of 综合评定 (overall score), its explanation, rater consistency and the
 * multi-criteria lenses. Prefix /api/v1/campaigns. Scores are stored per campaign and target
 * (`campaign_scores`) by a full run (a job) and kept fresh incrementally when an entry changes;
 * a run's row says when it was computed and whether it is stale.
 *
 * | method | path                                   | who                                                        | input                                   | output                      |
 * | ------ | -------------------------------------- | ---------------------------------------------------------- | --------------------------------------- | --------------------------- |
 * | GET    | /:id/scores                            | admins/officers in scope, leaders of scope; unit (own row, reporting/closed only) | ScoresParamsSchema     | CampaignScoresSchema        |
 * | POST   | /:id/scores/run                        | officers/admins in scope (region write)                    | ScoresParamsSchema (no body)            | JobStartedSchema (core/jobs)|
 * | GET    | /:id/scores/export?lang=zh|en          | admins/officers in scope, leaders of scope                 | ScoresExportQuerySchema                 | .xlsx file                  |
 * | GET    | /:id/targets/:unitId/explanation       | admins/officers/leaders in scope; the unit itself once reporting/closed | ScoreTargetParamsSchema   | TargetExplanationSchema     |
 * | GET    | /:id/consistency                       | admins/officers in scope, leaders of scope                 | ScoresParamsSchema                      | RaterConsistencySchema      |
 * | POST   | /:id/lenses                            | admins/officers in scope, leaders of scope (read-only)     | LensInputSchema                         | LensResultSchema            |
 * | POST   | /:id/fuzzy                             | admins/officers in scope, leaders of scope (read-only)     | FuzzyCampaignInputSchema                | FuzzyCampaignResultSchema   |
 *
 * Evaluators, experts and raters get 403 on every route; a unit gets 403 on the office routes
 * (run, export, consistency, lenses, fuzzy). Out of scope (or another unit's target, or a unit
 * before the campaign is reporting/closed) → 404. A campaign never scored → GET /scores answers
 * `computedAt: null` and no rows; the explanation, consistency and lenses answer E_NOT_FOUND on
 * `scores` (fuzzy reads the external ratings and needs no run). An entry changed since the run
 * is re-scored incrementally in the server that holds the last result, else `stale: true`.
 * Run: a draft campaign → E_ILLEGAL_TRANSITION on `status`; the job scores, writes and audits
 * (`campaign.score`) in one transaction; poll GET /api/v1/jobs/:runId (JobProgress).
 * Sources: survey and registry have no stored data yet, so those sources are always empty.
 */

export const ScoresParamsSchema = z.object({ id: z.uuid() });
export const ScoreTargetParamsSchema = ScoresParamsSchema.extend({ unitId: z.uuid() });
export const ScoresExportQuerySchema = z.object({ lang: z.enum(['zh', 'en']).default('zh') });
export type ScoresExportQuery = z.infer<typeof ScoresExportQuerySchema>;

const CategorySchema = z.enum(unitCategories.codes);
const VetoEffectSchema = z.enum(vetoEffects.codes);
const SourceSchema = z.enum(indicatorSources.codes);

export const VetoHitSchema = z.object({
  setId: z.uuid(),
  nodeId: z.uuid(),
  code: z.string(),
  effect: VetoEffectSchema,
});

/** A set of the campaign and its first-level indicators (the columns of the heatmap and radar). */
export const ScoreSetColumnSchema = z.object({
  setId: z.uuid(),
  name: z.string(),
  kind: z.enum(['common', 'category']),
  category: CategorySchema.nullable(),
  firstLevel: z.array(
    z.object({
      nodeId: z.uuid(),
      code: z.string(),
      name: z.string(),
      maxPoints: z.number(),
      role: z.enum(indicatorRoles.codes),
    }),
  ),
});

/** One first-level indicator's points of a target (set + code identify the column). */
export const FirstLevelPointsSchema = z.object({ setId: z.uuid(), code: z.string(), points: z.number() });

export const ScoreRankingRowSchema = z.object({
  unitId: z.uuid(),
  unitName: z.string(),
  category: CategorySchema,
  total: z.number(),
  grade: CampaignGradeSchema,
  /** The strongest veto that occurred (一票否优 / 一票否决), null without one. */
  veto: VetoEffectSchema.nullable(),
  vetoes: z.array(VetoHitSchema),
  rank: z.number().int(),
  categoryRank: z.number().int(),
  /** The unit's rank in the previous campaign that scored it (same region, before this one). */
  previousRank: z.number().int().nullable(),
  /** previousRank − rank: positive = moved up (▲), negative = down (▼); null without a previous rank. */
  rankChange: z.number().int().nullable(),
  missingCategorySet: z.boolean(),
  firstLevel: z.array(FirstLevelPointsSchema),
});
export type ScoreRankingRow = z.infer<typeof ScoreRankingRowSchema>;

export const CampaignScoresSchema = z
  .object({
    campaignId: z.uuid(),
    /** null: never scored. */
    computedAt: z.string().nullable(),
    /** An entry changed since and could not be re-scored incrementally: run again. */
    stale: z.boolean(),
    /** The job run that computed the stored scores (null after an incremental update only). */
    jobId: z.uuid().nullable(),
    /** The previous campaign the rank change is measured against. */
    previousCampaign: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    sets: z.array(ScoreSetColumnSchema),
    /** Sorted by rank, then unit name. A unit user gets its own row only. */
    rows: z.array(ScoreRankingRowSchema),
    /** Every grade with its count (zero included), best first. */
    gradeDistribution: z.array(z.object({ grade: CampaignGradeSchema, count: z.number().int() })),
    /** Campaign average of each first-level indicator over the targets scored on its set. */
    averages: z.array(FirstLevelPointsSchema.extend({ targets: z.number().int() })),
  })
  .meta({ id: 'CampaignScores' });
export type CampaignScores = z.infer<typeof CampaignScoresSchema>;

// ——— explanation (mirror of core scoring/explain.ts) ———

const RaterLevelSchema = z.object({ rater: z.string(), level: ExternalRatingLevelSchema.nullable() });
export const SourceEntryShownSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('entry'), input: ScoreInputSchema }),
  z.object({ kind: z.literal('levels'), levels: z.array(RaterLevelSchema) }),
  z.object({ kind: z.literal('rate'), rate: z.number() }),
  z.object({ kind: z.literal('value'), value: z.number() }),
]);
export const SourceExplanationSchema = z.object({
  source: SourceSchema,
  entry: SourceEntryShownSchema,
  /** Who gave it: user display names (self, on-site) or rater department names (external). */
  by: z.array(z.string()),
  weight: z.number(),
  share: z.number(),
  points: z.number().nullable(),
  contribution: z.number(),
  explanation: LocalizedTextSchema,
});

export type NodeExplanationOut = {
  nodeId: string;
  code: string;
  name: string;
  role: (typeof indicatorRoles.codes)[number];
  maxPoints: number;
  points: number;
  gained: number;
  lost: number;
  rule: { zh: string; en: string } | null;
  sources: z.infer<typeof SourceExplanationSchema>[];
  comparison: { value: number | null; explanation: { zh: string; en: string } } | null;
  notes: { zh: string; en: string }[];
  veto: (typeof vetoEffects.codes)[number] | null;
  findingIds: string[];
  evidenceIds: string[];
  children: NodeExplanationOut[];
};
export const NodeExplanationSchema: z.ZodType<NodeExplanationOut> = z.lazy(() =>
  z.object({
    nodeId: z.string(),
    code: z.string(),
    name: z.string(),
    role: z.enum(indicatorRoles.codes),
    maxPoints: z.number(),
    points: z.number(),
    gained: z.number(),
    lost: z.number(),
    rule: LocalizedTextSchema.nullable(),
    sources: z.array(SourceExplanationSchema),
    comparison: z.object({ value: z.number().nullable(), explanation: LocalizedTextSchema }).nullable(),
    notes: z.array(LocalizedTextSchema),
    veto: VetoEffectSchema.nullable(),
    findingIds: z.array(z.string()),
    evidenceIds: z.array(z.string()),
    children: z.array(NodeExplanationSchema),
  }),
);

export const SetExplanationSchema = z.object({
  setId: z.uuid(),
  name: z.string(),
  kind: z.enum(['common', 'category']),
  total: z.number(),
  scoredTotal: z.number(),
  bonus: z.object({
    uncapped: z.number(),
    total: z.number(),
    capped: z.boolean(),
    explanation: LocalizedTextSchema,
  }),
  share: z.number(),
  /** The set's part of the total; the parts add up to the total. */
  contribution: z.number(),
  nodes: z.array(NodeExplanationSchema),
});

/** 项目 | 评分办法 | 核心指标 | 指标数据 | 平均值 | 排名 | 得分 | 同比去年, one row per leaf. */
export const ExplanationRowSchema = z.object({
  setId: z.uuid(),
  nodeId: z.uuid(),
  code: z.string(),
  item: z.string(),
  method: LocalizedTextSchema,
  indicator: z.string(),
  data: LocalizedTextSchema,
  average: z.number().nullable(),
  rank: z.number().int().nullable(),
  of: z.number().int(),
  points: z.number(),
  maxPoints: z.number(),
  yearOnYear: z.number().nullable(),
});

/** Findings (on-site) and evidence files linked to a node, for the drawer's links. */
export const ExplanationLinksSchema = z.object({
  findings: z.array(
    z.object({
      id: z.uuid(),
      nodeId: z.uuid().nullable(),
      source: z.enum(['onsite', 'external']),
      text: z.string(),
    }),
  ),
  evidence: z.array(
    z.object({ id: z.uuid(), fileId: z.uuid(), nodeId: z.uuid().nullable(), fileName: z.string() }),
  ),
});

export const TargetExplanationSchema = z
  .object({
    campaignId: z.uuid(),
    targetId: z.uuid(),
    name: z.string(),
    total: z.number(),
    grade: CampaignGradeSchema,
    veto: VetoEffectSchema.nullable(),
    vetoes: z.array(VetoHitSchema),
    rank: z.number().int(),
    categoryRank: z.number().int(),
    missingCategorySet: z.boolean(),
    sets: z.array(SetExplanationSchema),
    rows: z.array(ExplanationRowSchema),
    /** The campaign 同比去年 compares with (null: none). */
    previousCampaign: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    computedAt: z.string(),
    stale: z.boolean(),
    links: ExplanationLinksSchema,
  })
  .meta({ id: 'TargetExplanation' });
export type TargetExplanation = z.infer<typeof TargetExplanationSchema>;

// ——— rater consistency ———

export const RaterConsistencySchema = z
  .object({
    /** Per evaluator (an expert of a drawn team who entered on-site scores). */
    evaluators: z.array(
      z.object({
        userId: z.uuid(),
        name: z.string(),
        teamNo: z.number().int().nullable(),
        /** Items compared (leaves with the evaluator's score and at least one other source). */
        items: z.number().int(),
        /** Mean of (own points − other sources' points) ÷ item max; positive = lenient. */
        leniency: z.number().nullable(),
        z: z.number().nullable(),
        /** |z| > 2 over the campaign's evaluators: shown to officers, never corrected. */
        flagged: z.boolean(),
      }),
    ),
    /** Per team: Kendall's W (tie-corrected) over the members' on-site scores of the same targets. */
    teams: z.array(
      z.object({
        teamNo: z.number().int(),
        raters: z.number().int(),
        objects: z.number().int(),
        w: z.number().nullable(),
        note: LocalizedTextSchema.nullable(),
      }),
    ),
  })
  .meta({ id: 'RaterConsistency' });
export type RaterConsistency = z.infer<typeof RaterConsistencySchema>;

// ——— lenses ———

/** A criterion: a first-level indicator of a set, `setId/code`. */
export const LensCriterionKeySchema = z.string().regex(/^[0-9a-f-]{36}\/[^/]+$/);

export const LensInputSchema = z.object({
  method: z.enum(['entropy', 'topsis']),
  /** First-level indicators (`setId/code`); default: the first-level scored indicators of the sets every included target has. */
  criteria: z.array(LensCriterionKeySchema).min(1).max(50).optional(),
  /** Only the targets of one category (then its X set's indicators are criteria too). */
  category: CategorySchema.optional(),
  /** entropy: minmax | none; topsis: vector | minmax | none. Defaults: minmax (entropy), vector (topsis). */
  normalization: z.enum(['vector', 'minmax', 'none']).optional(),
  /** TOPSIS weights: the indicators' points (official weights, default), equal, or entropy weights. */
  weighting: z.enum(['points', 'equal', 'entropy']).default('points'),
});
export type LensInput = z.infer<typeof LensInputSchema>;

export const LensResultSchema = z
  .object({
    method: z.enum(['entropy', 'topsis']),
    criteria: z.array(
      z.object({ key: z.string(), setId: z.uuid(), code: z.string(), name: z.string(), weight: z.number() }),
    ),
    /** Sorted by lens rank. The official rank is the campaign's; both are compared over these targets. */
    rows: z.array(
      z.object({
        unitId: z.uuid(),
        unitName: z.string(),
        total: z.number(),
        officialRank: z.number().int(),
        /** Entropy: Σ weight × points ÷ max; TOPSIS: closeness. */
        lensScore: z.number(),
        lensRank: z.number().int(),
        /** officialRank among these targets − lensRank. */
        difference: z.number().int(),
      }),
    ),
    /** Between the official totals and the lens scores (mid-ranks for ties; τ is tau-b). */
    spearmanRho: z.number().nullable(),
    kendallTau: z.number().nullable(),
    n: z.number().int(),
  })
  .meta({ id: 'LensResult' });
export type LensResult = z.infer<typeof LensResultSchema>;

// ——— fuzzy comprehensive evaluation on external ratings ———

export const FuzzyCampaignInputSchema = z.object({
  /** One target (its membership matrix is returned) or all rated targets. */
  unitId: z.uuid().optional(),
  operator: z.enum(['weighted-average', 'min-max', 'product-max', 'min-sum']).default('weighted-average'),
});
export type FuzzyCampaignInput = z.infer<typeof FuzzyCampaignInputSchema>;

export const FuzzyCampaignResultSchema = z
  .object({
    /** Columns of every membership row and vector: 好 / 较好 / 一般. */
    levels: z.array(ExternalRatingLevelSchema),
    /** Score of each level (the campaign's external mapping, percent of the item). */
    levelScores: z.array(z.number()),
    targets: z.array(
      z.object({
        unitId: z.uuid(),
        unitName: z.string(),
        /** Only for a single target: item rows (weight = item points ÷ Σ points; free items count 100). */
        items: z
          .array(
            z.object({
              key: z.string(),
              label: LocalizedTextSchema,
              points: z.number(),
              weight: z.number(),
              membership: z.array(z.number()),
              raters: z.number().int(),
            }),
          )
          .nullable(),
        vector: z.array(z.number()),
        normalized: z.array(z.number()),
        grade: ExternalRatingLevelSchema,
        score: z.number(),
      }),
    ),
  })
  .meta({ id: 'FuzzyCampaignResult' });
export type FuzzyCampaignResult = z.infer<typeof FuzzyCampaignResultSchema>;
