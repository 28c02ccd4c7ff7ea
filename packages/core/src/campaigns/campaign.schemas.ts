import { z } from 'zod';
import { pageOf } from '../api.schemas.ts';
import { unitCategories } from '../registry/vocabulary.ts';
import { campaignStatuses } from './campaign-status.ts';
import { FrozenSetRefSchema } from './freeze.ts';
import { CampaignGradingSchema } from './grading.ts';
import { DocumentChecklistConfigSchema, InterviewOutlinesConfigSchema } from './onsite.schemas.ts';
import { PhaseTimetableSchema } from './phases.ts';
import { SourceWeightsSchema } from './source-weights.ts';
import { SetChoiceSchema, TargetFiltersSchema, TargetSetOverrideSchema } from './target-sets.ts';
import { DrawnTeamSchema, TeamDrawRecordSchema } from './team-draw.ts';
import { campaignTypes } from './vocabulary.ts';

/**
 * 评估项目: the campaign as stored and shown, and the inputs of the plan wizard (制定方案). The
 * plan is edited in sections — basics, phases, weights, grading, outlines, targets, teams — each
 * save stating the campaign's `version` (one optimistic lock for the whole plan, like the unit
 * aggregate of the registry). Launch freezes the chosen sets; after it only phase dates move.
 */

const version = z.number().int().min(1);

export const campaignLimits = { nameMax: 100, descriptionMax: 2000, targetsMax: 5000 } as const;

export const CampaignTypeSchema = z.enum(campaignTypes.codes);
export const CampaignStatusSchema = z.enum(campaignStatuses.codes);

/** How the "1" and the "X" combine for a target that has both (reference sets are each out of 100). */
export const SetMixSchema = z.object({
  /** Share of the common set; the category set gets the rest. A target without X uses the common set alone. */
  commonShare: z.number().min(0).max(1).default(0.7),
});
export type SetMix = z.infer<typeof SetMixSchema>;

export const CampaignTeamSchema = DrawnTeamSchema.extend({ name: z.string() });
export type CampaignTeam = z.infer<typeof CampaignTeamSchema>;

const basicsFields = {
  name: z.string().trim().min(2).max(campaignLimits.nameMax),
  year: z.number().int().min(2000).max(2100),
  type: CampaignTypeSchema,
  /** The region whose units may be targets (the office's region, or one below it). */
  regionId: z.uuid(),
  description: z.string().trim().max(campaignLimits.descriptionMax),
};

export const CampaignSchema = z
  .object({
    id: z.uuid(),
    ...basicsFields,
    status: CampaignStatusSchema,
    phases: PhaseTimetableSchema,
    sourceWeights: SourceWeightsSchema,
    setMix: SetMixSchema,
    grading: CampaignGradingSchema,
    interviewOutlines: InterviewOutlinesConfigSchema,
    documentChecklist: DocumentChecklistConfigSchema,
    /** The library sets chosen (before launch) for the "1" and each "X". */
    setChoice: SetChoiceSchema,
    /** The campaign's own copies, filled at launch. */
    frozenSets: z.array(FrozenSetRefSchema),
    targetCount: z.number().int(),
    teams: z.array(CampaignTeamSchema),
    teamDraw: TeamDrawRecordSchema.nullable(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
    launchedAt: z.string().nullable(),
  })
  .meta({ id: 'Campaign' });
export type Campaign = z.infer<typeof CampaignSchema>;

export const CampaignSummarySchema = CampaignSchema.pick({
  id: true,
  name: true,
  year: true,
  type: true,
  regionId: true,
  status: true,
  phases: true,
  targetCount: true,
  version: true,
  updatedAt: true,
}).meta({ id: 'CampaignSummary' });
export type CampaignSummary = z.infer<typeof CampaignSummarySchema>;

export const CampaignListQuerySchema = z.object({
  q: z.string().trim().max(50).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  type: CampaignTypeSchema.optional(),
  status: CampaignStatusSchema.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export const CampaignListSchema = pageOf(CampaignSummarySchema).meta({ id: 'CampaignList' });

/** Step 1 of the wizard: a new draft with the default phases-to-be, weights, bands and outlines. */
export const CampaignCreateInputSchema = z.object({
  ...basicsFields,
  description: basicsFields.description.default(''),
});
export type CampaignCreateInput = z.infer<typeof CampaignCreateInputSchema>;

/** Basics of a draft; absent fields stay. */
export const CampaignBasicsUpdateInputSchema = z.object(basicsFields).partial().extend({ version });
export const CampaignPhasesUpdateInputSchema = z.object({ version, phases: PhaseTimetableSchema });
export const CampaignWeightsUpdateInputSchema = z.object({
  version,
  sourceWeights: SourceWeightsSchema,
  setMix: SetMixSchema,
});
export const CampaignGradingUpdateInputSchema = z.object({ version, grading: CampaignGradingSchema });
export const CampaignOutlinesUpdateInputSchema = z.object({
  version,
  interviewOutlines: InterviewOutlinesConfigSchema,
  documentChecklist: DocumentChecklistConfigSchema,
});

/** Pick the targets by filters and the sets of the "1+X"; replaces the current selection. */
export const CampaignTargetsInputSchema = z.object({
  version,
  filters: TargetFiltersSchema,
  setChoice: SetChoiceSchema,
  /** Per-target set choices that replace the automatic ones. */
  overrides: z.array(TargetSetOverrideSchema).max(campaignLimits.targetsMax).default([]),
});
export type CampaignTargetsInput = z.infer<typeof CampaignTargetsInputSchema>;

/** Change the sets of one target (an override), or go back to the automatic ones (`setIds: null`). */
export const CampaignTargetSetsInputSchema = z.object({
  version,
  setIds: TargetSetOverrideSchema.shape.setIds.nullable(),
});

/** A target of the plan with its sets (library ids before launch, frozen ids after). */
export const CampaignTargetSchema = z
  .object({
    unitId: z.uuid(),
    unitName: z.string(),
    category: z.enum(unitCategories.codes),
    setIds: z.array(z.uuid()),
    origin: z.enum(['auto', 'override']),
    missingCategorySet: z.boolean(),
    teamNo: z.number().int().nullable(),
  })
  .meta({ id: 'CampaignTarget' });
export type CampaignTarget = z.infer<typeof CampaignTargetSchema>;

export const CampaignLaunchInputSchema = z.object({ version });

/** Move a launched campaign along (collecting → scoring …); see `campaign-status.ts`. */
export const CampaignTransitionInputSchema = z.object({
  version,
  to: CampaignStatusSchema,
});
export type CampaignTransitionInput = z.infer<typeof CampaignTransitionInputSchema>;
