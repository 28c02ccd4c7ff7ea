import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '../../db/client.ts';
import {
  clientAs,
  createTestApp,
  TEST_SECRET_KEY,
  type TestClient,
  type TestContext,
} from '../../test/harness.ts';
import { download, preview } from '../imports/import-test-kit.ts';
import { loadDemo } from './demo.service.ts';

let ctx: TestContext;
let officer: TestClient;

beforeAll(async () => {
  ctx = await createTestApp();
  await loadDemo(ctx.database, { seed: 5, secretKey: TEST_SECRET_KEY });
  officer = (await clientAs(ctx, { role: 'officer' })).client;
}, 120_000);
afterAll(() => ctx.close());

describe('the demo’s workload measures', () => {
  it('defines every measure the demo’s units report and its peers are compared on, with a 计量单位', async () => {
    const undefinedRows = await selectRows(
      ctx.database.db,
      sql`select distinct u.category, w.measure from workloads w join units u on u.id = w.unit_id
          where w.measure <> 'budget' and not exists (select 1 from workload_measures m
            where m.name = w.measure and (m.category is null or m.category = u.category))`,
    );
    expect(undefinedRows).toEqual([]);
    const measures = (await officer.get('/api/v1/workload-measures')).json() as {
      name: string;
      unitLabel: string;
      rowsInUse: number;
    }[];
    expect(measures.length).toBeGreaterThan(20);
    expect(measures.find((m) => m.name === '门诊人次')).toMatchObject({ unitLabel: '人次' });
    expect(measures.find((m) => m.name === '管护面积（亩）')).toMatchObject({ unitLabel: '亩' });
  });

  it('exports the workload and imports it again without an error or a change', async () => {
    const exported = await download(officer, '/api/v1/imports/workload/export');
    const response = await preview(ctx.app, officer, 'workload', exported);
    const body = response.json();
    expect(body.errorCount, JSON.stringify(body.errors?.slice(0, 3))).toBe(0);
    expect(body.summary).toMatchObject({ create: 0, update: 0 });
  });

  it('compares a demo unit with the neighbouring counties’ institutions', async () => {
    const [unit] = (await officer.get(`/api/v1/units?q=${encodeURIComponent('市场监督管理局')}`)).json()
      .items;
    const body = (await officer.get(`/api/v1/units/${unit.id}/peers`)).json();
    expect(body.year).toBe(2025);
    expect(body.members.filter((m: { source: string }) => m.source === 'benchmark')).toHaveLength(3);
    expect(body.stats.measures[0]).toMatchObject({ measure: '检查户次', perCapita: { of: 4 } });
  });
});
