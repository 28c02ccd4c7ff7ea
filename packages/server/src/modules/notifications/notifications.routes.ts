import { IdParamsSchema, OkSchema } from '@bianping/core/api';
import { notFound } from '@bianping/core/errors';
import { NotificationListSchema } from '@bianping/core/notifications';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Principal } from '../../plugins/auth.ts';
import { principalOf } from '../../plugins/auth.ts';
import { apiErrors } from '../../plugins/responses.ts';
import { countUnread, listNotifications, markRead } from './notifications.queries.ts';

const tags = ['notifications'];
const access = { access: { roles: 'any' as const } };
const errors = apiErrors(400, 401, 404);

/** Units whose notices the principal receives: those where it holds the unit role. */
const unitIdsOf = (principal: Principal) =>
  principal.roles.filter((a) => a.role === 'unit' && a.scopeId).map((a) => a.scopeId as string);

/**
 * 站内通知 (/api/v1/notifications): every signed-in user reads their own (addressed to them or to
 * their unit) and marks them read. Marking read is not audited: it changes nothing of the record.
 */
export const notificationsRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  app.get(
    '/',
    {
      config: access,
      schema: {
        tags,
        summary: '我的通知（未读在前） / My notifications, unread first',
        response: { 200: NotificationListSchema, ...errors },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const units = unitIdsOf(principal);
      const [items, unread] = await Promise.all([
        listNotifications(db, principal.userId, units),
        countUnread(db, principal.userId, units),
      ]);
      return { items, unread };
    },
  );

  app.post(
    '/:id/read',
    {
      config: access,
      schema: {
        tags,
        summary: '标记通知为已读 / Mark a notification read',
        params: IdParamsSchema,
        response: { 200: OkSchema, ...errors },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const ok = await markRead(db, request.params.id, principal.userId, unitIdsOf(principal));
      if (!ok) throw notFound({ zh: '通知', en: 'Notification' });
      return { ok: true as const };
    },
  );
};
