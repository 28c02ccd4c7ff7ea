import { z } from 'zod';
import { LocalizedTextSchema } from '../api.schemas.ts';
import { ScoringRuleSchema } from '../indicators/rules/rule.schemas.ts';
import { campaignStatuses } from './campaign-status.ts';
import { FindingInputSchema } from './finding.schemas.ts';
import {
  DocumentChecklistConfigSchema,
  DocumentReviewItemSchema,
  InterviewOutlinesConfigSchema,
  InterviewRecordSchema,
} from './onsite.schemas.ts';
import { ScoreInputSchema } from './score-input.ts';
import {
  EvidenceFileSchema,
  InputBoundsSchema,
  SelfAssessmentParamsSchema,
  SelfEntrySchema,
  SelfPhaseSchema,
} from './self-assessment.api.schemas.ts';
import { targetPhaseStates } from './target-phase.ts';

/**
 * The HTTP contract of 实地评估 (/api/v1/campaigns/:id/targets/:unitId/onsite …) and of the
 * evaluator's task list (/api/v1/campaigns/assigned). Like the self-assessment, each thing edited
 * on its own carries its own version: every leaf's score, every finding, every interview record,
 * the checklist as a whole, and the phase (submit/return). A first save states version 0.
 */

export const OnsiteParamsSchema = SelfAssessmentParamsSchema;
export const OnsiteEntryParamsSchema = OnsiteParamsSchema.extend({ nodeId: z.uuid() });
export const OnsiteFindingParamsSchema = OnsiteParamsSchema.extend({ findingId: z.uuid() });
export const OnsiteInterviewParamsSchema = OnsiteParamsSchema.extend({ interviewId: z.uuid() });

/** A leaf the team scores on site, with the unit's self-assessment beside it (read-only). */
export const OnsiteLeafSchema = z.object({
  id: z.uuid(),
  setId: z.uuid(),
  code: z.string(),
  name: z.string(),
  /** Names of the ancestors, top first, so a flat list still reads as the tree. */
  path: z.array(z.string()),
  maxPoints: z.number(),
  checkpoints: z.array(z.string()),
  guidance: z.string(),
  rule: ScoringRuleSchema.nullable(),
  ruleText: LocalizedTextSchema.nullable(),
  bounds: InputBoundsSchema.nullable(),
  /** The unit's own entry when it self-assesses this leaf and has saved one. */
  self: SelfEntrySchema.nullable(),
});
export type OnsiteLeaf = z.infer<typeof OnsiteLeafSchema>;

/** The team's saved score of one leaf. */
export const OnsiteScoreSchema = z
  .object({
    nodeId: z.uuid(),
    input: ScoreInputSchema,
    justification: z.string(),
    version: z.number().int(),
    updatedBy: z.uuid().nullable(),
    updatedAt: z.string(),
  })
  .meta({ id: 'OnsiteScore' });
export type OnsiteScore = z.infer<typeof OnsiteScoreSchema>;

/** A finding raised on site, inline on a leaf (nodeId) or on the target as a whole. */
export const OnsiteFindingSchema = FindingInputSchema.extend({
  id: z.uuid(),
  nodeId: z.uuid().nullable(),
  version: z.number().int(),
  createdBy: z.uuid().nullable(),
  updatedAt: z.string(),
}).meta({ id: 'OnsiteFinding' });
export type OnsiteFinding = z.infer<typeof OnsiteFindingSchema>;

/** The whole on-site form: GET …/targets/:unitId/onsite. */
export const OnsiteFormSchema = z
  .object({
    campaign: z.object({
      id: z.uuid(),
      name: z.string(),
      year: z.number().int(),
      status: z.enum(campaignStatuses.codes),
    }),
    unit: z.object({ id: z.uuid(), name: z.string() }),
    teamNo: z.number().int().nullable(),
    phase: SelfPhaseSchema,
    window: z.object({ start: z.iso.date(), end: z.iso.date() }).nullable(),
    /** The caller is on the target's team and the form is editable now. */
    canEdit: z.boolean(),
    /** The caller leads the team (only the leader submits). */
    isLeader: z.boolean(),
    /** Officers and administrators in scope, once submitted. */
    canReturn: z.boolean(),
    leaves: z.array(OnsiteLeafSchema),
    entries: z.array(OnsiteScoreSchema),
    findings: z.array(OnsiteFindingSchema),
    outlines: InterviewOutlinesConfigSchema,
    interviews: z.array(InterviewRecordSchema),
    checklist: DocumentChecklistConfigSchema,
    documentReview: z.object({ items: z.array(DocumentReviewItemSchema), version: z.number().int() }),
    /** The target's evidence files, which findings may link. */
    files: z.array(EvidenceFileSchema),
  })
  .meta({ id: 'OnsiteForm' });
export type OnsiteForm = z.infer<typeof OnsiteFormSchema>;

/** PUT …/onsite/entries/:nodeId. */
export const OnsiteEntryPutInputSchema = z.object({
  input: ScoreInputSchema,
  justification: z.string().trim().max(2000).default(''),
  version: z.number().int().min(0),
});
export type OnsiteEntryPutInput = z.input<typeof OnsiteEntryPutInputSchema>;
export const OnsiteEntrySavedSchema = z.object({ entry: OnsiteScoreSchema, phase: SelfPhaseSchema });

/** POST …/onsite/findings. */
export const OnsiteFindingCreateInputSchema = FindingInputSchema.extend({ nodeId: z.uuid().nullable() });
export type OnsiteFindingCreateInput = z.input<typeof OnsiteFindingCreateInputSchema>;
/** PATCH …/onsite/findings/:findingId (the finding's version). */
export const OnsiteFindingUpdateInputSchema = OnsiteFindingCreateInputSchema.extend({
  version: z.number().int().min(1),
});
/** DELETE …/onsite/findings/:findingId?version=. */
export const OnsiteFindingDeleteQuerySchema = z.object({ version: z.coerce.number().int().min(1) });

/** PUT …/onsite/checklist answers the saved review. */
export const DocumentReviewSavedSchema = z.object({
  items: z.array(DocumentReviewItemSchema),
  version: z.number().int(),
});

/** GET /api/v1/campaigns/assigned: the targets of the caller's teams (我的评估任务). */
export const AssignedTargetSchema = z.object({
  campaignId: z.uuid(),
  campaignName: z.string(),
  year: z.number().int(),
  status: z.enum(campaignStatuses.codes),
  unitId: z.uuid(),
  unitName: z.string(),
  teamNo: z.number().int(),
  isLeader: z.boolean(),
  onsiteState: z.enum(targetPhaseStates.codes),
  deadline: z.iso.date().nullable(),
});
export type AssignedTarget = z.infer<typeof AssignedTargetSchema>;
export const AssignedTargetListSchema = z.object({ items: z.array(AssignedTargetSchema) });
