import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '../../../db/client.ts';
import { workloadMeasures } from '../../../db/schema/index.ts';
import { clientAs, createTestApp, type TestClient, type TestContext } from '../../../test/harness.ts';
import { buildRegion, buildUnit } from '../../../test/registry-builders.ts';
import { download, importRows, preview, sheetOf } from '../import-test-kit.ts';

let ctx: TestContext;
let officer: TestClient;
let hospital: { creditCode: string | null; name: string };
let centre: { creditCode: string | null; name: string };

beforeAll(async () => {
  ctx = await createTestApp();
  const region = await buildRegion(ctx.database);
  hospital = await buildUnit(ctx.database, region.id, { category: 'health' });
  centre = await buildUnit(ctx.database, region.id, { category: 'approval' });
  officer = (await clientAs(ctx, { role: 'officer' })).client;
});
afterAll(() => ctx.close());

const row = (unit: { creditCode: string | null }, measure: string, value: number) => ({
  creditCode: unit.creditCode,
  year: 2025,
  measure,
  value,
});
const stored = () => selectRows(ctx.database.db, sql`select measure, value from workloads order by measure`);

describe('workload import against the measure definitions', () => {
  it('accepts any measure name while no measure is defined at all', async () => {
    const { result } = await importRows(
      ctx.app,
      officer,
      'workload',
      await sheetOf('workload', [row(hospital, '门诊人次', 52000), row(centre, '自拟指标', 3)]),
    );
    expect(result).toMatchObject({ created: 2 });
  });

  it('refuses, at its cell, a measure the unit’s category does not define', async () => {
    await ctx.database.db.insert(workloadMeasures).values([
      { category: 'health', name: '门诊人次', unitLabel: '人次' },
      { category: null, name: '服务人次', unitLabel: '人次' },
    ]);
    const response = await preview(
      ctx.app,
      officer,
      'workload',
      await sheetOf('workload', [
        row(hospital, '门诊人次', 53000),
        row(centre, '服务人次', 800),
        row(centre, '预算（万元）', 420),
        row(centre, '门诊人次', 10),
      ]),
    );
    const body = response.json();
    expect(body.errorCount).toBe(1);
    expect(body.errors[0]).toMatchObject({
      sheet: 'Sheet1',
      row: 5,
      column: 'D',
      header: '指标名称',
      value: '门诊人次',
    });
    expect(body.errors[0].message.zh).toContain('“门诊人次”未在“行政审批”类别（或全部类别）中定义');
    expect(body.errors[0].message.zh).toContain('已定义：服务人次');
    expect(body.errors[0].message.en).toContain('not defined for the category Administrative approval');
    expect(body.summary).toEqual({ create: 2, update: 1, unchanged: 0 });
  });

  it('still exports what was stored before the definitions; its re-import names the undefined rows', async () => {
    const before = await stored();
    const exported = await download(officer, '/api/v1/imports/workload/export');
    const response = await preview(ctx.app, officer, 'workload', exported);
    expect(response.json().errors.map((e: { value: string }) => e.value)).toEqual(['自拟指标']);
    expect(await stored()).toEqual(before);
  });
});
