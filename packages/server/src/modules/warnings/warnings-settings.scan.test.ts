import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffMovements } from '../../db/schema/index.ts';
import {
  clientAs,
  createTestApp,
  TEST_SECRET_KEY,
  type TestClient,
  type TestContext,
} from '../../test/harness.ts';
import { buildRegion, buildUnit } from '../../test/registry-builders.ts';
import { idProtector } from '../staff/id-number-protection.ts';
import { runWarningScan } from './warnings.service.ts';

let ctx: TestContext;
let officer: TestClient;
let region: { id: string };
let unitId: string;

beforeAll(async () => {
  ctx = await createTestApp();
  region = await buildRegion(ctx.database);
  unitId = (await buildUnit(ctx.database, region.id)).id;
  // Retired on Tuesday 2026-09-01 and still on the books.
  await ctx.database.db.insert(staffMovements).values({
    unitId,
    personName: '李四',
    kind: 'exitEvent',
    staffingType: 'institutional',
    eventDate: '2026-09-01',
    reason: 'retirement',
  });
  officer = (await clientAs(ctx, { role: 'officer' })).client;
});
afterAll(() => ctx.close());

/** A scan on a fixed day, then the W10 warning's figures. */
async function scanW10() {
  const actor = { actorId: null, actorName: 'test', requestId: null };
  await runWarningScan(ctx.database, idProtector(TEST_SECRET_KEY), {
    trigger: 'cli',
    today: '2026-12-01',
    actor,
  });
  const list = (await officer.get(`/api/v1/warnings?code=W10&unitId=${unitId}&status=live`)).json();
  expect(list.total).toBe(1);
  return list.items[0].params as { deadline: string; limitWorkingDays: number };
}

describe('the next scan uses what was saved', () => {
  it('moves the W10 出编逾期 deadline for a holiday added to the calendar', async () => {
    // 15 working days after Tuesday 2026-09-01 on a plain calendar: Tuesday 09-22.
    expect((await scanW10()).deadline).toBe('2026-09-22');
    const year = (await officer.get('/api/v1/warnings/calendar?year=2026')).json();
    const saved = await officer.put('/api/v1/warnings/calendar/2026', {
      fingerprint: year.fingerprint,
      days: [{ day: '2026-09-03', kind: 'holiday', name: '测试假日' }],
    });
    expect(saved.statusCode).toBe(200);
    expect((await scanW10()).deadline).toBe('2026-09-23');
  });

  it('applies a region’s own exit deadline', async () => {
    const saved = await officer.put(`/api/v1/warnings/settings/${region.id}`, {
      version: 0,
      exitDeadlineWorkingDays: 10,
    });
    expect(saved.statusCode).toBe(200);
    // 10 working days with 09-03 off: 09-02, 04, 07–11, 14, 15, 16.
    expect(await scanW10()).toMatchObject({ deadline: '2026-09-16', limitWorkingDays: 10 });
  });
});
