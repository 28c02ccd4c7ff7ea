import type { AssignedTarget, OnsiteFinding, OnsiteForm } from '@bianping/core/campaigns/onsite-api';
import type { SelfPhase } from '@bianping/core/campaigns/self-assessment-api';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema/index.ts';
import { createTestApp, type TestClient, type TestContext } from '../../test/harness.ts';
import { campaignUrl } from './campaigns-test-kit.ts';
import { buildSelfWorld, type SelfWorld } from './self-assessment-test-kit.ts';

let ctx: TestContext;
let w: SelfWorld;

beforeAll(async () => {
  ctx = await createTestApp();
  w = await buildSelfWorld(ctx);
});
afterAll(() => ctx.close());

const url = (rest = '', unitId = w.own) => campaignUrl(w.id, `/targets/${unitId}/onsite${rest}`);
async function formOf(client: TestClient, unitId = w.own) {
  const response = await client.get(url('', unitId));
  expect(response.statusCode, response.body).toBe(200);
  return response.json<OnsiteForm>();
}
const leafId = (form: OnsiteForm, name: string) => form.leaves.find((l) => l.name === name)?.id as string;
const save = (client: TestClient, nodeId: string, body: Record<string, unknown>, unitId = w.own) =>
  client.put(url(`/entries/${nodeId}`, unitId), { justification: '', version: 0, ...body });

describe('assigned targets', () => {
  it('lists only the targets of the caller’s team, marking the leader', async () => {
    const response = await w.teamEvaluator.get('/api/v1/campaigns/assigned');
    expect(response.statusCode, response.body).toBe(200);
    const items = response.json<{ items: AssignedTarget[] }>().items;
    expect(items.map((i) => i.unitId)).toEqual([w.own]);
    expect(items[0]).toMatchObject({ isLeader: true, onsiteState: 'notStarted', campaignId: w.id });
    const member = (await w.teamMember.get('/api/v1/campaigns/assigned')).json<{ items: AssignedTarget[] }>();
    expect(member.items).toEqual([expect.objectContaining({ unitId: w.own, isLeader: false })]);
  });

  it('is refused to other roles', async () => {
    for (const client of [w.officer, w.unit, w.rater, w.leader]) {
      expect((await client.get('/api/v1/campaigns/assigned')).statusCode).toBe(403);
    }
  });
});

describe('reading the form', () => {
  it('gives the team the on-site leaves with bounds, outlines and checklist', async () => {
    const form = await formOf(w.teamEvaluator);
    expect(form.canEdit).toBe(true);
    expect(form.isLeader).toBe(true);
    expect(form.leaves.map((l) => l.name)).toEqual(['履职到位', '职责清晰', '编制使用', '领导职数']);
    expect(form.leaves[0]).toMatchObject({ path: ['职能履行'], bounds: { input: 'points', max: 30 } });
    expect(form.outlines.map((o) => o.outline)).toHaveLength(4);
    expect(form.checklist.length).toBeGreaterThan(4);
  });

  it('lets officers and leaders read; other teams, the unit and other units get 404; raters 403', async () => {
    for (const client of [w.officer, w.leader]) expect((await formOf(client)).canEdit).toBe(false);
    for (const client of [w.otherTeamEvaluator, w.unit, w.otherUnit]) {
      expect((await client.get(url())).statusCode).toBe(404);
    }
    expect((await w.rater.get(url())).statusCode).toBe(403);
  });

  it('shows the unit’s self entry beside the leaf', async () => {
    const selfForm = await w.unit.get(campaignUrl(w.id, `/targets/${w.own}/self-assessment`));
    const node = selfForm.json().sets[0].nodes.find((n: { name: string }) => n.name === '履职到位');
    const saved = await w.unit.put(
      campaignUrl(w.id, `/targets/${w.own}/self-assessment/entries/${node.id}`),
      {
        input: { points: 29 },
        version: 0,
      },
    );
    expect(saved.statusCode, saved.body).toBe(200);
    const form = await formOf(w.teamEvaluator);
    expect(form.leaves[0]?.self).toMatchObject({ input: { points: 29 } });
  });
});

