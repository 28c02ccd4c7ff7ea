import type { MyCampaign, SelfEntry, SelfPhase } from '@bianping/core/campaigns/self-assessment-api';
import type { NotificationList } from '@bianping/core/notifications';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema/index.ts';
import { createTestApp, type TestClient, type TestContext } from '../../test/harness.ts';
import {
  buildSelfWorld,
  formOf,
  leafOf,
  type SelfWorld,
  sampleFiles,
  samplePlan,
  selfUrl,
  upload,
} from './self-assessment-test-kit.ts';

let ctx: TestContext;
let w: SelfWorld;

beforeAll(async () => {
  ctx = await createTestApp();
  w = await buildSelfWorld(ctx);
});
afterAll(() => ctx.close());

const entryUrl = (nodeId: string, unitId = w.own) => selfUrl(w, unitId, `/entries/${nodeId}`);
const save = (client: TestClient, nodeId: string, body: Record<string, unknown>, unitId = w.own) =>
  client.put(entryUrl(nodeId, unitId), { narrative: '', evidenceFileIds: [], version: 0, ...body });

describe('my campaigns', () => {
  it('lists the launched campaigns of the unit with the self phase state and deadline', async () => {
    const response = await w.unit.get('/api/v1/campaigns/mine');
    expect(response.statusCode, response.body).toBe(200);
    const mine = response.json<{ items: MyCampaign[] }>().items;
    expect(mine).toEqual([
      expect.objectContaining({
        campaignId: w.id,
        unitId: w.own,
        selfState: 'notStarted',
        deadline: '2026-03-31',
      }),
    ]);
  });

  it('is for unit users only', async () => {
    for (const client of [w.officer, w.leader, w.rater, w.teamEvaluator]) {
      expect((await client.get('/api/v1/campaigns/mine')).statusCode).toBe(403);
    }
  });
});

describe('reading the form', () => {
  it('gives the unit the frozen tree with rules and bounds, the roster structure and the deadline', async () => {
    const form = await formOf(w.unit, selfUrl(w));
    expect(form.canEdit).toBe(true);
    expect(form.canReturn).toBe(false);
    expect(form.deadline).toBe('2026-03-31');
    expect(form.phase).toMatchObject({ state: 'notStarted', version: 0 });
    expect(leafOf(form, '履职到位')).toMatchObject({
      selfScored: true,
      bounds: { input: 'points', min: 0, max: 30 },
    });
    expect(leafOf(form, '职责清晰').bounds).toMatchObject({ input: 'cases' });
    expect(leafOf(form, '编制使用').bounds).toMatchObject({ input: 'grade' });
    expect(leafOf(form, '领导职数')).toMatchObject({ selfScored: false, bounds: null });
    expect(leafOf(form, '履职到位').ruleText?.zh).toContain('30');
    expect(form.staffingStructure.referenceDate).toBe('2026-03-01');
    expect(form.problems.map((p) => p.code)).toEqual(
      expect.arrayContaining(['missing', 'noStaffingPlan', 'noReport']),
    );
  });

  it('is readable by officers, leaders and the target’s team, not by others', async () => {
    for (const client of [w.officer, w.leader, w.teamEvaluator]) {
      const form = await formOf(client, selfUrl(w));
      expect(form.canEdit).toBe(false);
    }
    expect((await w.otherUnit.get(selfUrl(w))).statusCode).toBe(404);
    expect((await w.otherTeamEvaluator.get(selfUrl(w))).statusCode).toBe(404);
    expect((await w.rater.get(selfUrl(w))).statusCode).toBe(403);
  });
});

