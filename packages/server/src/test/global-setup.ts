import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase, runMigrations } from '../db/client.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** PGlite: a migrated data directory dump every test database starts from. */
    pgliteTemplate: string;
    /** PostgreSQL: the migrated template database (when TEST_DATABASE_URL is set). */
    pgTemplateDatabase: string;
  }
}

/**
 * Migrates one template database for the whole run; each test file then starts from a copy,
 * which is far faster than migrating per file (initdb alone takes seconds on PGlite).
 */
export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const name = `bp_template_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`drop database if exists ${name}`);
    await admin.query(`create database ${name}`);
    const templateUrl = new URL(url);
    templateUrl.pathname = `/${name}`;
    const database = await openDatabase({ databaseUrl: templateUrl.toString() });
    await runMigrations(database);
    await database.close();
    project.provide('pgTemplateDatabase', name);
    project.provide('pgliteTemplate', '');
    return async () => {
      const dbs = await admin.query<{ datname: string }>(
        `select datname from pg_database where datname like $1 or datname = $2`,
        [`${name}_t%`, name],
      );
      for (const row of dbs.rows) await admin.query(`drop database if exists ${row.datname} with (force)`);
      await admin.end();
    };
  }
  const pglite = await PGlite.create();
  const database = await openDatabase({ pglite });
  await runMigrations(database);
  const dump = await pglite.dumpDataDir('gzip');
  await pglite.close();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bp-template-'));
  const file = path.join(dir, 'template.tar.gz');
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplate', file);
  project.provide('pgTemplateDatabase', '');
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
