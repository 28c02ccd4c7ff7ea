import { z } from 'zod';
import { LocalizedTextSchema, PageQuerySchema, pageOf } from '../api.schemas.ts';
import { unitCategories, unitKinds } from '../registry/vocabulary.ts';
import {
  CampaignSchema,
  CampaignStatusSchema,
  CampaignTargetSchema,
  campaignLimits,
} from './campaign.schemas.ts';
import { FrozenSetRefSchema } from './freeze.ts';
import { CampaignGradingSchema } from './grading.ts';
import { PhaseWindowSchema } from './phases.ts';
import { SourceWeightsSchema } from './source-weights.ts';
import { SetChoiceSchema, TargetFiltersSchema } from './target-sets.ts';
import { TeamDrawInputSchema, TeamDrawRecordSchema } from './team-draw.ts';

/**
 * The HTTP shapes of the plan (制定方案) that `campaign.schemas.ts` does not already hold: the
 * campaign detail with its launch check, the target picker (preview, add, paged list), the team
 * draw as the server runs it (seed and pool optional), the printable plan and the expert pool.
 * Inputs carry the campaign's one `version`.
 */

const version = z.number().int().min(1);

/** A problem of the launch check (`checkPlanForLaunch`): what, where, in both languages. */
export const PlanProblemSchema = z.object({
  code: z.string(),
  field: z.string(),
  message: LocalizedTextSchema,
});

/** The campaign with what the wizard shows beside it. */
export const CampaignDetailSchema = z
  .object({
    campaign: CampaignSchema,
    /** The launch check; null for readers who do not write plans, and after launch. */
    launchCheck: z
      .object({
        canLaunch: z.boolean(),
        /** Everything found, warnings (a target without X set) included. */
        problems: z.array(PlanProblemSchema),
        /** What stops the launch. */
        blockers: z.array(LocalizedTextSchema),
      })
      .nullable(),
    /** The statuses the caller may move the campaign to by `/transition` (launch has its own route). */
    nextStatuses: z.array(CampaignStatusSchema),
    /** Whether the caller may edit this campaign's plan. */
    canEdit: z.boolean(),
  })
  .meta({ id: 'CampaignDetail' });
export type CampaignDetail = z.infer<typeof CampaignDetailSchema>;

/** Which library sets the "1" and each "X" are; automatic targets follow a change. */
export const CampaignSetChoiceInputSchema = z.object({ version, setChoice: SetChoiceSchema });

/** A unit the picker would add, with its automatic sets. */
export const TargetCandidateSchema = z
  .object({
    unitId: z.uuid(),
    unitName: z.string(),
    kind: z.enum(unitKinds.codes),
    category: z.enum(unitCategories.codes),
    regionId: z.uuid(),
    setIds: z.array(z.uuid()),
    missingCategorySet: z.boolean(),
    /** Already a target of this campaign. */
    alreadyTarget: z.boolean(),
  })
  .meta({ id: 'CampaignTargetCandidate' });

/** Preview of the picker; the campaign's set choice applies unless another is given. */
export const CampaignTargetsPreviewInputSchema = z.object({
  filters: TargetFiltersSchema,
  setChoice: SetChoiceSchema.optional(),
});
export const CampaignTargetsPreviewSchema = z
  .object({ items: z.array(TargetCandidateSchema), total: z.number().int() })
  .meta({ id: 'CampaignTargetsPreview' });

/** Adds targets, by filters or by unit ids (or both); existing targets stay as they are. */
export const CampaignTargetsAddInputSchema = z
  .object({
    version,
    filters: TargetFiltersSchema.optional(),
    unitIds: z.array(z.uuid()).max(campaignLimits.targetsMax).optional(),
  })
  .refine((v) => v.filters !== undefined || (v.unitIds?.length ?? 0) > 0, {
    message: '请给出筛选条件或单位 / give filters or unit ids',
    path: ['filters'],
  });
export type CampaignTargetsAddInput = z.infer<typeof CampaignTargetsAddInputSchema>;

/** The answer of every target change: how many were added (−1 for a removal), the count, the new version. */
export const CampaignTargetsAddResultSchema = z.object({
  added: z.number().int(),
  targetCount: z.number().int(),
  version: z.number().int(),
});

/** A target row of the paged list: the core's target plus the unit's kind and region. */
export const CampaignTargetRowSchema = CampaignTargetSchema.extend({
  kind: z.enum(unitKinds.codes),
  regionId: z.uuid(),
}).meta({ id: 'CampaignTargetRow' });
export type CampaignTargetRow = z.infer<typeof CampaignTargetRowSchema>;

export const CampaignTargetListQuerySchema = PageQuerySchema.extend({
  q: z.string().trim().max(50).optional(),
  category: z.enum(unitCategories.codes).optional(),
  teamNo: z.coerce.number().int().min(1).optional(),
});
export const CampaignTargetListSchema = pageOf(CampaignTargetRowSchema).meta({ id: 'CampaignTargetList' });

export const CampaignVersionQuerySchema = z.object({ version: z.coerce.number().int().min(1) });
export const CampaignTargetParamsSchema = z.object({ id: z.uuid(), unitId: z.uuid() });

/** The server's draw: a random seed when none is given, the whole active pool when no ids are. */
export const CampaignTeamDrawInputSchema = TeamDrawInputSchema.extend({
  seed: TeamDrawInputSchema.shape.seed.optional(),
  poolIds: TeamDrawInputSchema.shape.poolIds.optional(),
});
export type CampaignTeamDrawInput = z.infer<typeof CampaignTeamDrawInputSchema>;

