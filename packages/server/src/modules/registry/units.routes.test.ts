import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientAs, createTestApp, type TestClient, type TestContext } from '../../test/harness.ts';
import { buildRegion, buildUnit } from '../../test/registry-builders.ts';

let ctx: TestContext;
let officer: TestClient;
let unitA: { id: string };
let unitB: { id: string };
let otherRegionUnit: { id: string; regionId: string };

beforeAll(async () => {
  ctx = await createTestApp();
  const region = await buildRegion(ctx.database);
  const other = await buildRegion(ctx.database);
  unitA = await buildUnit(ctx.database, region.id, { quota: 20, headcount: 18 });
  unitB = await buildUnit(ctx.database, region.id);
  otherRegionUnit = await buildUnit(ctx.database, other.id);
  officer = (await clientAs(ctx, { role: 'officer' })).client;
});
afterAll(() => ctx.close());

const detail = async (client: TestClient, id: string) => client.get(`/api/v1/units/${id}`);

describe('unit page', () => {
  it('shows quota against headcount per staffing type', async () => {
    const response = await detail(officer, unitA.id);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      unit: { id: unitA.id, quotaTotal: 20, headcountTotal: 18, version: 1 },
      staffing: [{ staffingType: 'institutional', quota: 20, headcount: 18 }],
      headcountSource: 'direct',
      quotaLedger: [{ delta: 20, docNo: '测编〔2020〕1号' }],
    });
  });

  it('lets a unit user read its own unit only, and never edit it', async () => {
    const { client } = await clientAs(ctx, { role: 'unit', scopeType: 'unit', scopeId: unitA.id });
    expect((await detail(client, unitA.id)).statusCode).toBe(200);
    const other = await detail(client, unitB.id);
    expect(other.statusCode).toBe(404);
    const edit = await client.patch(`/api/v1/units/${unitA.id}`, { version: 1, name: '改名单位' });
    expect(edit.statusCode).toBe(403);
    expect(edit.json().code).toBe('E_FORBIDDEN');
  });

  it('keeps a region-scoped officer inside the region', async () => {
    const { client } = await clientAs(ctx, {
      role: 'officer',
      scopeType: 'region',
      scopeId: otherRegionUnit.regionId,
    });
    expect((await detail(client, otherRegionUnit.id)).statusCode).toBe(200);
    expect((await detail(client, unitA.id)).statusCode).toBe(404);
  });
});

