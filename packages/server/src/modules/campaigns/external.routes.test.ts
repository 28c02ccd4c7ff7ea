import type { ExternalAssignedList, ExternalSheetState } from '@bianping/core/campaigns/external-api';
import type { CampaignProgress } from '@bianping/core/campaigns/progress';
import type { NotificationList } from '@bianping/core/notifications';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, targetPhases } from '../../db/schema/index.ts';
import { clientAs, createTestApp, type TestClient, type TestContext } from '../../test/harness.ts';
import { buildRegion } from '../../test/registry-builders.ts';
import { campaignUrl, detailOf } from './campaigns-test-kit.ts';
import {
  buildExternalWorld,
  type ExternalWorld,
  externalUrl,
  gradeAll,
  overviewOf,
  sheetOf,
} from './external-test-kit.ts';

let ctx: TestContext;
let w: ExternalWorld;
const url = (rest = '') => externalUrl(w, rest);
const free = { kind: 'free', item: 'partyBuilding' } as const;
const indicator = (nodeCode: string) => ({ kind: 'indicator', setId: w.frozenSetId, nodeCode }) as const;

async function assign(client: TestClient, body: Record<string, unknown>) {
  const detail = await detailOf(w.officer, w.id);
  return client.post(url('/assignments'), { version: detail.campaign.version, ...body });
}

async function phaseOf(unitId: string) {
  const [row] = await ctx.database.db
    .select()
    .from(targetPhases)
    .where(
      and(
        eq(targetPhases.campaignId, w.id),
        eq(targetPhases.unitId, unitId),
        eq(targetPhases.phase, 'external'),
      ),
    );
  return row?.state ?? 'notStarted';
}

const unread = async (client: TestClient, prefix: string) =>
  (await client.get('/api/v1/notifications'))
    .json<NotificationList>()
    .items.filter((n) => n.title.zh.startsWith(prefix) && n.readAt === null);

beforeAll(async () => {
  ctx = await createTestApp();
  w = await buildExternalWorld(ctx);
  const response = await assign(w.officer, {
    raterUnitIds: [w.deptA, w.deptB],
    targetUnitIds: [w.targetA, w.targetB],
    items: [free, indicator('2.1')],
  });
  expect(response.statusCode, response.body).toBe(200);
  expect(response.json()).toEqual({ created: 8, skipped: 0 });
});
afterAll(() => ctx.close());

describe('assigning', () => {
  it('lists assignable items, candidate departments and the sheets', async () => {
    const overview = await overviewOf(w.officer, w);
    expect(overview.canManage).toBe(true);
    expect(overview.items.filter((i) => i.item.kind === 'indicator').map((i) => i.code)).toEqual([
      '1.2',
      '2.1',
    ]);
    expect(overview.items.filter((i) => i.item.kind === 'free')).toHaveLength(4);
    expect(overview.raters.find((r) => r.unitId === w.deptA)?.hasRaterAccounts).toBe(true);
    expect(overview.raters.some((r) => r.unitId === w.county.merged.id)).toBe(false);
    expect(overview.sheets.map((s) => [s.state, s.total])).toEqual([
      ['notStarted', 4],
      ['notStarted', 4],
    ]);
    expect(overview.targets.find((t) => t.unitId === w.targetA)).toMatchObject({ assignments: 4, graded: 0 });
    expect((await overviewOf(w.leader, w)).canManage).toBe(false);
  });

  it('skips assignments that exist and audits only what it made', async () => {
    const again = await assign(w.officer, {
      raterUnitIds: [w.deptA],
      targetUnitIds: [w.targetA],
      items: [free, indicator('1.2')],
    });
    expect(again.json()).toEqual({ created: 1, skipped: 1 });
    const audits = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'campaign.external.assign'), eq(auditLog.entityId, w.id)));
    expect(audits).toHaveLength(2);
  });

  it('refuses an indicator whose sources do not include external, and a unit that is not a target', async () => {
    const closed = await assign(w.officer, {
      raterUnitIds: [w.deptA],
      targetUnitIds: [w.targetA],
      items: [indicator('1.1')],
    });
    expect(closed.statusCode).toBe(400);
    expect(closed.json()).toMatchObject({ code: 'E_VALIDATION', field: 'items' });
    expect(closed.json().message.zh).toContain('1.1');
    const outsider = await assign(w.officer, {
      raterUnitIds: [w.deptA],
      targetUnitIds: [w.deptB],
      items: [free],
    });
    expect(outsider.json()).toMatchObject({ code: 'E_VALIDATION', field: 'targetUnitIds' });
    const stale = await w.officer.post(url('/assignments'), {
      version: 1,
      raterUnitIds: [w.deptA],
      targetUnitIds: [w.targetA],
      items: [free],
    });
    expect(stale.json().code).toBe('E_STALE_VERSION');
  });

  it('removes only ungraded assignments', async () => {
    const overview = await overviewOf(w.officer, w);
    const extra = overview.assignments.find((a) => a.item.kind === 'indicator' && a.item.nodeCode === '1.2');
    const removed = await w.officer.request('DELETE', url('/assignments'), { ids: [extra?.id] });
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json()).toEqual({ deleted: 1 });
    const sheet = await sheetOf(w.raterA, w);
    const first = sheet.targets[0]?.ratings[0];
    await w.raterA.put(url(`/ratings/${first?.assignment.id}`), { version: 0, level: 'fair', comment: '' });
    const graded = await w.officer.request('DELETE', url('/assignments'), { ids: [first?.assignment.id] });
    expect(graded.statusCode).toBe(400);
    expect(graded.json().field).toBe('ids');
  });
});