/** An expert as a team shows them. */
export const TeamMemberSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  specialty: z.string(),
  employerUnitName: z.string().nullable(),
});

/** The recorded draw, its teams with names, and whether it replays from its seed today. */
export const CampaignTeamsSchema = z
  .object({
    record: TeamDrawRecordSchema.nullable(),
    /** null before a draw; false when the pool changed since (an expert left, a conflict added). */
    replays: z.boolean().nullable(),
    teams: z.array(
      z.object({
        no: z.number().int(),
        name: z.string(),
        leader: TeamMemberSchema,
        members: z.array(TeamMemberSchema),
        targets: z.array(z.object({ unitId: z.uuid(), unitName: z.string() })),
      }),
    ),
    version: z.number().int(),
  })
  .meta({ id: 'CampaignTeams' });
export type CampaignTeams = z.infer<typeof CampaignTeamsSchema>;

/** A level-1 indicator of a set as the printable plan lists it. */
const PlanIndicatorSchema = z.object({ code: z.string(), name: z.string(), maxPoints: z.number() });

/** Everything the printable 方案 page shows. */
export const CampaignPlanSchema = z
  .object({
    campaign: CampaignSchema.pick({
      id: true,
      name: true,
      year: true,
      type: true,
      regionId: true,
      status: true,
      description: true,
      launchedAt: true,
      version: true,
    }).extend({ regionName: z.string() }),
    phases: z.array(PhaseWindowSchema),
    sourceWeights: SourceWeightsSchema,
    grading: CampaignGradingSchema,
    commonShare: z.number(),
    /** Targets grouped by category, in the vocabulary's order. */
    targetGroups: z.array(
      z.object({
        category: z.enum(unitCategories.codes),
        targets: z.array(
          z.object({
            unitId: z.uuid(),
            unitName: z.string(),
            setIds: z.array(z.uuid()),
            teamNo: z.number().int().nullable(),
          }),
        ),
      }),
    ),
    /** The frozen sets after launch, else the chosen library sets. */
    sets: z.array(
      z.object({
        id: z.uuid(),
        name: z.string(),
        kind: z.string(),
        category: z.string().nullable(),
        fullMark: z.number(),
        frozen: z.boolean(),
        indicators: z.array(PlanIndicatorSchema),
      }),
    ),
    teams: CampaignTeamsSchema.shape.teams,
    drawSeed: z.union([z.number(), z.string()]).nullable(),
  })
  .meta({ id: 'CampaignPlan' });
export type CampaignPlan = z.infer<typeof CampaignPlanSchema>;

/** The frozen copies of a launched campaign. */
export const FrozenSetRefListSchema = z.array(FrozenSetRefSchema);

// ---- expert pool (专家库) ----

export const expertLimits = { nameMax: 50, specialtyMax: 200, reasonMax: 200, conflictsMax: 200 } as const;

export const ExpertConflictSchema = z.object({
  unitId: z.uuid(),
  unitName: z.string(),
  reason: z.string(),
});

export const ExpertSchema = z
  .object({
    id: z.uuid(),
    userId: z.uuid().nullable(),
    name: z.string(),
    employerUnitId: z.uuid().nullable(),
    employerUnitName: z.string().nullable(),
    specialty: z.string(),
    canLead: z.boolean(),
    active: z.boolean(),
    conflicts: z.array(ExpertConflictSchema),
    version: z.number().int(),
  })
  .meta({ id: 'Expert' });
export type Expert = z.infer<typeof ExpertSchema>;

export const ExpertListQuerySchema = PageQuerySchema.extend({
  q: z.string().trim().max(50).optional(),
  active: z.enum(['true', 'false']).optional(),
});
export const ExpertListSchema = pageOf(ExpertSchema).meta({ id: 'ExpertList' });

const expertFields = {
  name: z.string().trim().min(1).max(expertLimits.nameMax),
  userId: z.uuid().nullable(),
  employerUnitId: z.uuid().nullable(),
  specialty: z.string().trim().max(expertLimits.specialtyMax),
  canLead: z.boolean(),
  active: z.boolean(),
};

export const ExpertCreateInputSchema = z.object({
  ...expertFields,
  userId: expertFields.userId.default(null),
  employerUnitId: expertFields.employerUnitId.default(null),
  specialty: expertFields.specialty.default(''),
  canLead: expertFields.canLead.default(true),
  active: expertFields.active.default(true),
});
export type ExpertCreateInput = z.infer<typeof ExpertCreateInputSchema>;

export const ExpertUpdateInputSchema = z.object(expertFields).partial().extend({ version });
export type ExpertUpdateInput = z.infer<typeof ExpertUpdateInputSchema>;

/** Replaces the expert's declared conflicts of interest. */
export const ExpertConflictsInputSchema = z.object({
  version,
  conflicts: z
    .array(z.object({ unitId: z.uuid(), reason: z.string().trim().min(1).max(expertLimits.reasonMax) }))
    .max(expertLimits.conflictsMax)
    .refine((c) => new Set(c.map((x) => x.unitId)).size === c.length, {
      message: '同一单位只能登记一次 / a unit is listed twice',
    }),
});
export type ExpertConflictsInput = z.infer<typeof ExpertConflictsInputSchema>;
