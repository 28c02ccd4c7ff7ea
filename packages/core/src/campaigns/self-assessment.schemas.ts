import { z } from 'zod';
import { staffingTypes } from '../registry/vocabulary.ts';
import { msg } from './messages.ts';
import { ScoreInputSchema } from './score-input.ts';
import { StaffingStructureSchema } from './staffing-structure.ts';
import { targetPhaseStates } from './target-phase.ts';

/**
 * 单位自评: per leaf indicator the unit's own score (within the rule's bounds, checked against the
 * frozen set by `checkSelfAssessment`), a narrative and evidence files; the staffing-structure
 * analysis computed from the roster; a 3–5 year staffing plan; the signed self-inspection report
 * (自查报告). Drafts save often (autosave), each save stating the version it was based on.
 */

export const selfAssessmentLimits = {
  narrativeMax: 4000,
  evidencePerIndicatorMax: 20,
  planYearsMin: 3,
  planYearsMax: 5,
  planFigureMax: 10000,
  reasoningMax: 4000,
} as const;

const version = z.number().int().min(1);

/** The unit's entry for one leaf indicator. */
export const SelfIndicatorEntrySchema = z.object({
  nodeId: z.uuid(),
  score: ScoreInputSchema,
  /** 自评说明: what the unit did, in its own words. */
  narrative: z.string().trim().max(selfAssessmentLimits.narrativeMax).default(''),
  evidenceFileIds: z.array(z.uuid()).max(selfAssessmentLimits.evidencePerIndicatorMax).default([]),
});
export type SelfIndicatorEntry = z.infer<typeof SelfIndicatorEntrySchema>;

const figure = z.number().int().min(0).max(selfAssessmentLimits.planFigureMax);

/** One line of the staffing plan: planned hires and departures of one staffing type in one year. */
export const StaffingPlanRowSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  staffingType: z.enum(staffingTypes.codes),
  plannedHires: figure,
  plannedDepartures: figure,
});
export type StaffingPlanRow = z.infer<typeof StaffingPlanRowSchema>;

/** 3–5 year 用编进人 plan: consecutive years from `startYear`, one row per year and type at most. */
export const StaffingPlanSchema = z
  .object({
    startYear: z.number().int().min(2000).max(2100),
    years: z.number().int().min(selfAssessmentLimits.planYearsMin).max(selfAssessmentLimits.planYearsMax),
    rows: z.array(StaffingPlanRowSchema).max(selfAssessmentLimits.planYearsMax * staffingTypes.codes.length),
    /** 理由: why the unit needs these hires (workload, retirements, new duties). */
    reasoning: z
      .string()
      .trim()
      .min(10, msg('请说明用编计划的理由（至少 10 个字）', 'explain the plan in at least 10 characters'))
      .max(selfAssessmentLimits.reasoningMax),
  })
  .superRefine((plan, ctx) => {
    const last = plan.startYear + plan.years - 1;
    const seen = new Set<string>();
    plan.rows.forEach((row, i) => {
      if (row.year < plan.startYear || row.year > last) {
        ctx.addIssue({
          code: 'custom',
          path: ['rows', i, 'year'],
          message: msg(
            `年份应在 ${plan.startYear}–${last} 之间`,
            `the year must be within ${plan.startYear}–${last}`,
          ),
        });
      }
      const key = `${row.year}|${row.staffingType}`;
      if (seen.has(key)) {
        const label = staffingTypes.labels[row.staffingType];
        ctx.addIssue({
          code: 'custom',
          path: ['rows', i, 'staffingType'],
          message: msg(`${row.year} 年${label.zh}重复填写`, `${row.year} ${label.en} is listed twice`),
        });
      }
      seen.add(key);
    });
  });
export type StaffingPlan = z.infer<typeof StaffingPlanSchema>;

/** A target's self-assessment as the form and the office read it. */
export const SelfAssessmentSchema = z
  .object({
    campaignId: z.uuid(),
    unitId: z.uuid(),
    state: z.enum(targetPhaseStates.codes),
    entries: z.array(SelfIndicatorEntrySchema),
    /** Computed from the roster on the phase's start day; null before the phase starts. */
    staffingStructure: StaffingStructureSchema.nullable(),
    staffingPlan: StaffingPlanSchema.nullable(),
    /** 自查报告 (signed and stamped), an uploaded file. */
    reportFileId: z.uuid().nullable(),
    /** The office's reason of the last return, shown to the unit until it resubmits. */
    returnReason: z.string().nullable(),
    submittedAt: z.string().nullable(),
    version: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'SelfAssessment' });
export type SelfAssessment = z.infer<typeof SelfAssessmentSchema>;

/** Autosave of the draft: only the parts present change; entries replace those of the same node. */
export const SelfAssessmentSaveInputSchema = z.object({
  version,
  entries: z.array(SelfIndicatorEntrySchema).max(500).optional(),
  staffingPlan: StaffingPlanSchema.nullable().optional(),
  reportFileId: z.uuid().nullable().optional(),
});
export type SelfAssessmentSaveInput = z.infer<typeof SelfAssessmentSaveInputSchema>;

/** Save one indicator's entry (the form saves each indicator as it is left). */
export const SelfEntrySaveInputSchema = SelfIndicatorEntrySchema.extend({ version });
export type SelfEntrySaveInput = z.infer<typeof SelfEntrySaveInputSchema>;

export const SelfAssessmentSubmitInputSchema = z.object({ version });

/** An officer returns a submitted self-assessment, saying what to fix. */
export const SelfAssessmentReturnInputSchema = z.object({
  version,
  reason: z.string().trim().min(2, msg('请写明退回原因', 'give the reason for the return')).max(1000),
});
export type SelfAssessmentReturnInput = z.infer<typeof SelfAssessmentReturnInputSchema>;

export const SelfAssessmentAcceptInputSchema = z.object({ version });
