import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema/index.ts';
import { clientAs, createTestApp, type TestClient, type TestContext } from '../../test/harness.ts';
import { buildRegion } from '../../test/registry-builders.ts';

let ctx: TestContext;
let admin: TestClient;
/** 省 → 市 → 县, and a second city beside the first. */
let province: { id: string };
let city: { id: string };
let county: { id: string };
let otherCity: { id: string };

beforeAll(async () => {
  ctx = await createTestApp();
  province = await buildRegion(ctx.database, { name: '测试省', level: 'province' });
  city = await buildRegion(ctx.database, { name: '测试市', level: 'city', parentId: province.id });
  county = await buildRegion(ctx.database, { name: '测试县', level: 'county', parentId: city.id });
  otherCity = await buildRegion(ctx.database, { name: '另一市', level: 'city', parentId: province.id });
  admin = (await clientAs(ctx, { role: 'admin' })).client;
});
afterAll(() => ctx.close());

const url = (region: { id: string }) => `/api/v1/warnings/settings/${region.id}`;

describe('warning settings per region', () => {
  it('shows defaults, then a province override inherited by a county, and a county override winning', async () => {
    const fresh = (await admin.get(url(county))).json();
    expect(fresh.version).toBe(0);
    expect(fresh.fields.exitDeadlineWorkingDays).toMatchObject({ value: 15, source: { kind: 'default' } });

    const saved = await admin.put(url(province), { version: 0, exitDeadlineWorkingDays: 12 });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({
      version: 1,
      fields: { exitDeadlineWorkingDays: { value: 12, source: { kind: 'own' } } },
    });
    const inherited = (await admin.get(url(county))).json();
    expect(inherited.fields.exitDeadlineWorkingDays).toMatchObject({
      value: 12,
      source: { kind: 'inherited', regionId: province.id, regionName: '测试省' },
    });

    const own = (await admin.put(url(county), { version: 0, exitDeadlineWorkingDays: 10 })).json();
    expect(own.fields.exitDeadlineWorkingDays).toMatchObject({
      value: 10,
      source: { kind: 'own' },
      inherited: { value: 12, source: { kind: 'inherited', regionName: '测试省' } },
    });
    // The city between them still sees the province's value.
    expect((await admin.get(url(city))).json().fields.exitDeadlineWorkingDays.value).toBe(12);

    const [entry] = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'warnings.settings.save'), eq(auditLog.entityId, county.id)));
    expect(entry).toMatchObject({ before: null, after: { exitDeadlineWorkingDays: 10 } });
  });

  it('refuses invalid thresholds naming the field in both languages', async () => {
    const rate = await admin.put(url(city), { version: 0, vacancyRateThreshold: 1.5 });
    expect(rate.statusCode).toBe(400);
    expect(rate.json()).toMatchObject({ code: 'E_VALIDATION', field: 'vacancyRateThreshold' });
    expect(rate.json().message.zh).toContain('空编率阈值须为 0 到 1 之间的比例');
    expect(rate.json().message.en).toContain('Vacancy rate threshold');

    const days = await admin.put(url(city), { version: 0, entryDeadlineWorkingDays: 0 });
    expect(days.json()).toMatchObject({ code: 'E_VALIDATION', field: 'entryDeadlineWorkingDays' });

    const kinds = await admin.put(url(city), { version: 0, publicInstitutionKinds: ['hospital'] });
    expect(kinds.json().field).toBe('publicInstitutionKinds.0');

    const calendar = await admin.put(url(city), { version: 0, holidays: ['2026-10-01'] });
    expect(calendar.statusCode).toBe(400);
    expect((await admin.get(url(city))).json().version).toBe(0);
  });

  it('refuses a stale save and a stale reset, and 恢复继承 brings the inherited values back', async () => {
    const current = (await admin.get(url(county))).json();
    expect(current.version).toBe(1);
    const stale = await admin.put(url(county), { version: 0, vacancyMonths: 6 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'E_STALE_VERSION', details: { current: 1 } });
    expect((await admin.request('DELETE', `${url(county)}?version=0`)).json().code).toBe('E_STALE_VERSION');

    const reset = await admin.request('DELETE', `${url(county)}?version=1`);
    expect(reset.statusCode).toBe(200);
    expect(reset.json().version).toBe(2);
    expect(reset.json().fields.exitDeadlineWorkingDays).toMatchObject({
      value: 12,
      source: { kind: 'inherited', regionName: '测试省' },
    });
    // The form that read version 1 can no longer save over the reset.
    expect((await admin.put(url(county), { version: 1, vacancyMonths: 6 })).statusCode).toBe(409);
  });

  it('answers 404 for an unknown region', async () => {
    const missing = await admin.get('/api/v1/warnings/settings/00000000-0000-4000-8000-000000000000');
    expect(missing.statusCode).toBe(404);
  });
});

describe('who may set thresholds', () => {
  it('refuses unit users, raters and leaders', async () => {
    for (const role of ['unit', 'rater', 'leader'] as const) {
      const { client } = await clientAs(ctx, { role });
      expect((await client.get(url(county))).statusCode, role).toBe(403);
      expect((await client.put(url(county), { version: 1 })).statusCode, role).toBe(403);
      expect((await client.get('/api/v1/warnings/settings')).statusCode, role).toBe(403);
    }
  });

  it('lets a city officer set its city and counties only', async () => {
    const { client } = await clientAs(ctx, { role: 'officer', scopeType: 'region', scopeId: city.id });
    const listed = (await client.get('/api/v1/warnings/settings')).json();
    expect(listed.map((r: { id: string }) => r.id).sort()).toEqual([city.id, county.id].sort());
    expect(listed.find((r: { id: string }) => r.id === county.id)).toMatchObject({
      version: 2,
      ownFields: 0,
    });

    expect((await client.get(url(county))).statusCode).toBe(200);
    const version = (await client.get(url(county))).json().version;
    expect((await client.put(url(county), { version, vacancyMonths: 6 })).statusCode).toBe(200);

    for (const outside of [otherCity, province]) {
      const read = await client.get(url(outside));
      expect(read.statusCode).toBe(403);
      expect(read.json().message.zh).toContain('您负责的地区');
      expect((await client.put(url(outside), { version: 0, vacancyMonths: 6 })).statusCode).toBe(403);
      expect((await client.request('DELETE', `${url(outside)}?version=0`)).statusCode).toBe(403);
    }
  });

  it('lets an administrator list every region', async () => {
    const listed = (await admin.get('/api/v1/warnings/settings')).json();
    expect(listed).toHaveLength(4);
    expect(listed.find((r: { id: string }) => r.id === province.id)).toMatchObject({ ownFields: 1 });
  });
});
