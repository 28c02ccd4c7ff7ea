import { z } from 'zod';
import { LocalizedTextSchema } from '../api.schemas.ts';
import { campaignStatuses } from './campaign-status.ts';
import { ExternalItemSchema, ExternalRatingSchema } from './external.schemas.ts';
import { ExternalRatingLevelSchema, ExternalRatingMappingSchema } from './grading.ts';
import { SelfProblemSchema } from './self-assessment.api.schemas.ts';
import { targetPhaseStates } from './target-phase.ts';

/**
 * The HTTP contract of 外部评价 (external ratings). Prefix /api/v1/campaigns. A rater department
 * (a registry unit whose users hold role `rater`, scope unit = that department) fills ONE sheet per
 * campaign; the sheet carries a core target-phase state of phase 'external' with its own version.
 * Each assignment's rating has its own version (0 before the first save).
 *
 * | method | path                                        | who                                   | input                                   | output                    |
 * | ------ | ------------------------------------------- | ------------------------------------- | --------------------------------------- | ------------------------- |
 * | GET    | /:id/external                               | admins/officers in scope, leaders read| ExternalParamsSchema                    | ExternalOverviewSchema    |
 * | POST   | /:id/external/assignments                   | officers (region write)               | ExternalAssignInputSchema (core)        | ExternalAssignResultSchema|
 * | DELETE | /:id/external/assignments                   | officers                              | ExternalUnassignInputSchema             | ExternalUnassignResultSchema |
 * | POST   | /:id/external/sheets/:raterUnitId/return    | officers                              | ExternalSheetReturnInputSchema          | ExternalSheetStateSchema  |
 * | POST   | /:id/external/targets/:unitId/accept        | officers                              | ExternalTargetAcceptInputSchema         | ExternalTargetPhaseSchema |
 * | GET    | /external/assigned                          | raters only (others 403)              | —                                       | ExternalAssignedListSchema|
 * | GET    | /:id/external/sheet                         | raters (own department; none → 404)   | ExternalParamsSchema                    | ExternalSheetFormSchema   |
 * | PUT    | /:id/external/ratings/:assignmentId         | raters of the assignment's department | ExternalRatingInputSchema (core)        | ExternalRatingSavedSchema |
 * | POST   | /:id/external/sheet/submit                  | raters (own department)               | ExternalSheetSubmitInputSchema          | ExternalSheetStateSchema  |
 *
 * Errors: stale rating → E_STALE_VERSION with the stored `ExternalRating` in details.current; stale
 * sheet/target phase → E_STALE_VERSION with the stored state; submit with ungraded assignments →
 * E_VALIDATION with details.problems (`ExternalProblemSchema[]`); campaign not launched/collecting →
 * E_ILLEGAL_TRANSITION on `status`; sheet not editable → E_ILLEGAL_TRANSITION on `state`; a rater
 * account scoped to a campaign (no department) → 403 E_FORBIDDEN with a message saying so.
 * Assigning does not bump the campaign's version (assignments are rows of their own), but the
 * request must state the current campaign version (a stale plan is refused). DELETE takes a JSON
 * body. A sheet row is created (state notStarted, version 1) when its department is first
 * assigned; the first saved grade moves it to inProgress (version 2). Notifications to raters
 * (return, 催办) link to /campaigns/:id/external/sheet.
 */

export const ExternalParamsSchema = z.object({ id: z.uuid() });
export const ExternalSheetParamsSchema = ExternalParamsSchema.extend({ raterUnitId: z.uuid() });
export const ExternalTargetParamsSchema = ExternalParamsSchema.extend({ unitId: z.uuid() });
export const ExternalRatingParamsSchema = ExternalParamsSchema.extend({ assignmentId: z.uuid() });

const TargetPhaseStateSchema = z.enum(targetPhaseStates.codes);

