import { z } from 'zod';
import type { VetoEffect } from '../indicators/vocabulary.ts';
import { msg } from './messages.ts';
import {
  type CampaignGrade,
  campaignGrades,
  type ExternalRatingLevel,
  externalRatingLevels,
} from './vocabulary.ts';

/**
 * How a campaign turns scores into grades (等次) and external ratings into points. Bands are
 * lower bounds, best first: a score belongs to the first band whose `min` it reaches, so bands
 * with strictly falling bounds ending at 0 cover [0, full mark] without gap or overlap, and a
 * total above the full mark (bonus points) stays in the top band.
 */

export const CampaignGradeSchema = z.enum(campaignGrades.codes);
export const ExternalRatingLevelSchema = z.enum(externalRatingLevels.codes);

export const GradeBandSchema = z.object({
  grade: CampaignGradeSchema,
  /** Lowest score of the band (inclusive). */
  min: z.number().min(0).max(1000),
});
export type GradeBand = z.infer<typeof GradeBandSchema>;

/** DOMAIN.md §2.5: 优秀 ≥ 90; 良好 80 – < 90; 合格 60 – < 80; 不合格 < 60. */
export const defaultGradeBands: GradeBand[] = [
  { grade: 'excellent', min: 90 },
  { grade: 'good', min: 80 },
  { grade: 'pass', min: 60 },
  { grade: 'fail', min: 0 },
];

const gradeOrder = new Map<CampaignGrade, number>(campaignGrades.codes.map((g, i) => [g, i]));

/** Bands best first, strictly falling, the last starting at 0. */
export const GradeBandsSchema = z
  .array(GradeBandSchema)
  .min(2)
  .max(campaignGrades.codes.length)
  .superRefine((bands, ctx) => {
    bands.forEach((band, i) => {
      const previous = bands[i - 1];
      if (previous && (gradeOrder.get(band.grade) ?? 0) <= (gradeOrder.get(previous.grade) ?? 0)) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'grade'],
          message: msg('等次应从高到低排列且不能重复', 'list grades from best to worst, each once'),
        });
      }
      if (previous && band.min >= previous.min) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'min'],
          message: msg(
            `“${campaignGrades.labels[band.grade].zh}”的下限应低于上一等次的 ${previous.min} 分`,
            `the lower bound of ${campaignGrades.labels[band.grade].en} must be below ${previous.min}`,
          ),
        });
      }
    });
    const last = bands[bands.length - 1];
    if (last && last.min !== 0) {
      ctx.addIssue({
        code: 'custom',
        path: [bands.length - 1, 'min'],
        message: msg('最低等次的下限应为 0 分，才能覆盖全部分数', 'the lowest band must start at 0'),
      });
    }
  });

/** Share of an item's points each external rating level earns (好/较好/一般 → 100/80/60 %). */
export const ExternalRatingMappingSchema = z
  .object({
    good: z.number().min(0).max(1),
    fairlyGood: z.number().min(0).max(1),
    fair: z.number().min(0).max(1),
  })
  .superRefine((m, ctx) => {
    if (m.fairlyGood > m.good || m.fair > m.fairlyGood) {
      ctx.addIssue({
        code: 'custom',
        path: ['fair'],
        message: msg('得分比例应满足 好 ≥ 较好 ≥ 一般', 'shares must satisfy good ≥ fairly good ≥ fair'),
      });
    }
  });
export type ExternalRatingMapping = z.infer<typeof ExternalRatingMappingSchema>;

export const defaultExternalRatingMapping: ExternalRatingMapping = { good: 1, fairlyGood: 0.8, fair: 0.6 };

/** Full mark, bands and external mapping: one section of the plan, saved together. */
export const CampaignGradingSchema = z
  .object({
    /** The scale of the overall score (综合得分), 100 by default. */
    fullMark: z.number().positive().max(1000).default(100),
    gradeBands: GradeBandsSchema.default(defaultGradeBands),
    externalRatingMapping: ExternalRatingMappingSchema.default(defaultExternalRatingMapping),
  })
  .superRefine((g, ctx) => {
    const top = g.gradeBands[0];
    if (top && top.min > g.fullMark) {
      ctx.addIssue({
        code: 'custom',
        path: ['gradeBands', 0, 'min'],
        message: msg(
          `最高等次的下限不能超过满分 ${g.fullMark} 分`,
          `the top band cannot start above the full mark of ${g.fullMark}`,
        ),
      });
    }
  });
export type CampaignGrading = z.infer<typeof CampaignGradingSchema>;

/**
 * The grade of a score. 一票否优 caps it one band below the best; 一票否决 forces the lowest band
 * (DOMAIN.md §2.5).
 */
export function gradeOf(
  score: number,
  bands: readonly GradeBand[],
  veto: VetoEffect | null = null,
): CampaignGrade {
  const index = bands.findIndex((b) => score >= b.min);
  const lowest = bands.length - 1;
  const found = index === -1 ? lowest : index;
  const capped = veto === 'forceLowest' ? lowest : veto === 'capBelowExcellent' ? Math.max(found, 1) : found;
  return (bands[Math.min(capped, lowest)] as GradeBand).grade;
}

/** The share of the points a rating level earns under the campaign's mapping. */
export const ratingShare = (level: ExternalRatingLevel, mapping: ExternalRatingMapping) => mapping[level];
