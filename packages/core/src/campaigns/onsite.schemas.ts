import { z } from 'zod';
import { LocalizedTextSchema } from '../api.schemas.ts';
import { FindingInputSchema, FindingSchema } from './finding.schemas.ts';
import { msg } from './messages.ts';
import { ScoreInputSchema } from './score-input.ts';
import { targetPhaseStates } from './target-phase.ts';
import {
  defaultDocumentChecklist,
  defaultInterviewQuestions,
  type InterviewOutline,
  interviewOutlines,
} from './vocabulary.ts';

/**
 * 实地评估 by the team assigned to the target: per leaf a score within the rule's bounds (checked
 * with `checkLeafEntries(…, 'onsite')`), a justification and findings raised inline; interview
 * records on the campaign's four outlines; the document-review checklist. Each score is saved on
 * its own with its version, so two evaluators of one team never overwrite each other silently.
 */

const version = z.number().int().min(1);
const questionId = z.string().trim().min(1).max(20);

export const InterviewOutlineSchema = z.enum(interviewOutlines.codes);

/** One question of a campaign's outline. */
export const InterviewQuestionSchema = z.object({
  id: questionId,
  text: LocalizedTextSchema,
  indicatorCodes: z
    .array(z.string().regex(/^\d+(\.\d+)*$/))
    .max(20)
    .default([]),
});

/** The campaign's outlines: every outline with its questions (ids unique within the outline). */
export const InterviewOutlinesConfigSchema = z
  .array(
    z.object({ outline: InterviewOutlineSchema, questions: z.array(InterviewQuestionSchema).min(1).max(50) }),
  )
  .superRefine((outlines, ctx) => {
    const seen = new Set<InterviewOutline>();
    outlines.forEach((o, i) => {
      if (seen.has(o.outline)) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'outline'],
          message: msg('访谈提纲重复', 'an outline is listed twice'),
        });
      }
      seen.add(o.outline);
      const ids = new Set<string>();
      o.questions.forEach((q, j) => {
        if (ids.has(q.id)) {
          ctx.addIssue({
            code: 'custom',
            path: [i, 'questions', j, 'id'],
            message: msg(`问题编号 ${q.id} 重复`, `question id ${q.id} is used twice`),
          });
        }
        ids.add(q.id);
      });
    });
  });
export type InterviewOutlinesConfig = z.infer<typeof InterviewOutlinesConfigSchema>;

/** The default outlines a new campaign starts with (copies, so editing one changes no default). */
export const defaultInterviewOutlinesConfig = (): InterviewOutlinesConfig =>
  interviewOutlines.codes.map((outline) => ({
    outline,
    questions: defaultInterviewQuestions[outline].map((q) => ({
      ...q,
      text: { ...q.text },
      indicatorCodes: [...q.indicatorCodes],
    })),
  }));

/** The campaign's document checklist. */
export const DocumentChecklistConfigSchema = z
  .array(z.object({ id: z.string().trim().min(1).max(40), label: LocalizedTextSchema }))
  .min(1)
  .max(50)
  .refine(
    (items) => new Set(items.map((i) => i.id)).size === items.length,
    msg('清单项编号重复', 'a checklist id is used twice'),
  );
export type DocumentChecklistConfig = z.infer<typeof DocumentChecklistConfigSchema>;

export const defaultDocumentChecklistConfig = (): DocumentChecklistConfig =>
  defaultDocumentChecklist.map((d) => ({ id: d.id, label: { ...d.label } }));

/** The team's entry for one leaf. */
export const OnsiteEntrySchema = z.object({
  nodeId: z.uuid(),
  score: ScoreInputSchema,
  /** 评分依据: why these points. */
  justification: z.string().trim().max(2000).default(''),
  findings: z.array(FindingSchema).max(50).default([]),
  version: z.number().int(),
  updatedBy: z.uuid().nullable(),
  updatedAt: z.string(),
});
export type OnsiteEntry = z.infer<typeof OnsiteEntrySchema>;

/** Save one leaf's score; findings given here replace the entry's findings. */
export const OnsiteEntrySaveInputSchema = z.object({
  /** The entry's version; 0 for the first save. */
  version: z.number().int().min(0),
  score: ScoreInputSchema,
  justification: z.string().trim().max(2000).default(''),
  findings: z
    .array(FindingInputSchema.extend({ id: z.uuid().optional() }))
    .max(50)
    .default([]),
});
export type OnsiteEntrySaveInput = z.infer<typeof OnsiteEntrySaveInputSchema>;

/** An interview held on site (访谈/座谈). Names are not recorded: the role is what matters. */
export const InterviewRecordInputSchema = z.object({
  outline: InterviewOutlineSchema,
  /** 受访者职务, e.g. 副局长. */
  intervieweeRole: z.string().trim().min(1).max(50),
  heldOn: z.iso.date(),
  answeredQuestionIds: z.array(questionId).max(50).default([]),
  notes: z.string().trim().max(8000).default(''),
});
export type InterviewRecordInput = z.infer<typeof InterviewRecordInputSchema>;

export const InterviewRecordSchema = InterviewRecordInputSchema.extend({
  id: z.uuid(),
  recordedBy: z.uuid(),
  version: z.number().int(),
}).meta({ id: 'InterviewRecord' });
export type InterviewRecord = z.infer<typeof InterviewRecordSchema>;

export const InterviewRecordUpdateInputSchema = InterviewRecordInputSchema.extend({ version });

/** Question ids of a record that its outline does not have. */
export function unknownQuestionIds(record: InterviewRecordInput, config: InterviewOutlinesConfig): string[] {
  const questions = new Set(
    config.find((o) => o.outline === record.outline)?.questions.map((q) => q.id) ?? [],
  );
  return record.answeredQuestionIds.filter((id) => !questions.has(id));
}

/** One line of the document review. */
export const DocumentReviewItemSchema = z.object({
  itemId: z.string().trim().min(1).max(40),
  checked: z.boolean(),
  notes: z.string().trim().max(1000).default(''),
});
export type DocumentReviewItem = z.infer<typeof DocumentReviewItemSchema>;

/** The whole checklist of a target, saved at once. */
export const DocumentReviewInputSchema = z.object({
  version: z.number().int().min(0),
  items: z.array(DocumentReviewItemSchema).max(50),
});
export type DocumentReviewInput = z.infer<typeof DocumentReviewInputSchema>;

/** The on-site review of one target as the team's pages read it. */
export const OnsiteReviewSchema = z
  .object({
    campaignId: z.uuid(),
    unitId: z.uuid(),
    teamNo: z.number().int().nullable(),
    state: z.enum(targetPhaseStates.codes),
    entries: z.array(OnsiteEntrySchema),
    interviews: z.array(InterviewRecordSchema),
    documentReview: z.object({ items: z.array(DocumentReviewItemSchema), version: z.number().int() }),
    returnReason: z.string().nullable(),
  })
  .meta({ id: 'OnsiteReview' });
export type OnsiteReview = z.infer<typeof OnsiteReviewSchema>;
