import type { CampaignProgress } from '@bianping/core/campaigns/progress';
import type { ProgressRemindResult } from '@bianping/core/campaigns/progress-api';
import type { NotificationList } from '@bianping/core/notifications';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema/index.ts';
import { clientAs, createTestApp, type TestClient, type TestContext } from '../../test/harness.ts';
import { buildRegion } from '../../test/registry-builders.ts';
import { campaignUrl, detailOf } from './campaigns-test-kit.ts';
import { progressCsv } from './progress.export.ts';
import { buildSelfWorld, formOf, leafOf, type SelfWorld, selfUrl } from './self-assessment-test-kit.ts';

let ctx: TestContext;
let w: SelfWorld;
const url = (rest = '') => campaignUrl(w.id, `/progress${rest}`);

beforeAll(async () => {
  ctx = await createTestApp();
  w = await buildSelfWorld(ctx);
  // Phase dates still move after launch: a self phase long past makes both targets late, whatever today is.
  const detail = await detailOf(w.officer, w.id);
  const moved = await w.officer.put(campaignUrl(w.id, '/phases'), {
    version: detail.campaign.version,
    phases: [{ phase: 'self', start: '2020-03-01', end: '2020-03-31' }],
  });
  expect(moved.statusCode, moved.body).toBe(200);
  // The own unit starts its form (notStarted → inProgress) by saving one entry.
  const form = await formOf(w.unit, selfUrl(w));
  const saved = await w.unit.put(selfUrl(w, w.own, `/entries/${leafOf(form, '履职到位').id}`), {
    input: { points: 20 },
    narrative: '',
    evidenceFileIds: [],
    version: 0,
  });
  expect(saved.statusCode, saved.body).toBe(200);
});
afterAll(() => ctx.close());

async function progressOf(client: TestClient) {
  const response = await client.get(url());
  expect(response.statusCode, response.body).toBe(200);
  return response.json<CampaignProgress>();
}

describe('reading progress', () => {
  it('shows each target’s self phase state and a late target as overdue, owed by the unit', async () => {
    const progress = await progressOf(w.officer);
    const own = progress.targets.find((t) => t.unitId === w.own);
    expect(own?.phases).toEqual([
      expect.objectContaining({ phase: 'self', state: 'inProgress', dueDate: '2020-03-31', isOverdue: true }),
    ]);
    expect(progress.overdue).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ unitId: w.own, phase: 'self', owedBy: ['unit'] }),
        expect.objectContaining({ unitId: w.other, phase: 'self', owedBy: ['unit'] }),
      ]),
    );
    expect(progress.phases).toEqual([
      expect.objectContaining({
        phase: 'self',
        counts: { inProgress: 1, notStarted: 1 },
        done: 0,
        overdue: 2,
      }),
    ]);
    expect(progress.teams.map((t) => t.targetCount)).toEqual([1, 1]);
  });

  it('is read by leaders and administrators; other roles are refused; other regions’ officers get 404', async () => {
    await progressOf(w.leader);
    await progressOf((await clientAs(ctx, { role: 'admin' })).client);
    for (const client of [w.unit, w.rater, w.teamEvaluator]) {
      expect((await client.get(url())).statusCode).toBe(403);
      expect((await client.get(url('/export?format=csv'))).statusCode).toBe(403);
    }
    const other = await buildRegion(ctx.database);
    const scoped = (await clientAs(ctx, { role: 'officer', scopeType: 'region', scopeId: other.id })).client;
    expect((await scoped.get(url())).statusCode).toBe(404);
    expect((await scoped.post(url('/remind'), {})).statusCode).toBe(404);
  });
});

describe('exporting progress', () => {
  it('exports an Excel workbook as an attachment', async () => {
    const response = await w.officer.get(url('/export?format=xlsx'));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.headers['content-disposition']).toContain('attachment');
    expect(response.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('exports CSV with the core’s rows in the chosen language', async () => {
    const response = await w.leader.get(url('/export?format=csv&lang=en'));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    const lines = response.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('Target,Team,Phase,State,Due date,Days overdue,Submitted late');
    expect(lines).toHaveLength(3);
    expect(lines.some((l) => l.includes('In progress') && l.includes('2020-03-31'))).toBe(true);
  });

  it('neutralises cells a spreadsheet would run as formulas and quotes separators', () => {
    const csv = progressCsv(
      {
        today: '2026-01-01',
        targets: [
          {
            unitId: w.own,
            unitName: '=HYPERLINK("x"),局',
            teamNo: 1,
            phases: [
              {
                phase: 'self',
                state: 'notStarted',
                dueDate: '2025-12-31',
                isDone: false,
                isOverdue: true,
                daysOverdue: 1,
                submittedLate: false,
                owedBy: ['unit'],
              },
            ],
          },
        ],
        phases: [],
        teams: [],
        overdue: [],
      },
      'zh',
    );
    expect(csv).toContain(`"'=HYPERLINK(""x""),局",第 1 组,单位自评`);
  });
});

describe('reminding', () => {
  it('notifies the users of the late units once, and audits it', async () => {
    const response = await w.officer.post(url('/remind'), {});
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<ProgressRemindResult>()).toEqual({ items: 2, units: 2, users: 0 });
    for (const client of [w.unit, w.otherUnit]) {
      const list = (await client.get('/api/v1/notifications')).json<NotificationList>();
      expect(list.items.filter((n) => n.title.zh.startsWith('催办'))).toHaveLength(1);
    }
    const audits = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'campaign.progress.remind'), eq(auditLog.entityId, w.id)));
    expect(audits).toHaveLength(1);
  });

  it('is for officers only', async () => {
    const admin = (await clientAs(ctx, { role: 'admin' })).client;
    for (const client of [w.leader, admin, w.unit, w.rater, w.teamEvaluator]) {
      expect((await client.post(url('/remind'), {})).statusCode).toBe(403);
    }
  });
});