describe('saving entries', () => {
  it('saves within bounds, starts the phase and audits', async () => {
    const form = await formOf(w.unit, selfUrl(w));
    const leaf = leafOf(form, '履职到位');
    const response = await save(w.unit, leaf.id, {
      input: { points: 28.5, grade: 'ignored' },
      narrative: '全面履职',
    });
    expect(response.statusCode, response.body).toBe(200);
    const saved = response.json<{ entry: SelfEntry; phase: SelfPhase }>();
    expect(saved.entry).toMatchObject({ input: { points: 28.5 }, narrative: '全面履职', version: 1 });
    expect(saved.phase.state).toBe('inProgress');
    const audits = await ctx.database.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.action, 'selfAssessment.entry.save'), eq(auditLog.entityId, `${w.id}:${w.own}`)),
      );
    expect(audits.length).toBeGreaterThan(0);
  });

  it('refuses values outside the leaf’s bounds, naming the field in both languages', async () => {
    const form = await formOf(w.unit, selfUrl(w));
    const points = await save(w.unit, leafOf(form, '履职到位').id, { input: { points: 31 }, version: 1 });
    expect(points.statusCode).toBe(400);
    expect(points.json()).toMatchObject({ code: 'E_VALIDATION', field: 'input.points' });
    expect(points.json().message.zh).toContain('0 到 30');
    const gradeResponse = await save(w.unit, leafOf(form, '编制使用').id, { input: { grade: '优秀' } });
    expect(gradeResponse.json()).toMatchObject({ code: 'E_VALIDATION', field: 'input.grade' });
    const cases = await save(w.unit, leafOf(form, '职责清晰').id, { input: { cases: -1 } });
    expect(cases.statusCode).toBe(400);
    const onsiteOnly = await save(w.unit, leafOf(form, '领导职数').id, { input: { points: 5 } });
    expect(onsiteOnly.json()).toMatchObject({ code: 'E_VALIDATION', field: 'nodeId' });
    const foreignEvidence = await save(w.unit, leafOf(form, '编制使用').id, {
      input: { grade: '好' },
      evidenceFileIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(foreignEvidence.json()).toMatchObject({ code: 'E_VALIDATION', field: 'evidenceFileIds' });
  });

  it('refuses a stale save and shows the newer entry', async () => {
    const form = await formOf(w.unit, selfUrl(w));
    const leaf = leafOf(form, '职责清晰');
    expect((await save(w.unit, leaf.id, { input: { cases: 2 } })).statusCode).toBe(200);
    const stale = await save(w.unit, leaf.id, { input: { cases: 5 }, version: 0 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      code: 'E_STALE_VERSION',
      details: { current: { nodeId: leaf.id, input: { cases: 2 }, version: 1 } },
    });
  });

  it('lets only the target’s own unit write', async () => {
    const leaf = leafOf(await formOf(w.unit, selfUrl(w)), '履职到位');
    expect((await save(w.otherUnit, leaf.id, { input: { points: 1 } })).statusCode).toBe(404);
    for (const client of [w.officer, w.leader, w.teamEvaluator, w.rater]) {
      expect((await save(client, leaf.id, { input: { points: 1 } })).statusCode).toBe(403);
    }
  });
});

describe('staffing plan', () => {
  it('saves under its own version, refuses stale and invalid plans', async () => {
    const url = selfUrl(w, w.own, '/staffing-plan');
    const first = await w.unit.put(url, { plan: samplePlan, version: 0 });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().version).toBe(1);
    const stale = await w.unit.put(url, { plan: samplePlan, version: 0 });
    expect(stale.json()).toMatchObject({ code: 'E_STALE_VERSION', details: { current: { version: 1 } } });
    const short = await w.unit.put(url, { plan: { ...samplePlan, years: 2 }, version: 1 });
    expect(short.statusCode).toBe(400);
    expect(
      (await w.otherUnit.put(selfUrl(w, w.own, '/staffing-plan'), { plan: samplePlan, version: 0 }))
        .statusCode,
    ).toBe(404);
    expect((await w.officer.put(url, { plan: samplePlan, version: 1 })).statusCode).toBe(403);
  });
});

