import PgBoss from 'pg-boss';
import type { Database } from '../db/client.ts';
import type { JobContext, JobDefinition } from './job-definition.ts';
import { insertJobRun, markFailed, markFinished, markRunning, saveProgress } from './job-runs.queries.ts';

/**
 * The job queue: pg-boss on the same PostgreSQL database, so several server instances share the
 * work and the schedule. On the embedded database pg-boss talks through PGlite (one connection,
 * multi-statement SQL through `exec`). Without a started queue (CLI, tests that want it) jobs
 * run inline in the caller.
 */
export type Queue = {
  enqueue(name: string, payload: unknown, createdBy: string | null): Promise<string>;
  stop(): Promise<void>;
};

type AnyJob = JobDefinition<never>;

async function execute(database: Database, job: AnyJob, runId: string, payload: unknown) {
  const db = database.db;
  await markRunning(db, runId);
  const ctx: JobContext = {
    database,
    runId,
    progress: async (done, total, note) => {
      await saveProgress(db, runId, done, total, note);
    },
  };
  try {
    const result = await job.handler(job.payload.parse(payload) as never, ctx);
    await markFinished(db, runId, result ?? null);
    return result;
  } catch (err) {
    await markFailed(db, runId, err);
    throw err;
  }
}

function bossFor(database: Database, connectionString: string | undefined) {
  if (connectionString) return new PgBoss({ connectionString, max: 4 });
  return new PgBoss({
    db: {
      executeSql: async (text: string, values?: unknown[]) => {
        if (values?.length) return database.query(text, values).then((rows) => ({ rows }));
        return database.exec(text);
      },
    },
  } as never);
}

/** Starts pg-boss, registers the workers and the cron schedules. */
export async function startQueue(
  database: Database,
  jobs: readonly AnyJob[],
  options: { connectionString?: string | undefined; log?: (err: unknown) => void } = {},
): Promise<Queue> {
  const boss = bossFor(database, options.connectionString);
  boss.on('error', (err) => options.log?.(err));
  await boss.start();
  for (const job of jobs) {
    await boss.createQueue(job.name);
    await boss.work<{ runId: string; payload: unknown }>(
      job.name,
      { pollingIntervalSeconds: 1 },
      async ([item]) => {
        if (!item) return;
        // Scheduled runs arrive without a run id: record one so the UI sees them too.
        const runId =
          item.data?.runId ?? (await insertJobRun(database.db, job.name, item.data ?? {}, null)).id;
        await execute(database, job, runId, item.data?.payload ?? item.data ?? {});
      },
    );
    if (job.cron) await boss.schedule(job.name, job.cron, {}, { tz: 'Asia/Shanghai' });
  }
  return {
    async enqueue(name, payload, createdBy) {
      const run = await insertJobRun(database.db, name, payload, createdBy);
      await boss.send(name, { runId: run.id, payload });
      return run.id;
    },
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 10_000 }),
  };
}

/** Runs a job in the calling process, recording the run like the queue does. */
export async function runInline(database: Database, job: AnyJob, payload: unknown, createdBy: string | null) {
  const run = await insertJobRun(database.db, job.name, payload, createdBy);
  const result = await execute(database, job, run.id, payload);
  return { runId: run.id, result };
}
