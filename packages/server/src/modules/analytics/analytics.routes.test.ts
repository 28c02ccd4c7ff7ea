import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { peerBenchmarks, workloadMeasures, workloads } from '../../db/schema/index.ts';
import { clientAs, createTestApp, type TestClient, type TestContext } from '../../test/harness.ts';
import { buildRegion, buildUnit } from '../../test/registry-builders.ts';
import { readXlsx } from '../imports/import-test-kit.ts';

let ctx: TestContext;
let officer: TestClient;
let regionA: { id: string };
let regionB: { id: string };
const u = {} as Record<'a1' | 'a2' | 'a3' | 'a4' | 'b1', { id: string; name: string }>;

const same = { category: 'approval', kind: 'publicWelfare1' } as const;

beforeAll(async () => {
  ctx = await createTestApp();
  const db = ctx.database.db;
  regionA = await buildRegion(ctx.database);
  regionB = await buildRegion(ctx.database);
  u.a1 = await buildUnit(ctx.database, regionA.id, { ...same, quota: 20, headcount: 18 });
  u.a2 = await buildUnit(ctx.database, regionA.id, { ...same, quota: 12, headcount: 12 });
  u.a3 = await buildUnit(ctx.database, regionA.id, { ...same, quota: 15, headcount: 14 });
  u.a4 = await buildUnit(ctx.database, regionA.id, { ...same, quota: 10, headcount: 10 });
  u.b1 = await buildUnit(ctx.database, regionB.id, { ...same, quota: 10, headcount: 9 });
  await db.insert(workloadMeasures).values({ category: 'approval', name: '办件量', unitLabel: '件' });
  const w = (id: string, year: number, measure: string, value: number) => ({
    unitId: id,
    year,
    measure,
    value,
  });
  await db.insert(workloads).values([
    w(u.a1.id, 2025, '办件量', 4000),
    w(u.a1.id, 2025, 'budget', 320),
    w(u.a1.id, 2024, '办件量', 3600),
    w(u.a2.id, 2025, '办件量', 4800),
    w(u.a2.id, 2024, '办件量', 4000),
    w(u.a3.id, 2025, '办件量', 3000),
    w(u.a4.id, 2025, 'budget', 100), // no 办件量: left out, with the reason
    w(u.b1.id, 2025, '办件量', 2000),
  ]);
  const peer = (name: string, year: number, quota: number, cases: number) => ({
    regionName: '某省某县',
    name,
    ...same,
    year,
    quota,
    headcount: quota - 1,
    workload: { 办件量: cases },
  });
  await db
    .insert(peerBenchmarks)
    .values([
      peer('某县政务服务中心', 2025, 18, 5400),
      peer('某县审批服务中心', 2025, 22, 4000),
      peer('某县便民服务中心', 2025, 9, 2100),
      peer('某县政务服务中心', 2024, 17, 5000),
    ]);
  officer = (await clientAs(ctx, { role: 'officer' })).client;
});
afterAll(() => ctx.close());

const dea = (extra: Record<string, unknown> = {}) => ({
  category: 'approval',
  regionIds: [regionA.id],
  year: 2025,
  inputs: ['quota'],
  outputs: ['办件量'],
  ...extra,
});

type Row = {
  name: string;
  efficiency: number;
  isEfficient: boolean;
  reducibleQuota: number;
  peers: { name: string }[];
};

describe('使用效益 options', () => {
  it('offers the categories, years, measures and regions of the caller’s scope', async () => {
    const body = (await officer.get('/api/v1/analytics/efficiency/options')).json();
    expect(body.categories).toContain('approval');
    expect(body.years).toEqual([2025, 2024]);
    expect(body.measures.approval).toEqual([{ name: '办件量', unitLabel: '件' }]);
    const { client } = await clientAs(ctx, { role: 'officer', scopeType: 'region', scopeId: regionA.id });
    const scoped = (await client.get('/api/v1/analytics/efficiency/options')).json();
    expect(scoped.regions.map((r: { id: string }) => r.id)).toEqual([regionA.id]);
  });
});

