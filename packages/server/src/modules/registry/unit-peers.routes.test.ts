import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { peerBenchmarks, staffingSnapshots, workloadMeasures, workloads } from '../../db/schema/index.ts';
import { clientAs, createTestApp, type TestClient, type TestContext } from '../../test/harness.ts';
import { buildRegion, buildUnit } from '../../test/registry-builders.ts';
import { readXlsx } from '../imports/import-test-kit.ts';

let ctx: TestContext;
let officer: TestClient;
let unit: { id: string; name: string };
let local: { id: string; name: string };

const same = { category: 'approval', kind: 'publicWelfare1' } as const;

beforeAll(async () => {
  ctx = await createTestApp();
  const db = ctx.database.db;
  const region = await buildRegion(ctx.database);
  unit = await buildUnit(ctx.database, region.id, { ...same, quota: 20, headcount: 18 });
  local = await buildUnit(ctx.database, region.id, { ...same, quota: 12, headcount: 12 });
  const otherKind = await buildUnit(ctx.database, region.id, {
    category: 'approval',
    kind: 'administrative',
  });
  const elsewhere = await buildUnit(ctx.database, (await buildRegion(ctx.database)).id, same);
  await db.insert(workloadMeasures).values({ category: 'approval', name: '办件量', unitLabel: '件' });
  await db.insert(staffingSnapshots).values([
    { unitId: unit.id, month: '2025-11', quota: 20, headcount: 15 },
    { unitId: unit.id, month: '2025-12', quota: 20, headcount: 16 },
    { unitId: local.id, month: '2025-12', quota: 12, headcount: 10 },
  ]);
  await db.insert(workloads).values([
    { unitId: unit.id, year: 2025, measure: '办件量', value: 4000 },
    { unitId: unit.id, year: 2025, measure: 'budget', value: 320 },
    { unitId: unit.id, year: 2024, measure: '办件量', value: 3600 },
    { unitId: local.id, year: 2025, measure: '办件量', value: 4500 },
    { unitId: otherKind.id, year: 2025, measure: '办件量', value: 99_999 },
    { unitId: elsewhere.id, year: 2025, measure: '办件量', value: 99_999 },
  ]);
  const peer = (name: string, kind: string, headcount: number, cases: number) => ({
    regionName: '某省某县',
    name,
    category: 'approval',
    kind,
    year: 2025,
    quota: headcount + 2,
    headcount,
    workload: { 办件量: cases },
  });
  await db
    .insert(peerBenchmarks)
    .values([
      peer('某县政务服务中心', 'publicWelfare1', 18, 5400),
      peer('某县审批服务中心', 'publicWelfare1', 20, 4000),
      peer('某县行政审批局', 'administrative', 30, 99_999),
    ]);
  officer = (await clientAs(ctx, { role: 'officer' })).client;
});
afterAll(() => ctx.close());

type Member = { source: string; name: string; unitId: string | null; perCapita: Record<string, number> };

describe('同类对比', () => {
  it('compares the unit with peers and local units of its category and kind in its latest year', async () => {
    const response = await officer.get(`/api/v1/units/${unit.id}/peers`);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ year: 2025, years: [2025, 2024], staffingMonth: '2025-12' });
    expect(body.measures).toEqual([
      { name: '办件量', unitLabel: '件' },
      { name: 'budget', unitLabel: '万元' },
    ]);
    expect((body.members as Member[]).map((m) => [m.source, m.name, m.perCapita.办件量])).toEqual([
      ['self', unit.name, 250],
      ['benchmark', '某县审批服务中心', 200],
      ['benchmark', '某县政务服务中心', 300],
      ['local', local.name, 450],
    ]);
    // Quota and headcount of the year are its last month-end snapshot, not today's figures.
    expect(body.members[0]).toMatchObject({ quota: 20, headcount: 16 });
    expect(body.stats.measures[0]).toMatchObject({
      measure: '办件量',
      perCapita: { self: 250, median: 300, rank: 3, of: 4 },
      quotaPer1000: { self: 5 },
    });
    expect(body.stats.headcount).toEqual({ self: 16, median: 18, rank: 3, of: 4 });
  });

  it('takes today’s quota and headcount for a year without a month-end snapshot, and says so', async () => {
    const body = (await officer.get(`/api/v1/units/${unit.id}/peers?year=2024`)).json();
    expect(body).toMatchObject({ year: 2024, staffingMonth: null });
    expect(body.members[0]).toMatchObject({ quota: 20, headcount: 18, workload: { 办件量: 3600 } });
    expect(body.members[0].perCapita).toEqual({ 办件量: 200 });
  });

  it('lets a unit liaison see its own unit’s comparison, without naming other local units', async () => {
    const { client } = await clientAs(ctx, { role: 'unit', scopeType: 'unit', scopeId: unit.id });
    const own = await client.get(`/api/v1/units/${unit.id}/peers?year=2025`);
    expect(own.statusCode).toBe(200);
    const other = (own.json().members as Member[]).find((m) => m.source === 'local');
    expect(other).toMatchObject({ name: '同类单位1', unitId: null, perCapita: { 办件量: 450 } });
    expect((await client.get(`/api/v1/units/${local.id}/peers`)).statusCode).toBe(404);
    const { client: rater } = await clientAs(ctx, { role: 'rater', scopeType: 'unit', scopeId: unit.id });
    expect((await rater.get(`/api/v1/units/${unit.id}/peers`)).statusCode).toBe(403);
  });

  it('exports the comparison to Excel with the peer median and the unit’s rank', async () => {
    const response = await officer.get(`/api/v1/units/${unit.id}/peers/export?year=2025`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain(encodeURIComponent('同类对比'));
    const { rows } = await readXlsx(response.rawPayload);
    expect(rows[0]?.slice(0, 8)).toEqual([
      '来源',
      '地区',
      '机构名称',
      '编制数',
      '实有人数',
      '办件量',
      '人均办件量',
      '每千办件量编制数',
    ]);
    expect(rows[1]?.slice(0, 7)).toEqual(['本单位', expect.any(String), unit.name, 20, 16, 4000, 250]);
    expect(rows.at(-2)?.[0]).toBe('同类中位数');
    expect(rows.at(-1)?.slice(0, 7)).toEqual([
      '本单位名次',
      undefined,
      undefined,
      '2/4',
      '3/4',
      '3/4',
      '3/4',
    ]);
  });
});
