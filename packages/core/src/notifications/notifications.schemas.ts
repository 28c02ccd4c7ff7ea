import { z } from 'zod';
import { LocalizedTextSchema } from '../api.schemas.ts';

/**
 * In-app notifications (站内通知) to the users who owe work: addressed to one user or to every
 * user of a unit; read per user. Titles and bodies are stored in both languages.
 */

export const NotificationSchema = z
  .object({
    id: z.uuid(),
    title: LocalizedTextSchema,
    body: LocalizedTextSchema,
    /** A web path to open, e.g. the self-assessment form. */
    link: z.string().nullable(),
    createdAt: z.string(),
    readAt: z.string().nullable(),
  })
  .meta({ id: 'Notification' });
export type Notification = z.infer<typeof NotificationSchema>;

/** GET /api/v1/notifications: mine, unread first, newest first. */
export const NotificationListSchema = z.object({
  items: z.array(NotificationSchema),
  unread: z.number().int(),
});
export type NotificationList = z.infer<typeof NotificationListSchema>;
