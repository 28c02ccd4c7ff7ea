import { z } from 'zod';
import { LocalizedTextSchema } from '../api.schemas.ts';
import { IndicatorRoleSchema, IndicatorSourceSchema } from '../indicators/indicators.schemas.ts';
import { GradeLevelSchema, ScoringRuleSchema } from '../indicators/rules/rule.schemas.ts';
import { campaignStatuses } from './campaign-status.ts';
import { ScoreInputSchema } from './score-input.ts';
import { StaffingPlanSchema, selfAssessmentLimits } from './self-assessment.schemas.ts';
import { StaffingStructureSchema } from './staffing-structure.ts';
import { targetPhaseStates } from './target-phase.ts';

/**
 * The HTTP contract of 单位自评 (/api/v1/campaigns/:id/targets/:unitId/self-assessment …): the form
 * as the unit fills it and the office reads it, per-entry saves, the staffing plan, uploads,
 * submit and return. Three versions guard three things edited independently: each entry has its
 * own (autosave per indicator), the staffing plan and report have one, the phase state has one
 * (submit/return). A new entry or plan is saved with version 0.
 */

export const SelfAssessmentParamsSchema = z.object({ id: z.uuid(), unitId: z.uuid() });
export const SelfEntryParamsSchema = SelfAssessmentParamsSchema.extend({ nodeId: z.uuid() });
export const EvidenceParamsSchema = z.object({ id: z.uuid(), fileId: z.uuid() });

/** What a scorer may enter for a leaf (core `ruleInputBounds`). */
export const InputBoundsSchema = z
  .discriminatedUnion('input', [
    z.object({ input: z.literal('points'), min: z.number(), max: z.number() }),
    z.object({ input: z.literal('grade'), levels: z.array(GradeLevelSchema) }),
    z.object({ input: z.literal('cases'), min: z.number(), max: z.number() }),
    z.object({ input: z.literal('value') }),
    z.object({ input: z.literal('rate'), min: z.number(), max: z.number() }),
    z.object({ input: z.literal('triggered') }),
  ])
  .meta({ id: 'InputBounds' });

/** A node of a frozen set as the form shows it; leaves scored by the unit carry their bounds. */
export const SelfFormNodeSchema = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  code: z.string(),
  level: z.number().int(),
  name: z.string(),
  role: IndicatorRoleSchema,
  maxPoints: z.number(),
  checkpoints: z.array(z.string()),
  guidance: z.string(),
  evidenceTypes: z.array(z.string()),
  sources: z.array(IndicatorSourceSchema),
  isLeaf: z.boolean(),
  /** The unit enters a self score for it (a leaf whose sources include `self`). */
  selfScored: z.boolean(),
  rule: ScoringRuleSchema.nullable(),
  /** The rule in words (core `describeRule`). */
  ruleText: LocalizedTextSchema.nullable(),
  bounds: InputBoundsSchema.nullable(),
});
export type SelfFormNode = z.infer<typeof SelfFormNodeSchema>;

export const SelfFormSetSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.string(),
  category: z.string().nullable(),
  fullMark: z.number(),
  nodes: z.array(SelfFormNodeSchema),
});

export const evidencePurposes = ['evidence', 'selfInspectionReport'] as const;
export const EvidencePurposeSchema = z.enum(evidencePurposes);
export type EvidencePurpose = z.infer<typeof EvidencePurposeSchema>;

/** An uploaded file as the upload answers it. */
export const UploadedFileSchema = z
  .object({ fileId: z.uuid(), name: z.string(), size: z.number().int(), mimeType: z.string() })
  .meta({ id: 'UploadedFile' });
export type UploadedFile = z.infer<typeof UploadedFileSchema>;

/** An evidence file of the target, listed in the form (download: GET /campaigns/:id/evidence/:fileId). */
export const EvidenceFileSchema = UploadedFileSchema.extend({
  purpose: EvidencePurposeSchema,
  nodeId: z.uuid().nullable(),
  createdAt: z.string(),
}).meta({ id: 'EvidenceFile' });
export type EvidenceFile = z.infer<typeof EvidenceFileSchema>;

/** The unit's saved entry for one leaf. */
export const SelfEntrySchema = z
  .object({
    nodeId: z.uuid(),
    input: ScoreInputSchema,
    narrative: z.string(),
    evidenceFileIds: z.array(z.uuid()),
    version: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'SelfEntry' });
export type SelfEntry = z.infer<typeof SelfEntrySchema>;

