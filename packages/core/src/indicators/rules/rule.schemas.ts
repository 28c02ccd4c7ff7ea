import { z } from 'zod';
import { compileFormula } from '../formula/compile.ts';
import { FORMULA_MAX_LENGTH } from '../formula/parse.ts';
import { vetoEffects } from '../vocabulary.ts';

/**
 * The scoring rule of a leaf indicator (计分规则, DOMAIN.md §2.6): a discriminated union on `kind`,
 * each kind with its own parameters and bounds. A rule is always read together with its node's
 * `maxPoints` (the full points of the indicator, or the cap of a bonus item), so no rule repeats
 * it. Messages are "中文 / English" so that `describeIssue` shows the user's language.
 */

const msg = (zh: string, en: string) => `${zh} / ${en}`;

const hasCents = (n: number) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6;

/** Points: 0 … 1,000 with at most two decimals (score sheets print 0.01). */
export const PointsSchema = z
  .number()
  .min(0)
  .max(1000)
  .refine(hasCents, msg('分值最多保留两位小数', 'points have at most two decimals'));

const PositivePointsSchema = PointsSchema.refine((n) => n > 0, msg('应大于 0', 'must be greater than 0'));

/** A fraction of something, 0 … 1 (a grade's share of the full points, a survey rate). */
const FractionSchema = z.number().min(0).max(1);

export const ManualRuleSchema = z.object({ kind: z.literal('manual') });

export const GradeLevelSchema = z.object({
  label: z.object({ zh: z.string().trim().min(1).max(20), en: z.string().trim().max(40).default('') }),
  /** Share of the indicator's points this grade earns. */
  fraction: FractionSchema,
});
export type GradeLevel = z.infer<typeof GradeLevelSchema>;

/** Grades from best to worst, each worth a fraction of the points (好/较好/一般 → 100/80/60 %). */
export const GradeRuleSchema = z
  .object({ kind: z.literal('grade'), levels: z.array(GradeLevelSchema).min(2).max(10) })
  .superRefine((rule, ctx) => {
    const labels = rule.levels.map((l) => l.label.zh);
    if (new Set(labels).size !== labels.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['levels'],
        message: msg('等次名称不能重复', 'grade labels must differ'),
      });
    }
    rule.levels.forEach((level, i) => {
      const previous = rule.levels[i - 1];
      if (previous && level.fraction > previous.fraction) {
        ctx.addIssue({
          code: 'custom',
          path: ['levels', i, 'fraction'],
          message: msg('等次应从高到低排列，得分比例不能高于上一等次', 'list grades from best to worst'),
        });
      }
    });
  });

/** −x per case (每发现一例扣 x 分), floor 0, optionally at most `maxDeduction` in all. */
export const DeductPerCaseRuleSchema = z.object({
  kind: z.literal('deductPerCase'),
  pointsPerCase: PositivePointsSchema,
  maxDeduction: PositivePointsSchema.nullable().default(null),
});

export const DeductionTierSchema = z.object({
  /** From this many cases on … */
  atLeast: z.number().int().min(1).max(1000),
  /** … deduct this much, or everything (`all`: the indicator scores 0). */
  deduct: z.union([PositivePointsSchema, z.literal('all')]),
});
export type DeductionTier = z.infer<typeof DeductionTierSchema>;

/** Deduction by number of cases: one case −0.5, two or more → 0 (S13 3.241). */
export const DeductTieredRuleSchema = z
  .object({ kind: z.literal('deductTiered'), tiers: z.array(DeductionTierSchema).min(1).max(10) })
  .superRefine((rule, ctx) => {
    rule.tiers.forEach((tier, i) => {
      const previous = rule.tiers[i - 1];
      if (!previous) return;
      if (tier.atLeast <= previous.atLeast) {
        ctx.addIssue({
          code: 'custom',
          path: ['tiers', i, 'atLeast'],
          message: msg('档位的起始例数应逐档递增', 'each tier must start at more cases than the one before'),
        });
      }
      const lessThanBefore =
        previous.deduct === 'all' || (tier.deduct !== 'all' && tier.deduct < previous.deduct);
      if (lessThanBefore) {
        ctx.addIssue({
          code: 'custom',
          path: ['tiers', i, 'deduct'],
          message: msg('例数越多扣分不能越少', 'more cases cannot deduct less'),
        });
      }
    });
  });

/** +x per case, capped by the node's points (the item cap) and by the set's bonus cap. */
export const BonusPerCaseRuleSchema = z.object({
  kind: z.literal('bonusPerCase'),
  pointsPerCase: PositivePointsSchema,
});

/**
 * Full points at or beyond a target, minus `pointsPerUnit` for each unit short of it (floor 0).
 * `percent`: the value is a ratio (0.18) and the shortfall is counted in percentage points;
 * `absolute`: in the value's own unit (years of average age). The target may be the peers'
 * average (“不低于同类平均水平”).
 */
