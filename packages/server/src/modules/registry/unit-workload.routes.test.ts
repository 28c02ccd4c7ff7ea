import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workloadMeasures } from '../../db/schema/index.ts';
import { clientAs, createTestApp, type TestClient, type TestContext } from '../../test/harness.ts';
import { buildRegion, buildUnit } from '../../test/registry-builders.ts';

let ctx: TestContext;
let officer: TestClient;
let unit: { id: string };

beforeAll(async () => {
  ctx = await createTestApp();
  unit = await buildUnit(ctx.database, (await buildRegion(ctx.database)).id, {
    category: 'approval',
    headcount: 10,
  });
  await ctx.database.db.insert(workloadMeasures).values([
    { category: 'approval', name: '即办件数', unitLabel: '件' },
    { category: null, name: '办件量', unitLabel: '件' },
    { category: 'health', name: '门诊人次', unitLabel: '人次' },
  ]);
  officer = (await clientAs(ctx, { role: 'officer' })).client;
});
afterAll(() => ctx.close());

const url = (year: number) => `/api/v1/units/${unit.id}/workload/${year}`;

describe('entering a year’s workload on the unit page', () => {
  it('sets the figures of the year with the budget, as a versioned, audited edit', async () => {
    const response = await officer.put(url(2025), {
      version: 1,
      values: [
        { measure: '办件量', value: 4200 },
        { measure: '即办件数', value: 1300 },
        { measure: 'budget', value: 356.5 },
      ],
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().unit.version).toBe(2);
    expect(response.json().workload).toEqual([
      { year: 2025, measure: 'budget', value: 356.5 },
      { year: 2025, measure: '办件量', value: 4200 },
      { year: 2025, measure: '即办件数', value: 1300 },
    ]);
    const { client: admin } = await clientAs(ctx, { role: 'admin' });
    const audit = await admin.get(`/api/v1/audit?action=unit.workload.set&entityId=${unit.id}`);
    expect(audit.json().items[0]).toMatchObject({
      before: { year: 2025, values: [] },
      after: { year: 2025, values: [{ measure: '办件量', value: 4200 }, {}, {}] },
    });
  });

  it('clears a figure given as null and leaves measures not listed alone', async () => {
    const response = await officer.put(url(2025), {
      version: 2,
      values: [
        { measure: '即办件数', value: null },
        { measure: '办件量', value: 4300 },
      ],
    });
    expect(response.json().workload).toEqual([
      { year: 2025, measure: 'budget', value: 356.5 },
      { year: 2025, measure: '办件量', value: 4300 },
    ]);
  });

  it('refuses a stale version with the current one', async () => {
    const stale = await officer.put(url(2024), { version: 2, values: [{ measure: '办件量', value: 1 }] });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'E_STALE_VERSION', details: { current: 3 } });
  });

  it('refuses a negative value and a measure not defined for the unit’s category', async () => {
    const negative = await officer.put(url(2024), { version: 3, values: [{ measure: '办件量', value: -5 }] });
    expect(negative.statusCode).toBe(400);
    expect(negative.json()).toMatchObject({ code: 'E_VALIDATION', field: 'values.0.value' });
    const undefinedMeasure = await officer.put(url(2024), {
      version: 3,
      values: [
        { measure: '办件量', value: 5 },
        { measure: '门诊人次', value: 800 },
      ],
    });
    expect(undefinedMeasure.statusCode).toBe(400);
    expect(undefinedMeasure.json()).toMatchObject({ code: 'E_VALIDATION', field: 'values.1.measure' });
    expect(undefinedMeasure.json().message.zh).toContain('“门诊人次”未在“行政审批”类别');
    expect(undefinedMeasure.json().message.zh).toContain('已定义：办件量、即办件数');
    const unchanged = (await officer.get(`/api/v1/units/${unit.id}`)).json();
    expect(unchanged.unit.version).toBe(3);
  });

  it('refuses a unit user, even on its own unit', async () => {
    const { client } = await clientAs(ctx, { role: 'unit', scopeType: 'unit', scopeId: unit.id });
    const response = await client.put(url(2024), { version: 3, values: [{ measure: '办件量', value: 5 }] });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('E_FORBIDDEN');
  });

  it('keeps a region-scoped officer to units of the region', async () => {
    const other = await buildRegion(ctx.database);
    const { client } = await clientAs(ctx, { role: 'officer', scopeType: 'region', scopeId: other.id });
    const response = await client.put(url(2024), { version: 3, values: [{ measure: '办件量', value: 5 }] });
    expect(response.statusCode).toBe(404);
  });
});
