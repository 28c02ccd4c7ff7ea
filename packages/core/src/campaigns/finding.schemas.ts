import { z } from 'zod';
import { findingCategories, findingSeverities } from './vocabulary.ts';

/**
 * A finding (问题) raised during a campaign — inline on an on-site score, on an external rating,
 * or on a supervision slip. It later becomes a row of the rectification ledger (DOMAIN.md §8.5),
 * so it carries the ledger's category and severity from the start.
 */

export const findingLimits = { descriptionMax: 1000, evidenceMax: 20 } as const;

export const FindingInputSchema = z.object({
  category: z.enum(findingCategories.codes),
  severity: z.enum(findingSeverities.codes),
  description: z.string().trim().min(2).max(findingLimits.descriptionMax),
  /** Files already uploaded through the files table. */
  evidenceFileIds: z.array(z.uuid()).max(findingLimits.evidenceMax).default([]),
  /** The indicator it concerns, by its code in the campaign's sets, if any. */
  indicatorCode: z
    .string()
    .regex(/^\d+(\.\d+)*$/)
    .nullable()
    .default(null),
});
export type FindingInput = z.infer<typeof FindingInputSchema>;

export const FindingSchema = FindingInputSchema.extend({ id: z.uuid() }).meta({ id: 'CampaignFinding' });
export type Finding = z.infer<typeof FindingSchema>;