/** The target's self phase: state machine state (core target-phase) with its own version. */
export const SelfPhaseSchema = z
  .object({
    state: z.enum(targetPhaseStates.codes),
    returnedReason: z.string().nullable(),
    submittedAt: z.string().nullable(),
    version: z.number().int(),
    updatedAt: z.string().nullable(),
  })
  .meta({ id: 'SelfPhase' });
export type SelfPhase = z.infer<typeof SelfPhaseSchema>;

/** A problem found by the core check (`checkSelfAssessment`). */
export const SelfProblemSchema = z.object({
  code: z.string(),
  severity: z.enum(['error', 'warning']),
  nodeId: z.string().nullable(),
  nodeCode: z.string().nullable(),
  message: LocalizedTextSchema,
});

/** The whole form: GET …/targets/:unitId/self-assessment. */
export const SelfAssessmentFormSchema = z
  .object({
    campaign: z.object({
      id: z.uuid(),
      name: z.string(),
      year: z.number().int(),
      status: z.enum(campaignStatuses.codes),
    }),
    unit: z.object({ id: z.uuid(), name: z.string() }),
    phase: SelfPhaseSchema,
    /** The self phase's window; `deadline` is its end date. */
    window: z.object({ start: z.iso.date(), end: z.iso.date() }).nullable(),
    deadline: z.iso.date().nullable(),
    /** The caller may save entries, the plan and files, and submit. */
    canEdit: z.boolean(),
    /** The caller may return a submitted form (officers and administrators in scope). */
    canReturn: z.boolean(),
    sets: z.array(SelfFormSetSchema),
    entries: z.array(SelfEntrySchema),
    staffingStructure: StaffingStructureSchema,
    staffingPlan: StaffingPlanSchema.nullable(),
    /** Version of the staffing plan (0 before its first save); the report upload does not change it. */
    staffingPlanVersion: z.number().int(),
    report: EvidenceFileSchema.nullable(),
    files: z.array(EvidenceFileSchema),
    /** What still blocks (errors) or deserves a look (warnings) before submitting. */
    problems: z.array(SelfProblemSchema),
  })
  .meta({ id: 'SelfAssessmentForm' });
export type SelfAssessmentForm = z.infer<typeof SelfAssessmentFormSchema>;

/** PUT …/self-assessment/entries/:nodeId — version 0 for a first save. */
export const SelfEntryPutInputSchema = z.object({
  input: ScoreInputSchema,
  narrative: z.string().trim().max(selfAssessmentLimits.narrativeMax).default(''),
  evidenceFileIds: z.array(z.uuid()).max(selfAssessmentLimits.evidencePerIndicatorMax).default([]),
  version: z.number().int().min(0),
});
export type SelfEntryPutInput = z.input<typeof SelfEntryPutInputSchema>;

/** The saved entry and the phase (a first save moves notStarted → inProgress). */
export const SelfEntrySavedSchema = z.object({ entry: SelfEntrySchema, phase: SelfPhaseSchema });

/** PUT …/self-assessment/staffing-plan. */
export const StaffingPlanPutInputSchema = z.object({
  plan: StaffingPlanSchema,
  version: z.number().int().min(0),
});
export const StaffingPlanSavedSchema = z.object({
  plan: StaffingPlanSchema,
  version: z.number().int(),
  phase: SelfPhaseSchema,
});

/** POST …/self-assessment/files?purpose=&nodeId=&name= with the raw file as the body. */
export const EvidenceUploadQuerySchema = z.object({
  purpose: EvidencePurposeSchema,
  nodeId: z.uuid().optional(),
  name: z.string().trim().min(1).max(200),
});

/** POST …/self-assessment/submit (phase version). */
export const SelfSubmitInputSchema = z.object({ version: z.number().int().min(0) });
/** POST …/self-assessment/return (officers; phase version). */
export const SelfReturnInputSchema = z.object({
  version: z.number().int().min(1),
  reason: z.string().trim().min(2).max(1000),
});

/** GET /api/v1/campaigns/mine: the campaigns where the caller's unit is a target. */
export const MyCampaignSchema = z.object({
  campaignId: z.uuid(),
  name: z.string(),
  year: z.number().int(),
  status: z.enum(campaignStatuses.codes),
  unitId: z.uuid(),
  unitName: z.string(),
  selfState: z.enum(targetPhaseStates.codes),
  returnedReason: z.string().nullable(),
  deadline: z.iso.date().nullable(),
});
export type MyCampaign = z.infer<typeof MyCampaignSchema>;
export const MyCampaignListSchema = z.object({ items: z.array(MyCampaignSchema) });

/** The raw upload body (the file itself). */
export const EvidenceUploadBodySchema = z
  .instanceof(Uint8Array, {
    message: '请将文件本身作为请求体上传 / Send the file itself as the request body',
  })
  .optional();
