import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workloads } from '../../db/schema/index.ts';
import { clientAs, createTestApp, type TestClient, type TestContext } from '../../test/harness.ts';
import { buildRegion, buildUnit } from '../../test/registry-builders.ts';

let ctx: TestContext;
let officer: TestClient;
let unit: { id: string };

beforeAll(async () => {
  ctx = await createTestApp();
  unit = await buildUnit(ctx.database, (await buildRegion(ctx.database)).id, { category: 'approval' });
  officer = (await clientAs(ctx, { role: 'officer' })).client;
});
afterAll(() => ctx.close());

const base = '/api/v1/workload-measures';
const define = (body: Record<string, unknown>) => officer.post(base, body);

describe('workload measures', () => {
  it('defines measures per category and for every category, and lists those applying to a category', async () => {
    const own = await define({ category: 'approval', name: '即办件数', unitLabel: '件', sortOrder: 20 });
    expect(own.statusCode).toBe(201);
    expect(own.json()).toMatchObject({ name: '即办件数', unitLabel: '件', version: 1, rowsInUse: 0 });
    await define({ category: null, name: '办件量', unitLabel: '件', description: '全年受理并办结的事项' });
    await define({ category: 'health', name: '门诊人次', unitLabel: '人次' });
    const approval = await officer.get(`${base}?category=approval`);
    expect(approval.json().map((m: { name: string }) => m.name)).toEqual(['办件量', '即办件数']);
    expect((await officer.get(base)).json()).toHaveLength(3);
  });

  it('refuses a second measure of the same name in the same category, and the budget', async () => {
    const twice = await define({ category: 'approval', name: '即办件数' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ code: 'E_CONFLICT', field: 'name' });
    expect(twice.json().message.zh).toContain('“行政审批”下已有名为“即办件数”');
    const budget = await define({ category: null, name: '预算（万元）' });
    expect(budget.json()).toMatchObject({ code: 'E_VALIDATION', field: 'name' });
  });

  it('edits with the version, and keeps the name of a measure that has workload figures', async () => {
    const [measure] = (await officer.get(`${base}?category=approval`)).json() as {
      id: string;
      name: string;
    }[];
    const edited = await officer.patch(`${base}/${measure?.id}`, { version: 1, unitLabel: '件次' });
    expect(edited.json()).toMatchObject({ unitLabel: '件次', version: 2 });
    const stale = await officer.patch(`${base}/${measure?.id}`, { version: 1, unitLabel: '件' });
    expect(stale.json()).toMatchObject({ code: 'E_STALE_VERSION', details: { current: 2 } });

    await ctx.database.db
      .insert(workloads)
      .values({ unitId: unit.id, year: 2025, measure: '办件量', value: 10 });
    const renamed = await officer.patch(`${base}/${measure?.id}`, { version: 2, name: '受理件数' });
    expect(renamed.statusCode).toBe(409);
    expect(renamed.json()).toMatchObject({ field: 'name' });
    expect(renamed.json().message.zh).toContain('已有 1 条工作量数据');
  });

  it('deletes an unused measure but refuses one in use, saying why', async () => {
    const all = (await officer.get(base)).json() as { id: string; name: string; version: number }[];
    const used = all.find((m) => m.name === '办件量');
    const refused = await officer.request('DELETE', `${base}/${used?.id}?version=${used?.version}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().message).toMatchObject({
      zh: expect.stringContaining('“办件量”已有 1 条工作量数据，不能删除'),
      en: expect.stringContaining('cannot be deleted'),
    });
    const unused = all.find((m) => m.name === '门诊人次');
    const gone = await officer.request('DELETE', `${base}/${unused?.id}?version=${unused?.version}`);
    expect(gone.json()).toEqual({ ok: true });
    expect((await officer.get(base)).json()).toHaveLength(2);
  });

  it('audits every change', async () => {
    const { client: admin } = await clientAs(ctx, { role: 'admin' });
    const audit = (await admin.get('/api/v1/audit?entityType=workloadMeasure&pageSize=50')).json();
    const actions = (audit.items as { action: string }[]).map((a) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining(['workloadMeasure.create', 'workloadMeasure.update', 'workloadMeasure.delete']),
    );
  });

  it('lets every registry viewer read and only officers and administrators change', async () => {
    const { client: liaison } = await clientAs(ctx, { role: 'unit', scopeType: 'unit', scopeId: unit.id });
    expect((await liaison.get(base)).statusCode).toBe(200);
    expect((await liaison.post(base, { category: null, name: '服务人次' })).statusCode).toBe(403);
    const { client: evaluator } = await clientAs(ctx, { role: 'evaluator' });
    expect((await evaluator.get(base)).statusCode).toBe(403);
  });
});
