import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { files } from '../../db/schema/index.ts';
import { createTestDatabase } from '../../test/database.ts';
import { buildUser, TEST_SECRET_KEY } from '../../test/harness.ts';
import { loadDemo } from '../demo/demo.service.ts';
import { backupDatabase, restoreDatabase } from './backup.service.ts';
import { listTables } from './backup-catalog.ts';

let source: Database;
let dir: string;
beforeAll(async () => {
  source = await createTestDatabase();
  await loadDemo(source, { seed: 11, secretKey: TEST_SECRET_KEY });
  await buildUser(source, { role: 'admin' });
  await source.db.insert(files).values({
    name: '自查报告.pdf',
    mimeType: 'application/pdf',
    size: 5,
    sha256: 'x',
    content: Buffer.from([0, 1, 2, 250, 255]),
  });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bp-backup-'));
});
afterAll(async () => {
  await source.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Every table's rows as canonical text, ordered, so two databases can be compared exactly. */
async function snapshot(database: Database) {
  const result: Record<string, string[]> = {};
  for (const table of await listTables(database.query)) {
    const rows = await database.query<{ r: string }>(
      `select row_to_json(x)::text as r from "${table.name}" x`,
    );
    result[table.name] = rows.map((row) => row.r).sort();
  }
  return result;
}

describe('backup and restore', () => {
  it('round-trips every table exactly, including trees, binary content and sequences', async () => {
    const file = path.join(dir, 'full.bpbak');
    const counts = await backupDatabase(source, file);
    expect(counts.units).toBeGreaterThan(300);
    const target = await createTestDatabase();
    try {
      await restoreDatabase(target, file);
      expect(await snapshot(target)).toEqual(await snapshot(source));
      // The audit sequence continues after the restored entries instead of colliding with them.
      await target.query(
        `insert into audit_log (at, action, entity_type, prev_hash, hash) values (now(), 'x', 'y', 'p', 'h')`,
      );
    } finally {
      await target.close();
    }
  });

  it('refuses to restore into a database that holds data, and changes nothing', async () => {
    const file = path.join(dir, 'again.bpbak');
    await backupDatabase(source, file);
    const before = await snapshot(source);
    await expect(restoreDatabase(source, file)).rejects.toMatchObject({ code: 'E_BACKUP' });
    expect(await snapshot(source)).toEqual(before);
  });

  it('refuses a damaged file and leaves the empty database empty', async () => {
    const good = path.join(dir, 'good.bpbak');
    await backupDatabase(source, good);
    const bytes = fs.readFileSync(good);
    const damaged = path.join(dir, 'damaged.bpbak');
    fs.writeFileSync(damaged, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const target = await createTestDatabase();
    try {
      await expect(restoreDatabase(target, damaged)).rejects.toMatchObject({ code: 'E_BACKUP' });
      const [row] = await target.query<{ n: number }>('select count(*)::int as n from units');
      expect(row?.n).toBe(0);
    } finally {
      await target.close();
    }
  });
});
