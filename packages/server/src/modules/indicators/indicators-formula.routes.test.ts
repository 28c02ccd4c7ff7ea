import { measureCatalogue } from '@bianping/core/indicators/formula/measures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { internalBodies, leaderPosts, staffMembers, workloads } from '../../db/schema/index.ts';
import { clientAs, createTestApp, type TestClient, type TestContext } from '../../test/harness.ts';
import { buildRegion, buildUnit } from '../../test/registry-builders.ts';
import { loadRegistryMeasures } from './registry-measures.queries.ts';

let ctx: TestContext;
let officer: TestClient;
let region: { id: string };
let office: { id: string };
let peer: { id: string };
let rostered: { id: string };

const check = (client: TestClient, expression: string, unitId?: string) =>
  client.post('/api/v1/indicator-sets/formula/check', { expression, ...(unitId ? { unitId } : {}) });

beforeAll(async () => {
  ctx = await createTestApp();
  const db = ctx.database.db;
  officer = (await clientAs(ctx, { role: 'officer' })).client;
  region = await buildRegion(ctx.database);
  // 20 approved, 18 in post (entered figures), 3 bodies approved, 2 in place.
  office = await buildUnit(ctx.database, region.id, {
    category: 'approval',
    internalBodiesApproved: 3,
    nonQuotaCap: 4,
    nonQuotaHeadcount: 5,
  });
  peer = await buildUnit(ctx.database, region.id, { category: 'approval', quota: 12, headcount: 10 });
  rostered = await buildUnit(ctx.database, region.id, { category: 'health', quota: 3, headcount: 3 });
  await db.insert(leaderPosts).values([
    { unitId: office.id, level: 'unitHead', approved: 1, actual: 1 },
    { unitId: office.id, level: 'unitDeputy', approved: 2, actual: 3 },
  ]);
  await db.insert(internalBodies).values([
    { unitId: office.id, name: '综合科' },
    { unitId: office.id, name: '审批科' },
    { unitId: office.id, name: '已撤销科', active: false },
  ]);
  await db.insert(workloads).values([
    { unitId: office.id, year: 2024, measure: '办件量', value: 1800 },
    { unitId: office.id, year: 2025, measure: '办件量', value: 3600 },
    { unitId: office.id, year: 2025, measure: 'budget', value: 540 },
    { unitId: peer.id, year: 2025, measure: '办件量', value: 1000 },
  ]);
  const person = (name: string, birthDate: string, education: string, workUnitId: string | null = null) => ({
    unitId: rostered.id,
    workUnitId,
    name,
    idNumberEncrypted: 'x',
    idNumberHash: name,
    idNumberMasked: '110105********0011',
    staffingType: 'institutional',
    birthDate,
    education,
  });
  await db
    .insert(staffMembers)
    .values([person('甲', '1990-01-01', 'master'), person('乙', '1995-06-30', 'bachelor', office.id)]);
});
afterAll(() => ctx.close());

describe('loadRegistryMeasures', () => {
  it('computes the catalogue’s measures from the registry tables for several units at once', async () => {
    const measures = await loadRegistryMeasures(
      ctx.database.db,
      [office.id, rostered.id, peer.id],
      '2026-06-30',
    );
    expect(Object.keys(measures.get(office.id) ?? {}).sort()).toEqual(
      measureCatalogue.map((m) => m.name).sort(),
    );
    expect(measures.get(office.id)).toMatchObject({
      quota: 20,
      quotaInstitutional: 20,
      quotaAdministrative: 0,
      headcount: 18,
      headcountInstitutional: 18,
      vacancy: 2,
      overQuota: 0,
      useRate: 0.9,
      vacancyRate: 0.1,
      leaderPostsApproved: 3,
      leaderPostsActual: 4,
      leaderPostsOver: 1,
      internalBodiesApproved: 3,
      internalBodiesActual: 2,
      nonQuotaCap: 4,
      nonQuotaHeadcount: 5,
      workload: 3600,
      workloadPerHead: 200,
      // Median of 200 (this office) and 100 (its peer of the same category and kind).
      peerWorkloadPerHead: 150,
      budget: 540,
      budgetPerHead: 30,
      averageAge: null,
      performanceScore: null,
    });
    // The roster, once loaded, gives the headcount and the staff structure.
    expect(measures.get(rostered.id)).toMatchObject({
      headcount: 2,
      vacancy: 1,
      averageAge: 33.5,
      shareUnder35: 0.5,
      sharePostgraduate: 0.5,
      secondedOut: 1,
      workload: null,
    });
  });
});

describe('POST /indicator-sets/formula/check', () => {
  it('gives the measures used and the value on a unit of the registry', async () => {
    const response = await check(officer, 'clamp(headcount / quota, 0, 1) * 10', office.id);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      ok: true,
      errors: [],
      measures: ['headcount', 'quota'],
      value: 9,
    });
  });

  it('evaluates on the sample unit without a unit, and says when a unit lacks a measure', async () => {
    expect((await check(officer, 'quota')).json().value).toBe(
      measureCatalogue.find((m) => m.name === 'quota')?.sample,
    );
    const missing = (await check(officer, 'averageAge - 30', office.id)).json();
    expect(missing).toMatchObject({ ok: true, value: null, evaluationError: { code: 'missingMeasure' } });
  });

  it('rejects unknown names and unsafe input with the place of the error', async () => {
    const unknown = (await check(officer, 'headcount + staffCount')).json();
    expect(unknown).toMatchObject({
      ok: false,
      value: null,
      errors: [{ code: 'unknownMeasure', start: 12, end: 22 }],
    });
    for (const expression of [
      'constructor',
      '__proto__',
      'process.exit()',
      'quota.constructor',
      'this',
      'eval("1")',
      'x => 1',
      'quota; 1',
    ]) {
      const result = (await check(officer, expression)).json();
      expect(result.ok, expression).toBe(false);
      expect(result.errors[0].message.zh, expression).toEqual(expect.any(String));
    }
  });

  it('hides a unit outside the caller’s scope and refuses roles that do not write or review', async () => {
    const other = await buildRegion(ctx.database);
    const { client: local } = await clientAs(ctx, {
      role: 'officer',
      scopeType: 'region',
      scopeId: other.id,
    });
    expect((await check(local, 'quota', office.id)).statusCode).toBe(404);
    const { client: unitUser } = await clientAs(ctx, { role: 'unit', scopeId: office.id });
    expect((await check(unitUser, 'quota')).statusCode).toBe(403);
  });
});

describe('GET /indicator-sets/formula/catalogue', () => {
  it('lists every measure and function with labels, for any signed-in role', async () => {
    const { client: rater } = await clientAs(ctx, { role: 'rater', scopeId: office.id });
    const response = await rater.get('/api/v1/indicator-sets/formula/catalogue');
    expect(response.statusCode).toBe(200);
    const { measures, functions } = response.json();
    expect(measures).toHaveLength(measureCatalogue.length);
    expect(measures[0]).toMatchObject({
      name: 'quota',
      groupLabel: { zh: '编制' },
      label: { zh: expect.any(String) },
    });
    expect(functions.find((f: { name: string }) => f.name === 'min')).toMatchObject({
      minArgs: 2,
      maxArgs: null,
    });
  });
});
