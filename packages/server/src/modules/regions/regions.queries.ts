import { asc, sql } from 'drizzle-orm';
import { type Db, selectRows } from '../../db/client.ts';
import { regions } from '../../db/schema/index.ts';

export const listRegions = (db: Db) => db.select().from(regions).orderBy(asc(regions.code));

/** The given regions and every region below them. */
export async function regionSubtreeIds(db: Db, rootIds: string[]): Promise<string[]> {
  if (rootIds.length === 0) return [];
  const rows = await selectRows<{ id: string }>(
    db,
    sql`
    with recursive tree as (
      select id from regions where id in (${sql.join(
        rootIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})
      union
      select r.id from regions r join tree t on r.parent_id = t.id
    )
    select id from tree`,
  );
  return rows.map((r) => r.id);
}
