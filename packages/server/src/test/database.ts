import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, openDatabase } from '../db/client.ts';

let counter = 0;

/**
 * A fresh, migrated database for one test: a PGlite copy of the template by default, or a new
 * PostgreSQL database cloned from the template when TEST_DATABASE_URL is set (CI's second leg).
 */
export async function createTestDatabase(): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const template = inject('pgTemplateDatabase');
    const name = `${template}_t${process.pid}_${counter++}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${name} template ${template}`);
    await admin.end();
    const testUrl = new URL(url);
    testUrl.pathname = `/${name}`;
    const database = await openDatabase({ databaseUrl: testUrl.toString() });
    return {
      ...database,
      close: async () => {
        await database.close();
        await dropDatabase(url, name);
      },
    };
  }
  const template = fs.readFileSync(inject('pgliteTemplate'));
  const pglite = await PGlite.create({ loadDataDir: new Blob([template]) });
  return openDatabase({ pglite });
}

/**
 * Environment for a CLI process on its own empty database: a fresh data directory for the
 * embedded database, or a new (unmigrated) PostgreSQL database when TEST_DATABASE_URL is set.
 */
export async function createCliDatabaseEnv(
  dir: string,
): Promise<{ env: Record<string, string>; cleanup: () => Promise<void> }> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return { env: { BIANPING_DATA_DIR: dir }, cleanup: async () => {} };
  const name = `${inject('pgTemplateDatabase')}_cli${process.pid}_${counter++}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const dbUrl = new URL(url);
  dbUrl.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: dbUrl.toString(), BIANPING_DATA_DIR: dir },
    cleanup: () => dropDatabase(url, name),
  };
}

/**
 * Drops a test database once its connections are gone. Forcing the drop at once would kill
 * sockets a closing pool is still shutting down, which surfaces as an unhandled error.
 */
async function dropDatabase(url: string, name: string) {
  const admin = new pg.Client({ connectionString: url });
  admin.on('error', () => {});
  await admin.connect();
  try {
    for (let attempt = 0; attempt < 20; attempt++) {
      try {
        await admin.query(`drop database if exists ${name}`);
        return;
      } catch (err) {
        if ((err as { code?: string }).code !== '55006') throw err; // still in use
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    await admin.query(`drop database if exists ${name} with (force)`);
  } finally {
    await admin.end();
  }
}
