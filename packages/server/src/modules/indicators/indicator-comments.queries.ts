import type { IndicatorComment } from '@bianping/core/indicators/api';
import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { indicatorComments, indicatorNodes, users } from '../../db/schema/index.ts';

/** All SQL on `indicator_comments`. */

/** The comments on a set, oldest first, with their author's name and their node's code now. */
export async function listComments(db: Db, setId: string): Promise<IndicatorComment[]> {
  const rows = await db
    .select({
      id: indicatorComments.id,
      nodeId: indicatorComments.nodeId,
      nodeCode: indicatorNodes.code,
      nodeName: indicatorNodes.name,
      authorId: indicatorComments.authorId,
      authorName: users.displayName,
      text: indicatorComments.text,
      createdAt: indicatorComments.createdAt,
    })
    .from(indicatorComments)
    .innerJoin(users, eq(users.id, indicatorComments.authorId))
    .leftJoin(
      indicatorNodes,
      sql`${indicatorNodes.id} = ${indicatorComments.nodeId} and ${indicatorNodes.setId} = ${indicatorComments.setId}`,
    )
    .where(eq(indicatorComments.setId, setId))
    .orderBy(asc(indicatorComments.createdAt), asc(indicatorComments.id));
  return rows.map((r) => ({ ...r, createdAt: new Date(r.createdAt).toISOString() }));
}

export async function insertComment(
  db: Db,
  input: { setId: string; nodeId: string | null; authorId: string; text: string },
): Promise<string> {
  const [row] = await db.insert(indicatorComments).values(input).returning({ id: indicatorComments.id });
  return (row as { id: string }).id;
}