/** An item that may be assigned: a free item, or a frozen node whose sources include 'external'. */
export const ExternalItemOptionSchema = z.object({
  item: ExternalItemSchema,
  /** `itemKey(item)`. */
  key: z.string(),
  /** 党建 / 2.1 机构编制执行 … */
  label: LocalizedTextSchema,
  /** The indicator's points, or FREE_ITEM_POINTS (100, read as a percentage) for a free item. */
  maxPoints: z.number(),
  /** Set name and node code/name for indicators; null for free items. */
  setId: z.uuid().nullable(),
  setName: z.string().nullable(),
  code: z.string().nullable(),
  name: z.string().nullable(),
});
export type ExternalItemOption = z.infer<typeof ExternalItemOptionSchema>;

/** A candidate rater department: an active unit of the campaign's region. */
export const ExternalRaterCandidateSchema = z.object({
  unitId: z.uuid(),
  name: z.string(),
  /** At least one active user with role `rater` scoped to this unit. */
  hasRaterAccounts: z.boolean(),
});

/** A rater department's sheet as the office sees it. */
export const ExternalSheetSummarySchema = z.object({
  raterUnitId: z.uuid(),
  raterName: z.string(),
  state: TargetPhaseStateSchema,
  version: z.number().int(),
  graded: z.number().int(),
  total: z.number().int(),
  submittedAt: z.string().nullable(),
  returnedReason: z.string().nullable(),
});
export type ExternalSheetSummary = z.infer<typeof ExternalSheetSummarySchema>;

/** One assignment as the office lists it (to delete ungraded ones). */
export const ExternalAssignmentRowSchema = z.object({
  id: z.uuid(),
  raterUnitId: z.uuid(),
  targetUnitId: z.uuid(),
  item: ExternalItemSchema,
  key: z.string(),
  level: ExternalRatingLevelSchema.nullable(),
  points: z.number().nullable(),
});

/** Per target: the aggregate phase and the average points of each assigned item. */
export const ExternalTargetSummarySchema = z.object({
  unitId: z.uuid(),
  name: z.string(),
  assignments: z.number().int(),
  graded: z.number().int(),
  /** The target's `target_phases` row of phase 'external' (absent = notStarted, version 0). */
  state: TargetPhaseStateSchema,
  version: z.number().int(),
  items: z.array(
    z.object({
      key: z.string(),
      label: LocalizedTextSchema,
      maxPoints: z.number(),
      raters: z.number().int(),
      graded: z.number().int(),
      /** `averageExternalPoints` over the raters who graded it; null until one did. */
      average: z.number().nullable(),
    }),
  ),
});
export type ExternalTargetSummary = z.infer<typeof ExternalTargetSummarySchema>;

/** GET /:id/external — the office's overview. */
export const ExternalOverviewSchema = z
  .object({
    campaign: z.object({
      id: z.uuid(),
      name: z.string(),
      year: z.number().int(),
      status: z.enum(campaignStatuses.codes),
      version: z.number().int(),
    }),
    mapping: ExternalRatingMappingSchema,
    window: z.object({ start: z.iso.date(), end: z.iso.date() }).nullable(),
    /** The caller may assign, unassign, return and accept (officers whose scope holds the campaign). */
    canManage: z.boolean(),
    items: z.array(ExternalItemOptionSchema),
    raters: z.array(ExternalRaterCandidateSchema),
    sheets: z.array(ExternalSheetSummarySchema),
    assignments: z.array(ExternalAssignmentRowSchema),
    targets: z.array(ExternalTargetSummarySchema),
  })
  .meta({ id: 'ExternalOverview' });
export type ExternalOverview = z.infer<typeof ExternalOverviewSchema>;

/** POST /:id/external/assignments answers how many were made and how many existed already. */
export const ExternalAssignResultSchema = z.object({
  created: z.number().int(),
  skipped: z.number().int(),
});

/** DELETE /:id/external/assignments — only ungraded assignments of sheets not submitted. */
export const ExternalUnassignInputSchema = z.object({ ids: z.array(z.uuid()).min(1).max(5000) });
export const ExternalUnassignResultSchema = z.object({ deleted: z.number().int() });

/** The state of a rater department's sheet. */
export const ExternalSheetStateSchema = z
  .object({
    raterUnitId: z.uuid(),
    state: TargetPhaseStateSchema,
    version: z.number().int(),
    returnedReason: z.string().nullable(),
    submittedAt: z.string().nullable(),
  })
  .meta({ id: 'ExternalSheetState' });