describe('submit and return', () => {
  it('blocks a submit with the problems, then submits, locks, returns with a notice and unlocks', async () => {
    let form = await formOf(w.unit, selfUrl(w));
    const submit = (version: number) => w.unit.post(selfUrl(w, w.own, '/submit'), { version });
    const blocked = await submit(form.phase.version);
    expect(blocked.statusCode).toBe(400);
    expect(blocked.json().code).toBe('E_VALIDATION');
    expect(blocked.json().details.problems.map((p: { code: string }) => p.code)).toEqual(
      expect.arrayContaining(['missing', 'noReport']),
    );

    // Fill the rest: the grade, the report.
    expect((await save(w.unit, leafOf(form, '编制使用').id, { input: { grade: '较好' } })).statusCode).toBe(
      200,
    );
    const report = await upload(
      ctx,
      w.unit,
      selfUrl(w, w.own, '/files?purpose=selfInspectionReport&name=自查报告.pdf'),
      sampleFiles.pdf,
    );
    expect(report.statusCode, report.body).toBe(201);
    form = await formOf(w.unit, selfUrl(w));
    expect(form.report?.fileId).toBe(report.json().fileId);
    expect(form.problems.filter((p) => p.severity === 'error')).toEqual([]);

    // Only the unit submits; a stale phase version is refused.
    expect(
      (await w.officer.post(selfUrl(w, w.own, '/submit'), { version: form.phase.version })).statusCode,
    ).toBe(403);
    expect((await submit(form.phase.version - 1)).json().code).toBe('E_STALE_VERSION');
    const submitted = await submit(form.phase.version);
    expect(submitted.statusCode, submitted.body).toBe(200);
    const phase = submitted.json<SelfPhase>();
    expect(phase.state).toBe('submitted');

    // Locked: no more edits.
    const locked = await save(w.unit, leafOf(form, '履职到位').id, { input: { points: 30 }, version: 1 });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().code).toBe('E_ILLEGAL_TRANSITION');
    const officerView = await formOf(w.officer, selfUrl(w));
    expect(officerView.canReturn).toBe(true);
    expect((await formOf(w.unit, selfUrl(w))).canEdit).toBe(false);

    // Return: officers only, with a reason.
    const returnUrl = selfUrl(w, w.own, '/return');
    const body = { version: phase.version, reason: '自查报告未盖章，请补充' };
    for (const client of [w.unit, w.leader, w.teamEvaluator, w.rater]) {
      expect((await client.post(returnUrl, body)).statusCode).toBe(403);
    }
    expect((await w.officer.post(returnUrl, { ...body, reason: '' })).statusCode).toBe(400);
    const returned = await w.officer.post(returnUrl, body);
    expect(returned.statusCode, returned.body).toBe(200);
    expect(returned.json<SelfPhase>()).toMatchObject({ state: 'returned', returnedReason: body.reason });

    // The unit sees the notice and can edit again; the state stays returned while it corrects.
    const notices = (await w.unit.get('/api/v1/notifications')).json<NotificationList>();
    expect(notices.unread).toBe(1);
    expect(notices.items[0]?.body.zh).toContain('自查报告未盖章');
    expect((await w.otherUnit.get('/api/v1/notifications')).json<NotificationList>().items).toEqual([]);
    const noticeId = notices.items[0]?.id as string;
    expect((await w.otherUnit.post(`/api/v1/notifications/${noticeId}/read`)).statusCode).toBe(404);
    expect((await w.unit.post(`/api/v1/notifications/${noticeId}/read`)).statusCode).toBe(200);
    expect((await w.unit.get('/api/v1/notifications')).json<NotificationList>()).toMatchObject({
      unread: 0,
      items: [expect.objectContaining({ readAt: expect.any(String) })],
    });
    const again = await save(w.unit, leafOf(form, '履职到位').id, { input: { points: 30 }, version: 1 });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json().phase).toMatchObject({ state: 'returned', returnedReason: body.reason });
    const mine = (await w.unit.get('/api/v1/campaigns/mine')).json<{ items: MyCampaign[] }>().items;
    expect(mine[0]).toMatchObject({ selfState: 'returned', returnedReason: body.reason });

    // Resubmitted and accepted (审核通过) by the office only; nothing follows a review.
    const resubmitted = await submit(again.json().phase.version);
    expect(resubmitted.statusCode, resubmitted.body).toBe(200);
    const acceptUrl = selfUrl(w, w.own, '/accept');
    const version = resubmitted.json<SelfPhase>().version;
    for (const client of [w.unit, w.leader, w.teamEvaluator, w.rater]) {
      expect((await client.post(acceptUrl, { version })).statusCode).toBe(403);
    }
    expect((await w.officer.post(acceptUrl, { version: version - 1 })).json().code).toBe('E_STALE_VERSION');
    const accepted = await w.officer.post(acceptUrl, { version });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json<SelfPhase>()).toMatchObject({ state: 'reviewed', returnedReason: null });
    const twice = await w.officer.post(acceptUrl, { version: accepted.json<SelfPhase>().version });
    expect(twice.json().code).toBe('E_ILLEGAL_TRANSITION');
    const latest = (await w.unit.get('/api/v1/notifications')).json<NotificationList>().items[0];
    expect(latest?.title.zh).toBe('自评已审核通过');

    const actions = (
      await ctx.database.db.select().from(auditLog).where(eq(auditLog.entityType, 'selfAssessment'))
    ).map((a) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'selfAssessment.entry.save',
        'selfAssessment.plan.save',
        'selfAssessment.file.upload',
        'selfAssessment.submit',
        'selfAssessment.return',
        'selfAssessment.accept',
      ]),
    );
  });

  it('refuses a return by an officer of another region as not found', async () => {
    const { clientAs } = await import('../../test/harness.ts');
    const { buildRegion } = await import('../../test/registry-builders.ts');
    const elsewhere = await buildRegion(ctx.database);
    const { client } = await clientAs(ctx, { role: 'officer', scopeType: 'region', scopeId: elsewhere.id });
    expect((await client.get(selfUrl(w))).statusCode).toBe(404);
    expect(
      (await client.post(selfUrl(w, w.own, '/return'), { version: 1, reason: '测试退回' })).statusCode,
    ).toBe(404);
    expect((await client.post(selfUrl(w, w.own, '/accept'), { version: 1 })).statusCode).toBe(404);
  });
});
