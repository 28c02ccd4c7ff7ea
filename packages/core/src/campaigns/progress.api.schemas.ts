import { z } from 'zod';

/**
 * The HTTP contract of the campaign dashboard (/api/v1/campaigns/:id/progress …) besides the
 * progress itself (`CampaignProgressSchema` in `progress.ts`): the export's format and language,
 * and what a reminder (催办) did.
 */

export const ProgressExportQuerySchema = z.object({
  format: z.enum(['xlsx', 'csv']).default('xlsx'),
  lang: z.enum(['zh', 'en']).default('zh'),
});
export type ProgressExportQuery = z.infer<typeof ProgressExportQuerySchema>;

export const ProgressRemindResultSchema = z
  .object({
    /** Overdue items whose owners were reminded (items owed by the office are not counted). */
    items: z.number().int(),
    /** Target units whose users were notified (their self or rectification phase is late). */
    units: z.number().int(),
    /** Individual accounts notified (team members for a late on-site review). */
    users: z.number().int(),
  })
  .meta({ id: 'ProgressRemindResult' });
export type ProgressRemindResult = z.infer<typeof ProgressRemindResultSchema>;
