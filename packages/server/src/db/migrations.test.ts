import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../test/database.ts';
import { type Database, runMigrations } from './client.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe('migrations', () => {
  it('create every table of the schema on this database', async () => {
    const rows = await database.query<{ name: string }>(
      `select table_name as name from information_schema.tables where table_schema = 'public' order by 1`,
    );
    expect(rows.map((r) => r.name)).toEqual(
      expect.arrayContaining([
        'audit_log',
        'files',
        'headcounts',
        'quota_changes',
        'regions',
        'role_assignments',
        'sessions',
        'units',
        'users',
      ]),
    );
  });

  it('are idempotent: applying them again changes nothing', async () => {
    const before = await database.query('select count(*)::int as n from drizzle.__drizzle_migrations');
    await runMigrations(database);
    expect(await database.query('select count(*)::int as n from drizzle.__drizzle_migrations')).toEqual(
      before,
    );
  });

  it('enforce the constraints the code relies on', async () => {
    await database.query(`insert into users (username, display_name, password_hash) values ('Ab', 'x', 'h')`);
    await expect(
      database.query(`insert into users (username, display_name, password_hash) values ('aB', 'y', 'h')`),
    ).rejects.toThrow(/users_username_lower_uq/);
  });
});