export const ThresholdLinearRuleSchema = z
  .object({
    kind: z.literal('thresholdLinear'),
    direction: z.enum(['atLeast', 'atMost']).default('atLeast'),
    target: z.union([z.number().min(-1e9).max(1e9), z.literal('peerAverage')]),
    unit: z.enum(['percent', 'absolute']).default('percent'),
    pointsPerUnit: z.number().positive().max(1000),
  })
  .superRefine((rule, ctx) => {
    if (rule.unit === 'percent' && typeof rule.target === 'number' && (rule.target < 0 || rule.target > 10)) {
      ctx.addIssue({
        code: 'custom',
        path: ['target'],
        message: msg('比例目标应写成小数，如 20% 写 0.2', 'write a ratio target as a fraction: 20 % is 0.2'),
      });
    }
  });

const rankShape = {
  /** Points lost per place below the first (60/57/54 → 3). */
  step: PositivePointsSchema,
  /** Points never go below this. */
  minPoints: PointsSchema.default(0),
};
/** 1st gets the full points, each next place `step` less (60/57/54/51/48); higher value ranks first. */
export const RankPointsRuleSchema = z.object({ kind: z.literal('rankPoints'), ...rankShape });
/** As `rankPoints`, but the lowest value ranks first (least staffing gets most: 2/1.9/1.8). */
export const RankFromBottomRuleSchema = z.object({ kind: z.literal('rankFromBottom'), ...rankShape });

/** The best target gets the full points, the others points × value ÷ best (or best ÷ value). */
export const ProportionalToBestRuleSchema = z.object({
  kind: z.literal('proportionalToBest'),
  higherIsBetter: z.boolean().default(true),
});

/**
 * A formula on registry measures, as saved: trimmed, at most 500 characters, parsed and
 * type-checked to a number (each problem reported with the formula's own zh/en message).
 */
export const FormulaExpressionSchema = z
  .string()
  .trim()
  .min(1)
  .max(FORMULA_MAX_LENGTH)
  .superRefine((expression, ctx) => {
    const compiled = compileFormula(expression);
    if (compiled.ok) return;
    for (const error of compiled.errors) {
      ctx.addIssue({
        code: 'custom',
        message: msg(error.message.zh, error.message.en),
        params: { formulaError: error },
      });
    }
  });

/**
 * A formula on registry measures, checked when saved. `fraction`: the value is a share of the
 * points (1 = full); `points`: the value is the points. Either way clamped to [0, points].
 */
export const FormulaRuleSchema = z.object({
  kind: z.literal('formula'),
  expression: FormulaExpressionSchema,
  output: z.enum(['fraction', 'points']).default('fraction'),
});

/** Share of favourable answers → points, linear between `zeroRate` (0 points) and `fullRate`. */
export const SurveyRateRuleSchema = z
  .object({
    kind: z.literal('surveyRate'),
    zeroRate: FractionSchema.default(0),
    fullRate: FractionSchema.default(1),
  })
  .superRefine((rule, ctx) => {
    if (rule.zeroRate >= rule.fullRate) {
      ctx.addIssue({
        code: 'custom',
        path: ['fullRate'],
        message: msg('满分满意率应高于零分满意率', 'the full-points rate must be above the zero-points rate'),
      });
    }
  });

/** The rules a scored indicator may have, and that `fallbackAverage` may wrap. */
export const BaseRuleSchema = z.discriminatedUnion('kind', [
  ManualRuleSchema,
  GradeRuleSchema,
  DeductPerCaseRuleSchema,
  DeductTieredRuleSchema,
  ThresholdLinearRuleSchema,
  RankPointsRuleSchema,
  RankFromBottomRuleSchema,
  ProportionalToBestRuleSchema,
  FormulaRuleSchema,
  SurveyRateRuleSchema,
]);
export type BaseRule = z.infer<typeof BaseRuleSchema>;

/** A target without data for the base rule gets the average points of the targets that have it. */
export const FallbackAverageRuleSchema = z.object({
  kind: z.literal('fallbackAverage'),
  base: BaseRuleSchema,
});

/** 一票否优 / 一票否决: no points; when triggered the grade is capped or forced. */
export const VetoRuleSchema = z.object({ kind: z.literal('veto'), effect: z.enum(vetoEffects.codes) });

export const ScoringRuleSchema = z
  .discriminatedUnion('kind', [
    ManualRuleSchema,
    GradeRuleSchema,
    DeductPerCaseRuleSchema,
    DeductTieredRuleSchema,
    BonusPerCaseRuleSchema,
    ThresholdLinearRuleSchema,
    RankPointsRuleSchema,
    RankFromBottomRuleSchema,
    ProportionalToBestRuleSchema,
    FormulaRuleSchema,
    SurveyRateRuleSchema,
    FallbackAverageRuleSchema,
    VetoRuleSchema,
  ])
  .meta({ id: 'ScoringRule' });
export type ScoringRule = z.infer<typeof ScoringRuleSchema>;
/** The rule of one kind. */
export type RuleOf<K extends ScoringRule['kind']> = Extract<ScoringRule, { kind: K }>;
