import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { type SQL, sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
/** The database handle every query takes; a transaction has the same shape. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type DatabaseKind = 'pglite' | 'postgres';

export type Database = {
  db: Db;
  kind: DatabaseKind;
  /** Runs raw SQL with positional parameters and returns the rows; used by backup and tools. */
  query: QueryFn;
  /** Runs several statements without parameters (pg-boss's schema scripts); returns the last result. */
  exec(text: string): Promise<{ rows: unknown[] }>;
  /** Runs raw SQL on one connection inside a transaction (BEGIN … COMMIT, ROLLBACK on error). */
  transaction<T>(fn: (query: QueryFn) => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

export type QueryFn = <T = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<T[]>;

export const migrationsFolder = new URL('./migrations', import.meta.url).pathname;

type OpenOptions = {
  /** A PostgreSQL server; when absent the embedded database is used. */
  databaseUrl?: string | undefined;
  /** Directory of the embedded database (ignored with databaseUrl). */
  dataDir?: string;
  /** An already-open PGlite (tests start one from a template). */
  pglite?: PGlite;
};

/** Opens the embedded database or a PostgreSQL server behind one interface. */
export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) {
    // DATE stays text: parsing it into a local-midnight Date shifts days east of UTC.
    pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: 10,
    });
    // numeric/bigint come back as strings from pg; the schema maps the ones we read as numbers.
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    return {
      db,
      kind: 'postgres',
      query: async (text, params) => (await pool.query(text, params)).rows,
      exec: async (text) => {
        const result = await pool.query(text);
        const last = Array.isArray(result) ? result.at(-1) : result;
        return { rows: last?.rows ?? [] };
      },
      transaction: async (fn) => {
        const client = await pool.connect();
        try {
          await client.query('begin');
          const result = await fn(async (text, params) => (await client.query(text, params)).rows);
          await client.query('commit');
          return result;
        } catch (err) {
          await client.query('rollback');
          throw err;
        } finally {
          client.release();
        }
      },
      close: () => pool.end(),
    };
  }
  let client = options.pglite;
  if (!client) {
    if (!options.dataDir) throw new Error('dataDir is required for the embedded database');
    const dir = path.join(options.dataDir, 'pgdata');
    fs.mkdirSync(dir, { recursive: true });
    client = await PGlite.create(dir);
  }
  const pglite = client;
  const db = drizzlePglite(pglite, { schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    query: async (text, params) => (await pglite.query(text, params)).rows as never[],
    exec: async (text) => ({ rows: (await pglite.exec(text)).at(-1)?.rows ?? [] }),
    transaction: (fn) =>
      pglite.transaction((tx) => fn(async (text, params) => (await tx.query(text, params)).rows as never[])),
    close: () => pglite.close(),
  };
}

/** Applies pending migrations; the same SQL files serve both databases. */
export async function runMigrations(database: Database): Promise<void> {
  if (database.kind === 'postgres') {
    await migratePg(database.db as never, { migrationsFolder });
  } else {
    await migratePglite(database.db as never, { migrationsFolder });
  }
}

/** Round-trip time of a trivial query, for the health check. */
export async function pingDatabase(database: Database): Promise<number> {
  const started = performance.now();
  await database.db.execute(sql`select 1`);
  return performance.now() - started;
}

/** Rows of a raw `db.execute(sql…)`; both drivers return them under `rows`. */
export async function selectRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/**
 * Rows of a query as one JSON document. For large reads on the embedded database this is several
 * times faster than row-by-row results (one value to cross the WASM boundary, one JSON.parse).
 */
export async function selectJson<T>(db: Db, query: SQL): Promise<T[]> {
  const [row] = await selectRows<{ j: string }>(
    db,
    sql`select coalesce(json_agg(t), '[]'::json)::text as j from (${query}) t`,
  );
  return JSON.parse(row?.j ?? '[]') as T[];
}
