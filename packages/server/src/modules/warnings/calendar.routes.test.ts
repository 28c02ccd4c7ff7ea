import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema/index.ts';
import { clientAs, createTestApp, type TestClient, type TestContext } from '../../test/harness.ts';

let ctx: TestContext;
let officer: TestClient;

beforeAll(async () => {
  ctx = await createTestApp();
  officer = (await clientAs(ctx, { role: 'officer' })).client;
});
afterAll(() => ctx.close());

const national = [
  { day: '2026-10-02', kind: 'holiday', name: '国庆节' },
  { day: '2026-10-01', kind: 'holiday', name: '国庆节' },
  // A Sunday worked instead of a day of the holiday.
  { day: '2026-09-20', kind: 'workday', name: '国庆节调休' },
];

const load = async (year = 2026) => (await officer.get(`/api/v1/warnings/calendar?year=${year}`)).json();

describe('office calendar', () => {
  it('replaces a year and gives it back by date, audited', async () => {
    const empty = await load();
    expect(empty).toMatchObject({ year: 2026, days: [] });
    const saved = await officer.put('/api/v1/warnings/calendar/2026', {
      fingerprint: empty.fingerprint,
      days: national,
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().days.map((d: { day: string }) => d.day)).toEqual([
      '2026-09-20',
      '2026-10-01',
      '2026-10-02',
    ]);
    expect((await load()).days).toEqual(saved.json().days);
    expect((await load(2025)).days).toEqual([]);
    const [entry] = await ctx.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'warnings.calendar.replace'));
    expect(entry).toMatchObject({ entityType: 'calendarYear', entityId: '2026', before: [] });
  });

  it('saves all of a list or none of it, naming the bad row', async () => {
    const before = await load();
    const cases = [
      [{ day: '2025-12-31', kind: 'holiday', name: '元旦' }, 'days.1.day', '不在 2026 年内'],
      [{ day: '2026-01-01', kind: 'holiday', name: '元旦' }, 'days.1.day', '重复'],
      [{ day: '2026-09-28', kind: 'workday', name: '调休' }, 'days.1.day', '星期一'],
      [{ day: '2026-02-30', kind: 'holiday', name: '春节' }, 'days.1.day', 'YYYY-MM-DD'],
      [{ day: '2026-05-01', kind: 'holiday', name: ' ' }, 'days.1.name', '请填写名称'],
    ] as const;
    for (const [bad, field, text] of cases) {
      const refused = await officer.put('/api/v1/warnings/calendar/2026', {
        fingerprint: before.fingerprint,
        days: [{ day: '2026-01-01', kind: 'holiday', name: '元旦' }, bad],
      });
      expect(refused.statusCode, field).toBe(400);
      expect(refused.json()).toMatchObject({ code: 'E_VALIDATION', field });
      expect(refused.json().message.zh).toContain(text);
    }
    expect(await load()).toEqual(before);
  });

  it('refuses a save over someone else’s newer list', async () => {
    const first = await load();
    const ok = await officer.put('/api/v1/warnings/calendar/2026', {
      fingerprint: first.fingerprint,
      days: [],
    });
    expect(ok.json().days).toEqual([]);
    const stale = await officer.put('/api/v1/warnings/calendar/2026', {
      fingerprint: first.fingerprint,
      days: national,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      code: 'E_STALE_VERSION',
      details: { current: ok.json().fingerprint },
    });
  });

  it('refuses a year out of range and callers other than officers and administrators', async () => {
    expect((await officer.get('/api/v1/warnings/calendar?year=1999')).json().field).toBe('year');
    const admin = (await clientAs(ctx, { role: 'admin' })).client;
    expect((await admin.get('/api/v1/warnings/calendar?year=2026')).statusCode).toBe(200);
    for (const role of ['unit', 'rater', 'leader', 'evaluator'] as const) {
      const { client } = await clientAs(ctx, { role });
      expect((await client.get('/api/v1/warnings/calendar?year=2026')).statusCode, role).toBe(403);
      const put = await client.put('/api/v1/warnings/calendar/2026', { fingerprint: '', days: [] });
      expect(put.statusCode, role).toBe(403);
    }
  });
});