describe('who reaches what', () => {
  it('refuses every other role on the rater routes, and raters on the office routes', async () => {
    const raterRoutes: [string, string][] = [
      ['GET', '/api/v1/campaigns/external/assigned'],
      ['GET', url('/sheet')],
      ['PUT', url(`/ratings/${w.id}`)],
      ['POST', url('/sheet/submit')],
    ];
    for (const client of [w.officer, w.admin, w.leader, w.unit, w.evaluator, w.expert]) {
      for (const [method, path] of raterRoutes) {
        const response = await client.request(method as 'GET', path, method === 'GET' ? undefined : {});
        expect(response.statusCode, `${method} ${path}`).toBe(403);
      }
    }
    const officeRoutes: [string, string][] = [
      ['GET', url()],
      ['POST', url('/assignments')],
      ['DELETE', url('/assignments')],
      ['POST', url(`/sheets/${w.deptA}/return`)],
      ['POST', url(`/targets/${w.targetA}/accept`)],
    ];
    for (const [method, path] of officeRoutes) {
      const response = await w.raterA.request(method as 'GET', path, method === 'GET' ? undefined : {});
      expect(response.statusCode, `${method} ${path}`).toBe(403);
    }
    // Raters stay refused on the campaign's other routes.
    expect((await w.raterA.get(campaignUrl(w.id))).statusCode).toBe(403);
    expect((await w.raterA.get(campaignUrl(w.id, '/progress'))).statusCode).toBe(403);
  });

  it('gives officers of another region 404', async () => {
    const other = await buildRegion(ctx.database);
    const scoped = (await clientAs(ctx, { role: 'officer', scopeType: 'region', scopeId: other.id })).client;
    expect((await scoped.get(url())).statusCode).toBe(404);
    const assigned = await scoped.post(url('/assignments'), {
      version: 99,
      raterUnitIds: [w.deptA],
      targetUnitIds: [w.targetA],
      items: [free],
    });
    expect(assigned.statusCode).toBe(404);
    expect(
      (await scoped.post(url(`/sheets/${w.deptA}/return`), { version: 1, reason: '重新评价' })).statusCode,
    ).toBe(404);
    expect((await scoped.post(url(`/targets/${w.targetA}/accept`), { version: 1 })).statusCode).toBe(404);
  });

  it('shows a rater only its own department’s sheet; another department’s assignment is 404', async () => {
    const sheetA = await sheetOf(w.raterA, w);
    const sheetB = await sheetOf(w.raterB, w);
    expect(sheetA.rater.id).toBe(w.deptA);
    expect(sheetB.rater.id).toBe(w.deptB);
    expect(sheetB.targets.flatMap((t) => t.ratings).every((r) => r.assignment.raterUnitId === w.deptB)).toBe(
      true,
    );
    expect(sheetA.levels.map((l) => l.label.zh)).toEqual(['好（100%）', '较好（80%）', '一般（60%）']);
    const label = sheetA.targets[0]?.ratings.find((r) => r.assignment.item.kind === 'indicator')?.label.zh;
    expect(label).toBe('2.1 编制使用（20分）');
    const foreign = sheetA.targets[0]?.ratings[0]?.assignment.id;
    const saved = await w.raterB.put(url(`/ratings/${foreign}`), { version: 1, level: 'good' });
    expect(saved.statusCode).toBe(404);
    const idle = (await clientAs(ctx, { role: 'rater', scopeId: w.county.general[0]?.id })).client;
    expect((await idle.get(url('/sheet'))).statusCode).toBe(404);
    const campaignScoped = (await clientAs(ctx, { role: 'rater', scopeType: 'campaign', scopeId: w.id }))
      .client;
    const refused = await campaignScoped.get(url('/sheet'));
    expect(refused.statusCode).toBe(403);
    expect(refused.json().message.zh).toContain('评价部门');
  });

  it('lists the department’s campaigns with its progress', async () => {
    const response = await w.raterA.get('/api/v1/campaigns/external/assigned');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<ExternalAssignedList>().items).toEqual([
      expect.objectContaining({
        campaignId: w.id,
        state: 'inProgress',
        graded: 1,
        total: 4,
        deadline: '2026-05-31',
      }),
    ]);
  });
});

