import type { LocalizedText } from '@bianping/core/errors';
import type { Notification } from '@bianping/core/notifications';
import { sql } from 'drizzle-orm';
import { type Db, selectRows } from '../../db/client.ts';
import { notificationReads, notifications } from '../../db/schema/index.ts';

/** All SQL of in-app notifications: create, list a user's, mark read. */

export type NewNotification = {
  /** One user, or every user of a unit (`unitId`); at least one is set. */
  userId?: string | null;
  unitId?: string | null;
  title: LocalizedText;
  body: LocalizedText;
  link?: string | null;
};

/** Creates a notification; call it in the transaction of the change it tells about. */
export async function createNotification(db: Db, n: NewNotification) {
  const [row] = await db
    .insert(notifications)
    .values({
      userId: n.userId ?? null,
      unitId: n.unitId ?? null,
      titleZh: n.title.zh,
      titleEn: n.title.en,
      bodyZh: n.body.zh,
      bodyEn: n.body.en,
      link: n.link ?? null,
    })
    .returning({ id: notifications.id });
  return (row as { id: string }).id;
}

type Row = {
  id: string;
  title_zh: string;
  title_en: string;
  body_zh: string;
  body_en: string;
  link: string | null;
  created_at: Date | string;
  read_at: Date | string | null;
};

/** Addressed to the user, or to one of the units where the user holds the unit role. */
const addressedTo = (userId: string, unitIds: readonly string[]) =>
  unitIds.length
    ? sql`(n.user_id = ${userId}::uuid or n.unit_id in (${sql.join(
        unitIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )}))`
    : sql`n.user_id = ${userId}::uuid`;

/** The user's notifications, unread first, then newest first (at most `limit`). */
export async function listNotifications(
  db: Db,
  userId: string,
  unitIds: readonly string[],
  limit = 100,
): Promise<Notification[]> {
  const rows = await selectRows<Row>(
    db,
    sql`select n.id, n.title_zh, n.title_en, n.body_zh, n.body_en, n.link, n.created_at, r.read_at
        from notifications n
        left join notification_reads r on r.notification_id = n.id and r.user_id = ${userId}::uuid
        where ${addressedTo(userId, unitIds)}
        order by (r.read_at is null) desc, n.created_at desc, n.id
        limit ${limit}`,
  );
  return rows.map((r) => ({
    id: r.id,
    title: { zh: r.title_zh, en: r.title_en },
    body: { zh: r.body_zh, en: r.body_en },
    link: r.link,
    createdAt: new Date(r.created_at).toISOString(),
    readAt: r.read_at === null ? null : new Date(r.read_at).toISOString(),
  }));
}

export async function countUnread(db: Db, userId: string, unitIds: readonly string[]) {
  const [row] = await selectRows<{ n: number | string }>(
    db,
    sql`select count(*) as n from notifications n
        where ${addressedTo(userId, unitIds)}
          and not exists (select 1 from notification_reads r where r.notification_id = n.id and r.user_id = ${userId}::uuid)`,
  );
  return Number(row?.n ?? 0);
}

/** Marks one of the user's notifications read; false when it is not addressed to the user. */
export async function markRead(db: Db, id: string, userId: string, unitIds: readonly string[]) {
  const [mine] = await selectRows<{ id: string }>(
    db,
    sql`select n.id from notifications n where n.id = ${id}::uuid and ${addressedTo(userId, unitIds)}`,
  );
  if (!mine) return false;
  await db.insert(notificationReads).values({ notificationId: id, userId }).onConflictDoNothing();
  return true;
}
