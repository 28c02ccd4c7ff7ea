import { OkSchema } from '@bianping/core/api';
import { NotificationListSchema } from '@bianping/core/notifications';
import { request } from './client.ts';

/** 站内通知 (/api/v1/notifications): the user's own and their unit's, unread first. */

export type { Notification, NotificationList } from '@bianping/core/notifications';

export const listNotifications = (signal?: AbortSignal) =>
  request('GET', '/notifications', { schema: NotificationListSchema, signal });

export const markNotificationRead = (id: string) =>
  request('POST', `/notifications/${encodeURIComponent(id)}/read`, { schema: OkSchema });