describe('scores', () => {
  it('saves within bounds, starts the phase, audits; refuses stale and out-of-bounds saves', async () => {
    const form = await formOf(w.teamMember);
    const id = leafId(form, '履职到位');
    const first = await save(w.teamMember, id, { input: { points: 27 }, justification: '台账齐全' });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({
      entry: { input: { points: 27 }, version: 1 },
      phase: { state: 'inProgress' },
    });
    const stale = await save(w.teamEvaluator, id, { input: { points: 20 }, version: 0 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      code: 'E_STALE_VERSION',
      details: { current: { input: { points: 27 } } },
    });
    const out = await save(w.teamEvaluator, id, { input: { points: 31 }, version: 1 });
    expect(out.json()).toMatchObject({ code: 'E_VALIDATION', field: 'input.points' });
    const audits = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'onsite.entry.save'), eq(auditLog.entityId, `${w.id}:${w.own}`)));
    expect(audits).toHaveLength(1);
  });

  it('refuses writers off the team and readers by role', async () => {
    const form = await formOf(w.officer);
    const id = leafId(form, '领导职数');
    expect((await save(w.otherTeamEvaluator, id, { input: { points: 1 } })).statusCode).toBe(404);
    for (const client of [w.officer, w.unit, w.rater, w.leader]) {
      expect((await save(client, id, { input: { points: 1 } })).statusCode).toBe(403);
    }
  });
});