describe('rating', () => {
  it('refuses a stale save with the stored rating', async () => {
    const sheet = await sheetOf(w.raterA, w);
    const rating = sheet.targets[0]?.ratings[0];
    const url1 = url(`/ratings/${rating?.assignment.id}`);
    const saved = await w.raterA.put(url1, {
      version: rating?.version,
      level: 'fairlyGood',
      comment: '基本到位',
      findings: [{ category: 'roster', severity: 'minor', description: '台账更新不及时' }],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().rating).toMatchObject({
      level: 'fairlyGood',
      findings: [expect.objectContaining({ description: '台账更新不及时' })],
    });
    const stale = await w.raterA.put(url1, { version: rating?.version, level: 'good' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      code: 'E_STALE_VERSION',
      details: { current: { level: 'fairlyGood', comment: '基本到位' } },
    });
  });

  it('refuses to submit while items are ungraded, listing them', async () => {
    const sheet = await sheetOf(w.raterA, w);
    const response = await w.raterA.post(url('/sheet/submit'), { version: sheet.sheet.version });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('E_VALIDATION');
    expect(response.json().details.problems).toHaveLength(sheet.total - sheet.graded);
    expect(response.json().details.problems[0]).toMatchObject({
      severity: 'error',
      message: { zh: expect.any(String) },
    });
  });

  it('reminds the departments that owe an overdue 外部 phase', async () => {
    const detail = await detailOf(w.officer, w.id);
    const moved = await w.officer.put(campaignUrl(w.id, '/phases'), {
      version: detail.campaign.version,
      phases: [
        { phase: 'self', start: '2020-03-01', end: '2020-03-31' },
        { phase: 'external', start: '2020-05-01', end: '2020-05-31' },
      ],
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const progress = (await w.officer.get(campaignUrl(w.id, '/progress'))).json<CampaignProgress>();
    expect(progress.overdue).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ unitId: w.targetA, phase: 'external', owedBy: ['rater'] }),
      ]),
    );
    const reminded = await w.officer.post(campaignUrl(w.id, '/progress/remind'), {});
    expect(reminded.statusCode, reminded.body).toBe(200);
    for (const rater of [w.raterA, w.raterB]) {
      const notes = await unread(rater, '催办');
      expect(notes).toHaveLength(1);
      expect(notes[0]?.body.zh).toContain('外部评价');
    }
  });

  it('moves the sheet and the targets through submit, return, resubmit and accept', async () => {
    await gradeAll(w.raterA, w);
    const sheetA = await sheetOf(w.raterA, w);
    const submitA = await w.raterA.post(url('/sheet/submit'), { version: sheetA.sheet.version });
    expect(submitA.statusCode, submitA.body).toBe(200);
    expect(submitA.json<ExternalSheetState>().state).toBe('submitted');
    // Department B still owes its grades: the targets are not in yet.
    expect(await phaseOf(w.targetA)).toBe('inProgress');
    const locked = await w.raterA.put(url(`/ratings/${sheetA.targets[0]?.ratings[0]?.assignment.id}`), {
      version: sheetA.targets[0]?.ratings[0]?.version,
      level: 'fair',
    });
    expect(locked.json()).toMatchObject({ code: 'E_ILLEGAL_TRANSITION', field: 'state' });

    const sheetB = await gradeAll(w.raterB, w);
    expect((await w.raterB.post(url('/sheet/submit'), { version: sheetB.sheet.version })).statusCode).toBe(
      200,
    );
    expect(await phaseOf(w.targetA)).toBe('submitted');
    expect(await phaseOf(w.targetB)).toBe('submitted');

    // The office returns department A's sheet: its raters are told, both targets reopen.
    let overview = await overviewOf(w.officer, w);
    const version = overview.sheets.find((s) => s.raterUnitId === w.deptA)?.version;
    const returned = await w.officer.post(url(`/sheets/${w.deptA}/return`), {
      version,
      reason: '部分评价意见过于简略',
    });
    expect(returned.statusCode, returned.body).toBe(200);
    expect(returned.json<ExternalSheetState>()).toMatchObject({
      state: 'returned',
      returnedReason: '部分评价意见过于简略',
    });
    expect(await phaseOf(w.targetA)).toBe('returned');
    expect(await phaseOf(w.targetB)).toBe('returned');
    const notes = await unread(w.raterA, '外部评价表被退回');
    expect(notes).toHaveLength(1);
    expect(notes[0]?.body.zh).toContain('部分评价意见过于简略');
    expect(await unread(w.raterB, '外部评价表被退回')).toHaveLength(0);

    const reopened = await sheetOf(w.raterA, w);
    expect(reopened.canEdit).toBe(true);
    const first = reopened.targets[0]?.ratings[0];
    const fixed = await w.raterA.put(url(`/ratings/${first?.assignment.id}`), {
      version: first?.version,
      level: 'good',
      comment: '补充说明：履职情况良好',
    });
    expect(fixed.statusCode, fixed.body).toBe(200);
    expect(fixed.json().sheet.state).toBe('returned');
    const resubmit = await w.raterA.post(url('/sheet/submit'), { version: fixed.json().sheet.version });
    expect(resubmit.statusCode, resubmit.body).toBe(200);
    expect(await phaseOf(w.targetA)).toBe('submitted');

    overview = await overviewOf(w.officer, w);
    const targetA = overview.targets.find((t) => t.unitId === w.targetA);
    expect(targetA?.items.find((i) => i.key === 'free:partyBuilding')).toMatchObject({
      raters: 2,
      graded: 2,
      average: 100,
    });
    const accepted = await w.officer.post(url(`/targets/${w.targetA}/accept`), { version: targetA?.version });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ state: 'rated' });
    expect(await phaseOf(w.targetA)).toBe('rated');
    const progress = (await w.officer.get(campaignUrl(w.id, '/progress'))).json<CampaignProgress>();
    const row = progress.targets.find((t) => t.unitId === w.targetA);
    expect(row?.phases.find((p) => p.phase === 'external')).toMatchObject({ state: 'rated', isDone: true });
  });
});

