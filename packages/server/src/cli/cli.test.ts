import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/client.ts';
import { createCliDatabaseEnv } from '../test/database.ts';

const BIN = new URL('../../bin/bianping.mjs', import.meta.url).pathname;
let dir: string;
let source: Awaited<ReturnType<typeof createCliDatabaseEnv>>;
let target: Awaited<ReturnType<typeof createCliDatabaseEnv>>;

function bianping(env: Record<string, string>, ...args: string[]) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { env: { ...process.env, LOG_LEVEL: 'warn', DATABASE_URL: '', ...env }, timeout: 120_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bp-cli-'));
  source = await createCliDatabaseEnv(path.join(dir, 'source'));
  target = await createCliDatabaseEnv(path.join(dir, 'target'));
});
afterAll(async () => {
  await source.cleanup();
  await target.cleanup();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('bianping command line', () => {
  it('loads the demo county once and prints an account per role', async () => {
    const first = await bianping(source.env, 'demo');
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('initial admin: admin');
    for (const role of ['officer', 'evaluator', 'unit', 'rater', 'expert', 'leader']) {
      expect(first.stdout).toMatch(new RegExp(`${role}\\s+demo-${role}\\s+\\S{16}`));
    }
    const second = await bianping(source.env, 'demo');
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('already loaded');
  });

  it('adds a user and resets a password, printing the new password once', async () => {
    const added = await bianping(source.env, 'user', 'add', 'liuba', '--role', 'officer', '--name', '刘八');
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/initial password: \S{16}/);
    const bad = await bianping(source.env, 'user', 'add', 'liuba', '--role', 'officer');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('E_CONFLICT');
    const reset = await bianping(source.env, 'user', 'reset-password', 'liuba');
    expect(reset.stdout).toMatch(/new password: \S{16}/);
  });

  it('backs up, verifies the audit chain, then reports the first tampered entry', async () => {
    const backup = await bianping(source.env, 'backup', path.join(dir, 'county.bpbak'));
    expect(backup.code).toBe(0);
    expect(fs.statSync(path.join(dir, 'county.bpbak')).size).toBeGreaterThan(1000);
    const intact = await bianping(source.env, 'audit', 'verify');
    expect(intact.code).toBe(0);
    expect(intact.stdout).toContain('audit chain intact');

    const database = await openDatabase({
      databaseUrl: source.env.DATABASE_URL || undefined,
      dataDir: source.env.BIANPING_DATA_DIR,
    });
    const [second] = await database.query<{ id: number }>(
      'select id::int as id from audit_log order by id offset 1 limit 1',
    );
    await database.query(`update audit_log set actor_name = 'someone-else' where id = $1`, [second?.id]);
    await database.close();

    const tampered = await bianping(source.env, 'audit', 'verify');
    expect(tampered.code).toBe(1);
    expect(tampered.stderr).toContain(`audit chain broken at entry ${second?.id}`);
  });

  it('restores into an empty database and refuses a second restore over data', async () => {
    const restored = await bianping(target.env, 'restore', path.join(dir, 'county.bpbak'));
    expect(restored.stderr).toBe('');
    expect(restored.stdout).toMatch(/restored \d+ rows/);
    const again = await bianping(target.env, 'restore', path.join(dir, 'county.bpbak'));
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('E_BACKUP');
  });

  it('refuses an unknown command with exit status 2', async () => {
    const result = await bianping(source.env, 'frobnicate');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown command');
  });
});
