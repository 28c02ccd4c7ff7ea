import { validateIdNumber } from '@bianping/core/warnings/id-number';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { createTestDatabase } from '../../test/database.ts';
import { TEST_SECRET_KEY } from '../../test/harness.ts';
import { idProtector } from '../staff/id-number-protection.ts';
import { loadDemo } from './demo.service.ts';
import { type DemoData, generateDemoData } from './demo-data.ts';

const SEED = 20261125;
let database: Database;
let data: DemoData;
let first: Awaited<ReturnType<typeof loadDemo>>;

beforeAll(async () => {
  database = await createTestDatabase();
  data = generateDemoData(SEED);
  first = await loadDemo(database, { seed: SEED, secretKey: TEST_SECRET_KEY });
});
afterAll(async () => {
  await database.close();
});

const TABLES = [
  'regions',
  'units',
  'quota_changes',
  'headcounts',
  'internal_bodies',
  'leader_posts',
  'mandate_duties',
  'history_events',
  'staff_members',
  'staff_movements',
  'workloads',
  'staffing_snapshots',
  'peer_benchmarks',
  'users',
  'role_assignments',
  'audit_log',
];

/** Every table's rows as one fingerprint, so two states of the database can be compared. */
async function fingerprint() {
  const result: Record<string, string> = {};
  for (const table of TABLES) {
    const [row] = await database.query<{ n: number; digest: string | null }>(
      `select count(*)::int as n, md5(string_agg(row_to_json(x)::text, '|' order by row_to_json(x)::text)) as digest from "${table}" x`,
    );
    result[table] = `${row?.n}:${row?.digest}`;
  }
  return result;
}

const count = async (table: string) =>
  (await database.query<{ n: number }>(`select count(*)::int as n from ${table}`))[0]?.n;

describe('loading the demo county', () => {
  it('writes everything the generator makes, with an account per role', async () => {
    expect(first.created).toBe(true);
    expect(first.accounts).toHaveLength(6);
    const expected: Record<string, number> = {
      units: data.units.length,
      quota_changes: data.ledger.length,
      headcounts: data.headcounts.length,
      internal_bodies: data.bodies.length,
      leader_posts: data.posts.length,
      mandate_duties: data.duties.length,
      history_events: data.history.length,
      staff_members: data.staff.length,
      staff_movements: data.movements.length,
      workloads: data.workloads.length,
      staffing_snapshots: data.snapshots.length,
      peer_benchmarks: data.peers.length,
    };
    for (const [table, n] of Object.entries(expected)) expect(await count(table), table).toBe(n);
    expect(data.staff.length).toBeGreaterThan(11_000);
  });

  it('keeps the headcounts table equal to the staff list, and quotas equal to the ledger', async () => {
    const mismatched = await database.query(`
      with staff as (select unit_id, staffing_type, count(*)::int as n from staff_members group by 1, 2)
      select coalesce(h.unit_id, s.unit_id) as unit_id, h.count, s.n
      from headcounts h full join staff s on s.unit_id = h.unit_id and s.staffing_type = h.staffing_type
      where coalesce(h.count, 0) <> coalesce(s.n, 0)`);
    expect(mismatched).toEqual([]);
    const [ledger] = await database.query<{ n: number }>('select sum(delta)::int as n from quota_changes');
    expect(ledger?.n).toBe(data.units.reduce((s, u) => s + u.quotas.reduce((t, q) => t + q.amount, 0), 0));
  });

  it('stores ID numbers only encrypted, hashed and masked; the hash finds the double registration', async () => {
    const rows = await database.query<{ id: string; id_number_encrypted: string; id_number_masked: string }>(
      'select id, id_number_encrypted, id_number_masked from staff_members',
    );
    const plain = new Map(data.staff.map((s) => [s.id, s.idNumber]));
    const protector = idProtector(TEST_SECRET_KEY);
    for (const row of rows.slice(0, 200))
      expect(protector.decrypt(row.id_number_encrypted)).toBe(plain.get(row.id));
    expect(
      rows.every(
        (r) => r.id_number_encrypted.startsWith('v1.') && /^99\d{4}\*{8}[\dX]{4}$/.test(r.id_number_masked),
      ),
    ).toBe(true);
    const doubles = await database.query<{ units: number; people: number }>(
      `select count(distinct unit_id)::int as units, count(*)::int as people from staff_members
       group by id_number_hash having count(*) > 1`,
    );
    expect(doubles).toEqual([{ units: 2, people: 2 }]);
    const invalid = rows.filter((r) => validateIdNumber(protector.decrypt(r.id_number_encrypted)) !== null);
    expect(invalid).toHaveLength(1);
  });

  it('changes nothing when run again', async () => {
    const before = await fingerprint();
    const again = await loadDemo(database, { seed: SEED, secretKey: TEST_SECRET_KEY });
    expect(again).toEqual({ created: false, accounts: [] });
    expect(await fingerprint()).toEqual(before);
  });
});