describe('DEA', () => {
  it('rates each unit and benchmark against the frontier, with 可优化编制 and the units left out', async () => {
    const response = await officer.post('/api/v1/analytics/dea', dea());
    expect(response.statusCode).toBe(200);
    const body = response.json();
    // One input and one output under constant returns: efficiency = (cases/quota) / max(cases/quota).
    const best = 4800 / 12; // a2, ahead of the best benchmark's 5400 / 18
    const rows = body.rows as Row[];
    const byName = new Map(rows.map((r) => [r.name, r]));
    expect(byName.get(u.a1.name)?.efficiency).toBeCloseTo(4000 / 20 / best, 9);
    expect(byName.get(u.a2.name)?.efficiency).toBeCloseTo(4800 / 12 / best, 9);
    expect(byName.get(u.a2.name)).toMatchObject({ isEfficient: true, reducibleQuota: 0 });
    expect(byName.get(u.a1.name)).toMatchObject({ isEfficient: false, peers: [{ name: u.a2.name }] });
    // a1 needs 4000/400 = 10 posts: 20 − 10 = 10 可优化编制 (rounded down).
    expect(byName.get(u.a1.name)?.reducibleQuota).toBe(10);
    expect(rows).toHaveLength(6);
    expect(body.leftOut).toEqual([
      expect.objectContaining({ name: u.a4.name, reason: { zh: '缺少办件量', en: 'no 办件量' } }),
    ]);
    expect(rows.some((r) => r.name === u.b1.name)).toBe(false);
  });

  it('reports a super-efficiency score above 1 for the efficient unit', async () => {
    const body = (
      await officer.post('/api/v1/analytics/dea', dea({ superEfficiency: true, includeBenchmarks: false }))
    ).json();
    const a2 = (body.rows as Row[]).find((r) => r.name === u.a2.name);
    expect(a2?.efficiency).toBeCloseTo(400 / 200, 9); // against a1's 200 per post, the next best locally
  });

  it('exports the table to Excel, the units left out listed with their reason', async () => {
    const response = await officer.post('/api/v1/analytics/dea/export', dea());
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain(encodeURIComponent('效率评价'));
    const { rows } = await readXlsx(response.rawPayload);
    expect(rows[0]?.slice(0, 6)).toEqual(['来源', '地区', '机构名称', '编制数', '办件量', '效率值']);
    const a1 = rows.find((r) => r[2] === u.a1.name);
    expect(a1?.at(-1)).toBe(10);
    expect(rows.at(-1)?.slice(0, 3)).toEqual(['未纳入：缺少办件量', expect.any(String), u.a4.name]);
  });

  it('names the bad field', async () => {
    const unknown = await officer.post('/api/v1/analytics/dea', dea({ outputs: ['办件量', '不存在'] }));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ code: 'E_VALIDATION', field: 'outputs[1]' });
    const twice = await officer.post('/api/v1/analytics/dea', dea({ inputs: ['quota', 'quota'] }));
    expect(twice.json()).toMatchObject({ code: 'E_VALIDATION', field: 'inputs' });
    const budget = await officer.post('/api/v1/analytics/dea', dea({ outputs: ['budget'] }));
    expect(budget.json()).toMatchObject({ field: 'outputs[0]' });
    const model = await officer.post('/api/v1/analytics/dea', dea({ model: 'sbm' }));
    expect(model.statusCode).toBe(400);
    expect(model.json().field).toBe('model');
    const tooFew = await officer.post(
      '/api/v1/analytics/dea',
      dea({ year: 2024, includeBenchmarks: false, unitIds: [u.a1.id] }),
    );
    expect(tooFew.json()).toMatchObject({ code: 'E_VALIDATION', field: 'category' });
  });

  it('keeps a region officer to its regions', async () => {
    const { client } = await clientAs(ctx, { role: 'officer', scopeType: 'region', scopeId: regionA.id });
    const own = (await client.post('/api/v1/analytics/dea', dea({ regionIds: undefined }))).json();
    expect((own.rows as Row[]).some((r) => r.name === u.b1.name)).toBe(false);
    expect((await client.post('/api/v1/analytics/dea', dea({ regionIds: [regionB.id] }))).statusCode).toBe(
      403,
    );
    const units = await client.post('/api/v1/analytics/dea', dea({ unitIds: [u.a1.id, u.b1.id] }));
    expect(units.statusCode).toBe(404);
    const { client: leader } = await clientAs(ctx, {
      role: 'leader',
      scopeType: 'region',
      scopeId: regionB.id,
    });
    const theirs = (await leader.post('/api/v1/analytics/dea', dea({ regionIds: undefined }))).json();
    expect((theirs.rows as Row[]).map((r) => r.name)).toContain(u.b1.name);
    expect((theirs.rows as Row[]).map((r) => r.name)).not.toContain(u.a1.name);
  });
});

