import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { type Database, openDatabase, runMigrations } from '../packages/server/src/db/client.ts';

/**
 * A fresh migrated database for a benchmark: in-memory PGlite, or a new database on the server
 * named by BENCH_DATABASE_URL (dropped afterwards).
 */
export async function benchDatabase(
  kind: 'pglite' | 'postgres',
): Promise<{ database: Database; drop: () => Promise<void> }> {
  if (kind === 'pglite') {
    const database = await openDatabase({ pglite: await PGlite.create() });
    await runMigrations(database);
    return { database, drop: () => database.close() };
  }
  const url = process.env.BENCH_DATABASE_URL;
  if (!url) throw new Error('BENCH_DATABASE_URL is not set');
  const name = `bp_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`drop database if exists ${name}`);
  await admin.query(`create database ${name}`);
  const dbUrl = new URL(url);
  dbUrl.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: dbUrl.toString() });
  await runMigrations(database);
  return {
    database,
    drop: async () => {
      await database.close();
      // Let the closed pool's sockets finish before the server is told to drop the database.
      await new Promise((resolve) => setTimeout(resolve, 500));
      admin.on('error', () => {});
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/** Both databases when BENCH_DATABASE_URL is set, narrowed by BENCH_ONLY=pglite|postgres. */
export const kindsToRun = (): ('pglite' | 'postgres')[] => {
  const kinds: ('pglite' | 'postgres')[] = process.env.BENCH_DATABASE_URL
    ? ['pglite', 'postgres']
    : ['pglite'];
  const only = process.env.BENCH_ONLY;
  return only ? kinds.filter((k) => k === only) : kinds;
};

export const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Times each benchmark this many times (BENCH_REPEAT, default 1); report the median. */
export const repeats = () => Math.max(1, Number(process.env.BENCH_REPEAT ?? 1));

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * Times the phases of a service call from its progress notes: a phase lasts until a note with
 * another text arrives. `first` names the phase before the first note.
 */
export function phaseClock(first: string) {
  let current = first;
  let since = performance.now();
  const phases: { name: string; ms: number }[] = [];
  const next = (name: string) => {
    const now = performance.now();
    phases.push({ name: current, ms: now - since });
    current = name;
    since = now;
  };
  return {
    progress: async (_done: number, _total?: number, note?: { en: string }) => {
      if (note && note.en !== current) next(note.en);
    },
    /** The phases so far, the current one ended now; "done" marks the end, not a phase. */
    finish() {
      next('done');
      return phases.filter((p) => p.name !== 'done');
    },
  };
}

/**
 * CPU seconds this process used since `from` (a `process.cpuUsage()`): with the embedded database
 * nearly all the work, so a figure that other processes on the machine do not inflate.
 */
export const cpuSince = (from: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(from);
  return seconds((used.user + used.system) / 1000);
};

/** `name 1.23 s, other 0.45 s` */
export const describePhases = (phases: { name: string; ms: number }[]) =>
  phases.map((p) => `${p.name} ${seconds(p.ms)}`).join(', ');