describe('removing the items of the last sheet a target waits for', () => {
  it('counts the target as submitted once its remaining sheets are all in', async () => {
    const own = await createTestApp();
    try {
      const x = await buildExternalWorld(own);
      const detail = await detailOf(x.officer, x.id);
      const assigned = await x.officer.post(externalUrl(x, '/assignments'), {
        version: detail.campaign.version,
        raterUnitIds: [x.deptA, x.deptB],
        targetUnitIds: [x.targetA],
        items: [free],
      });
      expect(assigned.statusCode, assigned.body).toBe(200);
      const sheetA = await gradeAll(x.raterA, x);
      expect(
        (await x.raterA.post(externalUrl(x, '/sheet/submit'), { version: sheetA.sheet.version })).statusCode,
      ).toBe(200);
      const state = async () =>
        (await overviewOf(x.officer, x)).targets.find((t) => t.unitId === x.targetA)?.state;
      expect(await state()).toBe('inProgress');
      // Department B has not graded its item: the office takes it off, and nothing is left to wait for.
      const owed = (await overviewOf(x.officer, x)).assignments.filter((a) => a.raterUnitId === x.deptB);
      const removed = await x.officer.request('DELETE', externalUrl(x, '/assignments'), {
        ids: owed.map((a) => a.id),
      });
      expect(removed.statusCode, removed.body).toBe(200);
      expect(await state()).toBe('submitted');
      const [audit] = await own.database.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'campaign.external.unassign'), eq(auditLog.entityId, x.id)));
      expect(audit?.after).toEqual({ targetsSubmitted: [x.targetA] });
    } finally {
      await own.close();
    }
  });
});