export type ExternalSheetState = z.infer<typeof ExternalSheetStateSchema>;

/** POST /:id/external/sheets/:raterUnitId/return (officers; the sheet's version). */
export const ExternalSheetReturnInputSchema = z.object({
  version: z.number().int().min(1),
  reason: z.string().trim().min(2).max(1000),
});

/** POST /:id/external/targets/:unitId/accept (officers; the target phase's version). */
export const ExternalTargetAcceptInputSchema = z.object({ version: z.number().int().min(1) });
export const ExternalTargetPhaseSchema = z.object({
  unitId: z.uuid(),
  state: TargetPhaseStateSchema,
  version: z.number().int(),
});

/** GET /external/assigned — the caller department's campaigns (我的外部评价). */
export const ExternalAssignedSchema = z.object({
  campaignId: z.uuid(),
  campaignName: z.string(),
  year: z.number().int(),
  status: z.enum(campaignStatuses.codes),
  raterUnitId: z.uuid(),
  state: TargetPhaseStateSchema,
  returnedReason: z.string().nullable(),
  graded: z.number().int(),
  total: z.number().int(),
  /** End of the campaign's 外部 phase. */
  deadline: z.iso.date().nullable(),
});
export type ExternalAssigned = z.infer<typeof ExternalAssignedSchema>;
export const ExternalAssignedListSchema = z.object({ items: z.array(ExternalAssignedSchema) });
export type ExternalAssignedList = z.infer<typeof ExternalAssignedListSchema>;

/** One assignment on the rater's sheet: the core rating with the item's label. */
export const ExternalSheetRatingSchema = ExternalRatingSchema.extend({
  /** 党建, or `2.1 机构编制执行（10分）`. */
  label: LocalizedTextSchema,
});
export type ExternalSheetRating = z.infer<typeof ExternalSheetRatingSchema>;

/** GET /:id/external/sheet — the caller department's sheet, assignments grouped by target. */
export const ExternalSheetFormSchema = z
  .object({
    campaign: z.object({
      id: z.uuid(),
      name: z.string(),
      year: z.number().int(),
      status: z.enum(campaignStatuses.codes),
    }),
    rater: z.object({ id: z.uuid(), name: z.string() }),
    sheet: ExternalSheetStateSchema,
    window: z.object({ start: z.iso.date(), end: z.iso.date() }).nullable(),
    deadline: z.iso.date().nullable(),
    /** The campaign is launched/collecting and the sheet is editable. */
    canEdit: z.boolean(),
    mapping: ExternalRatingMappingSchema,
    /** Each level with its label and share: 较好（80%）. */
    levels: z.array(
      z.object({ level: ExternalRatingLevelSchema, share: z.number(), label: LocalizedTextSchema }),
    ),
    targets: z.array(
      z.object({
        unitId: z.uuid(),
        name: z.string(),
        ratings: z.array(ExternalSheetRatingSchema),
      }),
    ),
    graded: z.number().int(),
    total: z.number().int(),
  })
  .meta({ id: 'ExternalSheetForm' });
export type ExternalSheetForm = z.infer<typeof ExternalSheetFormSchema>;

/** PUT /:id/external/ratings/:assignmentId answers the saved rating and the sheet. */
export const ExternalRatingSavedSchema = z.object({
  rating: ExternalSheetRatingSchema,
  sheet: ExternalSheetStateSchema,
});

/** POST /:id/external/sheet/submit (the sheet's version; 1 before the first save). */
export const ExternalSheetSubmitInputSchema = z.object({ version: z.number().int().min(1) });

/**
 * What blocks a submit: shaped like the self-assessment's problems (code, severity, message) with
 * the assignment instead of a node. `nodeId` / `nodeCode` stay for pages sharing the problem list.
 */
export const ExternalProblemSchema = SelfProblemSchema.extend({
  assignmentId: z.uuid(),
  targetUnitId: z.uuid(),
});
export type ExternalProblem = z.infer<typeof ExternalProblemSchema>;
