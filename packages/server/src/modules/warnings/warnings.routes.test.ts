import { WarningScanResultSchema } from '@bianping/core/warnings/api';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headcounts, leaderPosts } from '../../db/schema/index.ts';
import { clientAs, createTestApp, TestClient, type TestContext } from '../../test/harness.ts';
import { buildRegion, buildUnit } from '../../test/registry-builders.ts';

let ctx: TestContext;
let officer: TestClient;
let over: { id: string };
let fine: { id: string };

beforeAll(async () => {
  ctx = await createTestApp();
  const region = await buildRegion(ctx.database);
  over = await buildUnit(ctx.database, region.id, { quota: 10, headcount: 12 });
  fine = await buildUnit(ctx.database, region.id, { quota: 10, headcount: 10 });
  await ctx.database.db
    .insert(leaderPosts)
    .values({ unitId: fine.id, level: 'unitDeputy', approved: 2, actual: 3 });
  officer = (await clientAs(ctx, { role: 'officer' })).client;
});
afterAll(() => ctx.close());

const scan = async () => {
  const started = await officer.post('/api/v1/warnings/scan');
  expect(started.statusCode).toBe(202);
  const run = await officer.get(`/api/v1/jobs/${started.json().runId}`);
  expect(run.json()).toMatchObject({
    status: 'succeeded',
    name: 'warnings.scan',
    note: { zh: '完成', en: 'done' },
  });
  return WarningScanResultSchema.parse(run.json().result);
};

describe('warning scan', () => {
  it('finds 超编 and 超职数 with the figures, and nothing on a unit exactly at quota', async () => {
    const result = await scan();
    expect(result.unitsScanned).toBe(2);
    const list = (await officer.get('/api/v1/warnings?pageSize=50')).json();
    const overQuota = list.items.find(
      (w: { code: string; unitId: string }) => w.code === 'W01' && w.unitId === over.id,
    );
    expect(overQuota).toMatchObject({
      severity: 'red',
      status: 'open',
      params: { approved: 10, actual: 12 },
    });
    expect(overQuota.message.zh).toContain('超编');
    expect(
      list.items.some((w: { code: string; unitId: string }) => w.code === 'W01' && w.unitId === fine.id),
    ).toBe(false);
    expect(
      list.items.some((w: { code: string; unitId: string }) => w.code === 'W03' && w.unitId === fine.id),
    ).toBe(true);
    const summary = (await officer.get('/api/v1/warnings/summary')).json();
    expect(summary.lastScan).toMatchObject({ unitsScanned: 2 });
    expect(summary.rows.some((r: { code: string; n: number }) => r.code === 'W01' && r.n === 1)).toBe(true);
  });

  it('keeps one warning per problem across rescans and resolves it when the problem is gone', async () => {
    await scan();
    const again = (await officer.get(`/api/v1/warnings?code=W01&unitId=${over.id}`)).json();
    expect(again.total).toBe(1);
    await ctx.database.db.update(headcounts).set({ count: 9 }).where(eq(headcounts.unitId, over.id));
    await scan();
    const after = (await officer.get(`/api/v1/warnings?code=W01&unitId=${over.id}`)).json().items[0];
    expect(after.status).toBe('resolved');
    expect(after.history.at(-1).note).toEqual({ zh: '扫描未再发现', en: 'no longer detected' });
  });

  it('moves a warning through its workflow with notes, refusing illegal steps', async () => {
    const w = (await officer.get(`/api/v1/warnings?code=W03&unitId=${fine.id}`)).json().items[0];
    const verified = await officer.post(`/api/v1/warnings/${w.id}/transition`, {
      version: w.version,
      to: 'verified',
      note: '经核实，多配一名副职',
    });
    expect(verified.json()).toMatchObject({ status: 'verified' });
    const illegal = await officer.post(`/api/v1/warnings/${w.id}/transition`, {
      version: verified.json().version,
      to: 'open',
      note: '退回',
    });
    expect(illegal.statusCode).toBe(409);
    expect(illegal.json().code).toBe('E_ILLEGAL_TRANSITION');
    const stale = await officer.post(`/api/v1/warnings/${w.id}/transition`, {
      version: w.version,
      to: 'resolved',
      note: '已免去',
    });
    expect(stale.json().code).toBe('E_STALE_VERSION');
    const step = (await officer.get(`/api/v1/warnings?code=W03&unitId=${fine.id}`)).json().items[0]
      .history[1];
    expect(step.note).toEqual({ zh: '经核实，多配一名副职', en: '经核实，多配一名副职' });
  });

  it('filters live warnings: open and verified, not resolved or dismissed', async () => {
    const all = (await officer.get('/api/v1/warnings?pageSize=200')).json().items as { status: string }[];
    const live = (await officer.get('/api/v1/warnings?status=live&pageSize=200')).json();
    expect(live.total).toBe(all.filter((w) => w.status === 'open' || w.status === 'verified').length);
    expect(live.items.map((w: { status: string }) => w.status)).toContain('verified');
    expect(live.items.every((w: { status: string }) => ['open', 'verified'].includes(w.status))).toBe(true);
    expect(all.some((w) => w.status === 'resolved')).toBe(true);
  });

  it('shows a unit user its own warnings only and refuses it a scan', async () => {
    const { client } = await clientAs(ctx, { role: 'unit', scopeType: 'unit', scopeId: fine.id });
    const own = (await client.get('/api/v1/warnings?pageSize=50')).json();
    expect(own.items.length).toBeGreaterThan(0);
    expect(own.items.every((w: { unitId: string }) => w.unitId === fine.id)).toBe(true);
    expect((await client.post('/api/v1/warnings/scan')).statusCode).toBe(403);
    const anonymous = new TestClient(ctx.app);
    expect((await anonymous.get('/api/v1/warnings')).statusCode).toBe(401);
  });
});