describe('findings, interviews and checklist', () => {
  let finding: OnsiteFinding;

  it('raises a finding inline on a leaf, edits and deletes it with versions', async () => {
    const form = await formOf(w.teamEvaluator);
    const created = await w.teamEvaluator.post(url('/findings'), {
      nodeId: leafId(form, '领导职数'),
      category: 'leaderPosts',
      severity: 'general',
      description: '超职数配备副职一名',
    });
    expect(created.statusCode, created.body).toBe(201);
    finding = created.json<OnsiteFinding>();
    expect(finding).toMatchObject({ indicatorCode: '2.2', version: 1 });
    const edited = await w.teamMember.patch(url(`/findings/${finding.id}`), {
      ...finding,
      severity: 'fairlySerious',
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect((await w.teamEvaluator.patch(url(`/findings/${finding.id}`), finding)).statusCode).toBe(409);
    const foreign = await w.teamEvaluator.post(url('/findings'), {
      nodeId: null,
      category: 'other',
      severity: 'minor',
      description: '佐证不符',
      evidenceFileIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(foreign.json()).toMatchObject({ code: 'E_VALIDATION', field: 'evidenceFileIds' });
    const extra = await w.teamEvaluator.post(url('/findings'), {
      nodeId: null,
      category: 'other',
      severity: 'minor',
      description: '临时记录',
    });
    const removed = await w.teamEvaluator.request('DELETE', url(`/findings/${extra.json().id}?version=1`));
    expect(removed.statusCode).toBe(204);
    expect((await formOf(w.officer)).findings).toHaveLength(1);
    expect((await w.otherTeamEvaluator.post(url('/findings'), { ...finding })).statusCode).toBe(404);
    expect((await w.officer.post(url('/findings'), { ...finding })).statusCode).toBe(403);
  });

  it('records an interview on a campaign outline and refuses unknown questions', async () => {
    const body = {
      outline: 'principal',
      intervieweeRole: '局长',
      heldOn: '2026-04-10',
      answeredQuestionIds: ['P1', 'P3'],
      notes: '职责与“三定”一致',
    };
    const created = await w.teamMember.post(url('/interviews'), body);
    expect(created.statusCode, created.body).toBe(201);
    const record = created.json();
    const bad = await w.teamMember.post(url('/interviews'), { ...body, answeredQuestionIds: ['X9'] });
    expect(bad.json()).toMatchObject({ code: 'E_VALIDATION', field: 'answeredQuestionIds' });
    const edited = await w.teamEvaluator.patch(url(`/interviews/${record.id}`), {
      ...body,
      notes: '补充',
      version: 1,
    });
    expect(edited.json()).toMatchObject({ notes: '补充', version: 2 });
    expect((await w.unit.post(url('/interviews'), body)).statusCode).toBe(403);
    expect((await w.otherTeamEvaluator.post(url('/interviews'), body)).statusCode).toBe(404);
  });

  it('saves the checklist whole with its version, refusing unknown items', async () => {
    const items = [{ itemId: 'payroll', checked: true, notes: '与实名制台账一致' }];
    const saved = await w.teamEvaluator.put(url('/checklist'), { version: 0, items });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ version: 1, items });
    expect((await w.teamMember.put(url('/checklist'), { version: 0, items })).statusCode).toBe(409);
    const unknown = await w.teamMember.put(url('/checklist'), {
      version: 1,
      items: [{ itemId: 'nope', checked: false }],
    });
    expect(unknown.json()).toMatchObject({ code: 'E_VALIDATION', field: 'items.0.itemId' });
    expect((await w.officer.put(url('/checklist'), { version: 1, items })).statusCode).toBe(403);
  });
});

describe('submit and return', () => {
  it('needs every leaf scored, lets only the leader submit, locks, and the office returns', async () => {
    let form = await formOf(w.teamEvaluator);
    const early = await w.teamEvaluator.post(url('/submit'), { version: form.phase.version });
    expect(early.json()).toMatchObject({ code: 'E_VALIDATION', field: 'entries' });
    await save(w.teamMember, leafId(form, '职责清晰'), { input: { cases: 1 } });
    await save(w.teamMember, leafId(form, '编制使用'), { input: { grade: '较好' } });
    await save(w.teamMember, leafId(form, '领导职数'), { input: { points: 18 } });
    form = await formOf(w.teamEvaluator);
    expect((await w.teamMember.post(url('/submit'), { version: form.phase.version })).statusCode).toBe(403);
    const submitted = await w.teamEvaluator.post(url('/submit'), { version: form.phase.version });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const phase = submitted.json<SelfPhase>();
    expect(phase.state).toBe('submitted');
    const locked = await save(w.teamMember, leafId(form, '领导职数'), { input: { points: 17 }, version: 1 });
    expect(locked.json()).toMatchObject({ code: 'E_ILLEGAL_TRANSITION', field: 'state' });
    expect(
      (await w.teamEvaluator.post(url('/return'), { version: phase.version, reason: '请补充' })).statusCode,
    ).toBe(403);
    const returned = await w.officer.post(url('/return'), { version: phase.version, reason: '请补充访谈' });
    expect(returned.json()).toMatchObject({ state: 'returned', returnedReason: '请补充访谈' });
    expect((await formOf(w.teamEvaluator)).canEdit).toBe(true);

    // Resubmitted, then accepted (审核通过) by the office alone.
    const again = await w.teamEvaluator.post(url('/submit'), { version: returned.json<SelfPhase>().version });
    expect(again.statusCode, again.body).toBe(200);
    const version = again.json<SelfPhase>().version;
    for (const client of [w.teamEvaluator, w.teamMember, w.leader, w.rater]) {
      expect((await client.post(url('/accept'), { version })).statusCode).toBe(403);
    }
    const accepted = await w.officer.post(url('/accept'), { version });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json<SelfPhase>().state).toBe('reviewed');
    expect((await formOf(w.teamEvaluator)).canEdit).toBe(false);
  });

  it('shows the unit its on-site review once the campaign reports', async () => {
    let detail = (await w.officer.get(campaignUrl(w.id))).json();
    for (const to of ['collecting', 'scoring', 'reporting']) {
      const moved = await w.officer.post(campaignUrl(w.id, '/transition'), {
        version: detail.campaign.version,
        to,
      });
      expect(moved.statusCode, moved.body).toBe(200);
      detail = (await w.officer.get(campaignUrl(w.id))).json();
    }
    const form = await formOf(w.unit);
    expect(form.canEdit).toBe(false);
    expect(form.findings).toHaveLength(1);
    expect((await w.otherUnit.get(url())).statusCode).toBe(404);
  });
});