describe('Malmquist', () => {
  it('decomposes productivity change for members with figures in every year and lists the rest', async () => {
    const response = await officer.post('/api/v1/analytics/malmquist', {
      ...dea(),
      year: undefined,
      fromYear: 2024,
      toYear: 2025,
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.years).toEqual([2024, 2025]);
    const names = body.rows.map((r: { name: string }) => r.name);
    expect(names).toEqual(expect.arrayContaining([u.a1.name, u.a2.name, '某县政务服务中心']));
    expect(names).toHaveLength(3);
    const change = body.rows[0].changes[0];
    expect(change).toMatchObject({ fromYear: 2024, toYear: 2025 });
    expect(change.malmquist).toBeCloseTo(change.efficiencyChange * change.technicalChange, 12);
    const left = body.leftOut.map((l: { name: string; reason: { zh: string } }) => [l.name, l.reason.zh]);
    expect(left).toContainEqual([u.a3.name, '2024 年缺少办件量']);
    const backwards = await officer.post('/api/v1/analytics/malmquist', {
      ...dea(),
      fromYear: 2025,
      toYear: 2024,
    });
    expect(backwards.json()).toMatchObject({ code: 'E_VALIDATION', field: 'toYear' });
  });
});

describe('编制测算', () => {
  it('estimates the quota the unit’s workload carries among its 同类 peers, with the interval', async () => {
    const response = await officer.get(
      `/api/v1/analytics/staffing-need/${u.a1.id}?year=2025&measures=办件量`,
    );
    expect(response.statusCode).toBe(200);
    const body = response.json();
    // Peers: a2, a3 (a4 has no 办件量) and the three benchmarks of 2025; b1 is another region.
    expect(body).toMatchObject({ year: 2025, peerCount: 5, minPeers: 4, quota: 20, unitValues: [4000] });
    expect(body.lower).toBeLessThan(body.estimate);
    expect(body.upper).toBeGreaterThan(body.estimate);
    expect(body.perCapita[0]).toMatchObject({ measure: '办件量', self: 4000 / 18 });
    expect(body.leftOut).toEqual([{ name: u.a4.name, reason: { zh: '缺少办件量', en: 'no 办件量' } }]);
  });

  it('refuses a peer group that is too small, in both languages', async () => {
    const response = await officer.get(
      `/api/v1/analytics/staffing-need/${u.a1.id}?year=2025&measures=办件量,budget`,
    );
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'E_VALIDATION',
      field: 'peers',
      message: { zh: expect.stringContaining('同类单位过少'), en: expect.stringContaining('Too few peers') },
    });
  });

  it('answers 404 for a unit outside the caller’s regions', async () => {
    const { client } = await clientAs(ctx, { role: 'officer', scopeType: 'region', scopeId: regionB.id });
    expect((await client.get(`/api/v1/analytics/staffing-need/${u.a1.id}?measures=办件量`)).statusCode).toBe(
      404,
    );
  });
});

describe('who may use 使用效益', () => {
  it('refuses units, raters, evaluators and experts', async () => {
    const refused = [
      { role: 'unit', scopeType: 'unit', scopeId: u.a1.id },
      { role: 'rater', scopeType: 'unit', scopeId: u.a1.id },
      { role: 'evaluator' },
      { role: 'expert' },
    ] as const;
    for (const who of refused) {
      const { client } = await clientAs(ctx, who);
      expect((await client.get('/api/v1/analytics/efficiency/options')).statusCode).toBe(403);
      expect((await client.post('/api/v1/analytics/dea', dea())).statusCode).toBe(403);
      expect((await client.post('/api/v1/analytics/dea/export', dea())).statusCode).toBe(403);
      expect(
        (await client.post('/api/v1/analytics/malmquist', { ...dea(), fromYear: 2024, toYear: 2025 }))
          .statusCode,
      ).toBe(403);
      expect(
        (await client.get(`/api/v1/analytics/staffing-need/${u.a1.id}?measures=办件量`)).statusCode,
      ).toBe(403);
    }
  });
});