describe('versioned edits', () => {
  it('refuses a stale edit with the current version instead of overwriting', async () => {
    const first = await officer.patch(`/api/v1/units/${unitB.id}`, { version: 1, shortName: '简称甲' });
    expect(first.statusCode).toBe(200);
    expect(first.json().unit).toMatchObject({ shortName: '简称甲', version: 2 });
    const stale = await officer.patch(`/api/v1/units/${unitB.id}`, { version: 1, shortName: '简称乙' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'E_STALE_VERSION', details: { current: 2 } });
    expect((await detail(officer, unitB.id)).json().unit.shortName).toBe('简称甲');
  });

  it('refuses an invalid credit code', async () => {
    const response = await officer.patch(`/api/v1/units/${unitB.id}`, {
      version: 2,
      creditCode: '91110000802100433C',
    });
    expect(response.json()).toMatchObject({ code: 'E_VALIDATION', field: 'creditCode' });
  });

  it('appends quota changes to the ledger and audits them', async () => {
    const response = await officer.post(`/api/v1/units/${unitA.id}/quota-changes`, {
      version: 1,
      staffingType: 'institutional',
      fundingForm: 'full',
      delta: -3,
      effectiveOn: '2026-06-01',
      docNo: '测编〔2026〕7号',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().staffing[0]).toMatchObject({ quota: 17, headcount: 18 });
    expect(response.json().quotaLedger).toHaveLength(2);
    const tooMuch = await officer.post(`/api/v1/units/${unitA.id}/quota-changes`, {
      version: 2,
      staffingType: 'institutional',
      fundingForm: 'full',
      delta: -30,
      effectiveOn: '2026-07-01',
      docNo: '测编〔2026〕8号',
    });
    expect(tooMuch.json()).toMatchObject({ code: 'E_VALIDATION', field: 'delta' });
    const { client: admin } = await clientAs(ctx, { role: 'admin' });
    const audit = await admin.get(`/api/v1/audit?action=unit.quota.change&entityId=${unitA.id}`);
    expect(audit.json().items[0]).toMatchObject({
      before: { quota: 20 },
      after: { quota: 17, docNo: '测编〔2026〕7号' },
    });
  });

  it('sets leader posts and headcounts', async () => {
    const posts = await officer.put(`/api/v1/units/${unitA.id}/leader-posts`, {
      version: 2,
      posts: [
        { level: 'unitHead', approved: 1, actual: 1 },
        { level: 'unitDeputy', approved: 2, actual: 3 },
      ],
    });
    expect(posts.json().leaderPosts).toEqual([
      { level: 'unitHead', approved: 1, actual: 1 },
      { level: 'unitDeputy', approved: 2, actual: 3 },
    ]);
    const heads = await officer.put(`/api/v1/units/${unitA.id}/headcounts`, {
      version: 3,
      headcounts: [{ staffingType: 'institutional', count: 16 }],
    });
    expect(heads.json().unit).toMatchObject({ headcountTotal: 16, version: 4 });
  });
});

describe('correction requests', () => {
  it('a unit files a request on its own unit and an officer decides it', async () => {
    const { client: liaison } = await clientAs(ctx, { role: 'unit', scopeType: 'unit', scopeId: unitB.id });
    const filed = await liaison.post(`/api/v1/units/${unitB.id}/corrections`, {
      subject: 'staffing',
      description: '事业编制实有人数应为 19 人，台账少录 1 人',
    });
    expect(filed.statusCode).toBe(201);
    expect(filed.json()).toMatchObject({ status: 'pending', unitId: unitB.id });
    const elsewhere = await liaison.post(`/api/v1/units/${unitA.id}/corrections`, {
      subject: 'staffing',
      description: '不是本单位的数据',
    });
    expect(elsewhere.statusCode).toBe(404);
    const decided = await officer.post(`/api/v1/corrections/${filed.json().id}/decision`, {
      version: 1,
      decision: 'accepted',
      note: '已核实并更正',
    });
    expect(decided.json()).toMatchObject({ status: 'accepted', decisionNote: '已核实并更正' });
    const again = await officer.post(`/api/v1/corrections/${filed.json().id}/decision`, {
      version: 1,
      decision: 'rejected',
      note: '重复处理',
    });
    expect(again.statusCode).toBe(409);
    const own = await liaison.get('/api/v1/corrections');
    expect(own.json().map((c: { id: string }) => c.id)).toEqual([filed.json().id]);
  });
});

describe('registry browsing', () => {
  it('filters the unit list by region subtree and kind, and counts units per region in the tree', async () => {
    const [first] = (await officer.get(`/api/v1/units?pageSize=200`)).json().items as { regionId: string }[];
    const inRegion = (await officer.get(`/api/v1/units?regionId=${first?.regionId}`)).json();
    expect(inRegion.items.every((u: { regionId: string }) => u.regionId === first?.regionId)).toBe(true);
    expect((await officer.get('/api/v1/units?kind=businessLike')).json().total).toBe(0);
    const tree = (await officer.get('/api/v1/registry/tree')).json();
    expect(tree.find((r: { id: string }) => r.id === first?.regionId)?.units).toBe(inRegion.total);
    const listed = inRegion.items.find((u: { id: string }) => u.id === unitA.id);
    const page = (await detail(officer, unitA.id)).json().unit;
    expect(listed).toMatchObject({ quotaTotal: page.quotaTotal, headcountTotal: page.headcountTotal });
  });

  it('finds units with live warnings', async () => {
    await officer.post('/api/v1/warnings/scan');
    const flagged = (await officer.get('/api/v1/units?warning=any&pageSize=200')).json();
    expect(flagged.total).toBeGreaterThan(0);
    expect(flagged.items.map((u: { liveWarnings: number }) => u.liveWarnings)).not.toContain(0);
    const invalid = await officer.get('/api/v1/units?warning=bogus');
    expect(invalid.json()).toMatchObject({ code: 'E_VALIDATION', field: 'warning' });
  });
});
