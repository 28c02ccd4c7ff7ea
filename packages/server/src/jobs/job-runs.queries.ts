import { AppError, ErrorCode, type LocalizedText } from '@bianping/core/errors';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { jobRuns } from '../db/schema/index.ts';

export async function insertJobRun(db: Db, name: string, payload: unknown, createdBy: string | null) {
  const [row] = await db.insert(jobRuns).values({ name, payload, createdBy }).returning();
  if (!row) throw new Error('job run insert failed');
  return row;
}

export const markRunning = (db: Db, id: string) =>
  db.update(jobRuns).set({ status: 'running', startedAt: new Date() }).where(eq(jobRuns.id, id));

/** The note is kept as JSON text of `{zh, en}` in the text column; noteFromStorage reads it back. */
export const saveProgress = (db: Db, id: string, done: number, total?: number, note?: LocalizedText) =>
  db
    .update(jobRuns)
    .set({
      done,
      ...(total === undefined ? {} : { total }),
      ...(note === undefined ? {} : { note: JSON.stringify({ zh: note.zh, en: note.en }) }),
    })
    .where(eq(jobRuns.id, id));

export const markFinished = (db: Db, id: string, result: unknown) =>
  db.update(jobRuns).set({ status: 'succeeded', result, finishedAt: new Date() }).where(eq(jobRuns.id, id));

export function markFailed(db: Db, id: string, err: unknown) {
  const error =
    err instanceof AppError
      ? err.toJSON()
      : {
          code: ErrorCode.Internal,
          message: {
            zh: '后台任务失败，详情见服务器日志',
            en: 'The background job failed; see the server log',
          },
        };
  return db
    .update(jobRuns)
    .set({ status: 'failed', error, finishedAt: new Date() })
    .where(eq(jobRuns.id, id));
}

export async function findJobRun(db: Db, id: string) {
  const [row] = await db.select().from(jobRuns).where(eq(jobRuns.id, id));
  return row ?? null;
}
