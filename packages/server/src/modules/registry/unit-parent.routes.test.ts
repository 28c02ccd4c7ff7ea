import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffingSnapshots } from '../../db/schema/index.ts';
import { clientAs, createTestApp, type TestClient, type TestContext } from '../../test/harness.ts';
import { buildRegion, buildUnit } from '../../test/registry-builders.ts';

let ctx: TestContext;
let officer: TestClient;
let bureau: { id: string; name: string };
let centre: { id: string };
let station: { id: string };
let elsewhere: { id: string };
let regionId: string;

beforeAll(async () => {
  ctx = await createTestApp();
  regionId = (await buildRegion(ctx.database)).id;
  bureau = await buildUnit(ctx.database, regionId, { kind: 'administrative' });
  centre = await buildUnit(ctx.database, regionId, { parentUnitId: bureau.id });
  station = await buildUnit(ctx.database, regionId, { parentUnitId: centre.id });
  elsewhere = await buildUnit(ctx.database, (await buildRegion(ctx.database)).id);
  officer = (await clientAs(ctx, { role: 'officer', scopeType: 'region', scopeId: regionId })).client;
});
afterAll(() => ctx.close());

const versionOf = async (id: string) =>
  (await officer.get(`/api/v1/units/${id}`)).json().unit.version as number;
const patch = async (id: string, body: Record<string, unknown>) =>
  officer.patch(`/api/v1/units/${id}`, { version: await versionOf(id), ...body });

describe('主管部门 and founding date', () => {
  it('sets the founding date and the supervising unit', async () => {
    const response = await patch(station.id, { foundedOn: '2012-05-01', parentUnitId: bureau.id });
    expect(response.statusCode).toBe(200);
    expect(response.json().unit).toMatchObject({
      foundedOn: '2012-05-01',
      parentUnitId: bureau.id,
      parentUnitName: bureau.name,
    });
    const cleared = await patch(station.id, { parentUnitId: null });
    expect(cleared.json().unit.parentUnitId).toBeNull();
  });

  it('refuses the unit itself and a unit below it as its supervising unit', async () => {
    const itself = await patch(bureau.id, { parentUnitId: bureau.id });
    expect(itself.json()).toMatchObject({ code: 'E_VALIDATION', field: 'parentUnitId' });
    const below = await patch(bureau.id, { parentUnitId: centre.id });
    expect(below.statusCode).toBe(400);
    expect(below.json()).toMatchObject({ code: 'E_VALIDATION', field: 'parentUnitId' });
    expect(below.json().message.zh).toContain('是本单位的下属单位');
    await patch(station.id, { parentUnitId: centre.id });
    const twoDown = await patch(bureau.id, { parentUnitId: station.id });
    expect(twoDown.json().field).toBe('parentUnitId');
  });

  it('refuses a supervising unit outside the editor’s scope, and a founding date after the end', async () => {
    const outside = await patch(centre.id, { parentUnitId: elsewhere.id });
    expect(outside.json()).toMatchObject({ code: 'E_VALIDATION', field: 'parentUnitId' });
    expect(outside.json().message.en).toContain('outside your scope');
    const backwards = await patch(centre.id, { foundedOn: '2020-01-01', endedOn: '2019-12-31' });
    expect(backwards.json()).toMatchObject({ code: 'E_VALIDATION', field: 'foundedOn' });
  });
});

describe('staffing by year on the unit page', () => {
  it('takes each year’s last recorded month-end', async () => {
    await ctx.database.db.insert(staffingSnapshots).values([
      { unitId: centre.id, month: '2024-11', quota: 20, headcount: 17 },
      { unitId: centre.id, month: '2024-12', quota: 20, headcount: 18 },
      { unitId: centre.id, month: '2025-06', quota: 22, headcount: 19 },
    ]);
    const detail = (await officer.get(`/api/v1/units/${centre.id}`)).json();
    expect(detail.staffingByYear).toEqual([
      { year: 2024, month: '2024-12', quota: 20, headcount: 18 },
      { year: 2025, month: '2025-06', quota: 22, headcount: 19 },
    ]);
  });
});
