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

export const kindsToRun = (): ('pglite' | 'postgres')[] =>
  process.env.BENCH_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

export const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
