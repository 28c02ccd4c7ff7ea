import { and, asc, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { ahpJudgements, users } from '../../db/schema/index.ts';

/** All SQL on `ahp_judgements`: one matrix per author and parent node of a draft. */

export type JudgementRow = {
  id: string;
  authorId: string;
  authorName: string;
  matrix: number[][];
  itemIds: string[];
  riTable: string;
  updatedAt: Date;
};

const parentIs = (parentId: string | null): SQL =>
  parentId === null ? isNull(ahpJudgements.parentNodeId) : eq(ahpJudgements.parentNodeId, parentId);

/** The judgements on the children of `parentId`, optionally only one author's. */
export async function listJudgements(
  db: Db,
  setId: string,
  parentId: string | null,
  authorId: string | null,
): Promise<JudgementRow[]> {
  const rows = await db
    .select({
      id: ahpJudgements.id,
      authorId: ahpJudgements.authorId,
      authorName: users.displayName,
      matrix: ahpJudgements.matrix,
      itemIds: ahpJudgements.itemIds,
      riTable: ahpJudgements.riTable,
      updatedAt: ahpJudgements.updatedAt,
    })
    .from(ahpJudgements)
    .innerJoin(users, eq(users.id, ahpJudgements.authorId))
    .where(
      and(
        eq(ahpJudgements.setId, setId),
        parentIs(parentId),
        authorId ? eq(ahpJudgements.authorId, authorId) : undefined,
      ),
    )
    .orderBy(asc(ahpJudgements.updatedAt));
  return rows as JudgementRow[];
}

/** Saves an author's judgement, replacing the one they had. Returns the previous matrix, if any. */
export async function saveJudgement(
  db: Db,
  input: {
    setId: string;
    parentId: string | null;
    authorId: string;
    matrix: number[][];
    itemIds: string[];
    riTable: string;
  },
) {
  const where = and(
    eq(ahpJudgements.setId, input.setId),
    parentIs(input.parentId),
    eq(ahpJudgements.authorId, input.authorId),
  );
  const [existing] = await db.select().from(ahpJudgements).where(where).for('update');
  const values = {
    matrix: input.matrix,
    itemIds: input.itemIds,
    riTable: input.riTable,
    updatedAt: new Date(),
  };
  if (existing) {
    await db.update(ahpJudgements).set(values).where(eq(ahpJudgements.id, existing.id));
    return existing.matrix as number[][];
  }
  await db.insert(ahpJudgements).values({
    setId: input.setId,
    parentNodeId: input.parentId,
    authorId: input.authorId,
    ...values,
  });
  return null;
}

/** Drops the judgements on the children of removed nodes. */
export async function deleteJudgementsOf(db: Db, setId: string, parentIds: readonly string[]) {
  if (!parentIds.length) return;
  await db
    .delete(ahpJudgements)
    .where(and(eq(ahpJudgements.setId, setId), inArray(ahpJudgements.parentNodeId, [...parentIds])));
}
