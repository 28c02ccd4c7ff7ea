import { z } from 'zod';
import { roundPoints } from '../indicators/rules/numbers.ts';
import { FindingInputSchema, FindingSchema } from './finding.schemas.ts';
import { ExternalRatingLevelSchema, type ExternalRatingMapping } from './grading.ts';
import { type ExternalRatingLevel, externalFreeItems, externalRatingLevels } from './vocabulary.ts';

/**
 * 外部评价: officers assign rater departments × targets × items, where an item is an indicator of
 * the target's frozen sets or a free item (党建, 人事, 财务, 信访办理); a rater grades each of its
 * assignments 好/较好/一般 with a comment and optional findings. Points follow the campaign's
 * mapping (100/80/60 % by default) of the item's points — the indicator's points, or 100 for a
 * free item, which is then read as a percentage.
 */

/** Points of a free item: its rating is a percentage. */
export const FREE_ITEM_POINTS = 100;

export const ExternalItemSchema = z.discriminatedUnion('kind', [
  /** An indicator of one of the campaign's frozen sets, by its stable code. */
  z.object({ kind: z.literal('indicator'), nodeCode: z.string().regex(/^\d+(\.\d+)*$/), setId: z.uuid() }),
  z.object({ kind: z.literal('free'), item: z.enum(externalFreeItems.codes) }),
]);
export type ExternalItem = z.infer<typeof ExternalItemSchema>;

/** The key that makes an item unique within a target. */
export const itemKey = (item: ExternalItem) =>
  item.kind === 'free' ? `free:${item.item}` : `indicator:${item.setId}:${item.nodeCode}`;

/** Assign every listed rater to every listed target for every listed item. */
export const ExternalAssignInputSchema = z.object({
  version: z.number().int().min(1),
  /** Rater departments (units whose `rater` users grade). */
  raterUnitIds: z.array(z.uuid()).min(1).max(100),
  targetUnitIds: z.array(z.uuid()).min(1).max(5000),
  items: z.array(ExternalItemSchema).min(1).max(50),
});
export type ExternalAssignInput = z.infer<typeof ExternalAssignInputSchema>;

export const ExternalAssignmentSchema = z
  .object({
    id: z.uuid(),
    campaignId: z.uuid(),
    raterUnitId: z.uuid(),
    targetUnitId: z.uuid(),
    item: ExternalItemSchema,
  })
  .meta({ id: 'ExternalAssignment' });
export type ExternalAssignment = z.infer<typeof ExternalAssignmentSchema>;

/** The cross product of an assign request, without repeats and without assignments already made. */
export function expandAssignments(
  input: Pick<ExternalAssignInput, 'raterUnitIds' | 'targetUnitIds' | 'items'>,
  existing: readonly Pick<ExternalAssignment, 'raterUnitId' | 'targetUnitId' | 'item'>[] = [],
): Pick<ExternalAssignment, 'raterUnitId' | 'targetUnitId' | 'item'>[] {
  const key = (a: Pick<ExternalAssignment, 'raterUnitId' | 'targetUnitId' | 'item'>) =>
    `${a.raterUnitId}|${a.targetUnitId}|${itemKey(a.item)}`;
  const seen = new Set(existing.map(key));
  const out: Pick<ExternalAssignment, 'raterUnitId' | 'targetUnitId' | 'item'>[] = [];
  for (const raterUnitId of input.raterUnitIds) {
    for (const targetUnitId of input.targetUnitIds) {
      for (const item of input.items) {
        const a = { raterUnitId, targetUnitId, item };
        if (seen.has(key(a))) continue;
        seen.add(key(a));
        out.push(a);
      }
    }
  }
  return out;
}

/** A rater's grade of one assignment. */
export const ExternalRatingInputSchema = z.object({
  /** The rating's version; 0 for the first save. */
  version: z.number().int().min(0),
  level: ExternalRatingLevelSchema,
  comment: z.string().trim().max(1000).default(''),
  findings: z
    .array(FindingInputSchema.extend({ id: z.uuid().optional() }))
    .max(20)
    .default([]),
});
export type ExternalRatingInput = z.infer<typeof ExternalRatingInputSchema>;

/** An assignment with its rating (null level until graded) and the points it gives. */
export const ExternalRatingSchema = z
  .object({
    assignment: ExternalAssignmentSchema,
    level: ExternalRatingLevelSchema.nullable(),
    comment: z.string(),
    findings: z.array(FindingSchema),
    points: z.number().nullable(),
    maxPoints: z.number(),
    version: z.number().int(),
    ratedAt: z.string().nullable(),
  })
  .meta({ id: 'ExternalRating' });
export type ExternalRating = z.infer<typeof ExternalRatingSchema>;

/** Points of a rating: the level's share of the item's points, to 0.01. */
export function externalPoints(
  level: ExternalRatingLevel,
  mapping: ExternalRatingMapping,
  maxPoints: number,
): number {
  return roundPoints(mapping[level] * maxPoints);
}

/**
 * Average points of one item of one target over the raters who graded it (several departments
 * rate the same item; each counts once). Null when nobody has graded it yet.
 */
export function averageExternalPoints(
  levels: readonly (ExternalRatingLevel | null)[],
  mapping: ExternalRatingMapping,
  maxPoints: number,
): number | null {
  const graded = levels.filter((l): l is ExternalRatingLevel => l !== null);
  if (graded.length === 0) return null;
  return roundPoints(graded.reduce((sum, l) => sum + mapping[l] * maxPoints, 0) / graded.length);
}

/** The label of a level with its points, as the rater's form shows it: 较好（80%）. */
export const levelLabel = (level: ExternalRatingLevel, mapping: ExternalRatingMapping) => ({
  zh: `${externalRatingLevels.labels[level].zh}（${Math.round(mapping[level] * 100)}%）`,
  en: `${externalRatingLevels.labels[level].en} (${Math.round(mapping[level] * 100)}%)`,
});
