import type { SlipDetail, SlipList } from '@bianping/core/campaigns/supervision-api';
import type { NotificationList } from '@bianping/core/notifications';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientAs, createTestApp, type TestClient, type TestContext } from '../../test/harness.ts';
import { buildRegion, buildUnit } from '../../test/registry-builders.ts';
import { sampleFiles, upload } from '../campaigns/self-assessment-test-kit.ts';
import { createSlip, slipBase, slipBody, slipIn, slipUrl, step } from './supervision-test-kit.ts';

let ctx: TestContext;
let w: Awaited<ReturnType<typeof buildWorld>>;

async function buildWorld() {
  const region = await buildRegion(ctx.database);
  const far = await buildRegion(ctx.database);
  const unitA = await buildUnit(ctx.database, region.id, { name: '县财政局' });
  const unitB = await buildUnit(ctx.database, region.id, { name: '县教育局' });
  const evaluator = await clientAs(ctx, { role: 'evaluator' });
  const officer = await clientAs(ctx, { role: 'officer', scopeType: 'region', scopeId: region.id });
  const as = async (o: Parameters<typeof clientAs>[1]) => (await clientAs(ctx, o)).client;
  return {
    unitA: unitA.id,
    unitB: unitB.id,
    evaluator: evaluator.client,
    evaluatorId: evaluator.user.id,
    officer: officer.client,
    officerId: officer.user.id,
    farOfficer: await as({ role: 'officer', scopeType: 'region', scopeId: far.id }),
    campaignEvaluator: await as({
      role: 'evaluator',
      scopeType: 'campaign',
      scopeId: '00000000-0000-4000-8000-00000000c0de',
    }),
    leader: await as({ role: 'leader' }),
    unit: await as({ role: 'unit', scopeId: unitA.id }),
    otherUnit: await as({ role: 'unit', scopeId: unitB.id }),
    rater: await as({ role: 'rater', scopeId: unitA.id }),
    expert: await as({ role: 'expert' }),
  };
}

beforeAll(async () => {
  ctx = await createTestApp();
  w = await buildWorld();
});
afterAll(() => ctx.close());

const body = (over: Parameters<typeof slipBody>[2] = {}) => slipBody(w.unitA, [w.evaluatorId], over);
const parties = () => ({ creator: w.evaluator, unit: w.unit, officer: w.officer });
const statusOf = async (client: TestClient, id: string) =>
  (await client.get(slipUrl(id))).json<SlipDetail>().slip.status;

describe('slip lifecycle', () => {
  it('goes draft → sent → disputed → settled, versioned, notified and audited', async () => {
    let d = await createSlip(w.evaluator, body());
    expect(d.slip).toMatchObject({ status: 'draft', version: 1, unitId: w.unitA });
    expect(d.slip.findings[0]?.id).toEqual(expect.any(String));
    expect(d.can).toMatchObject({ edit: true, send: true });

    const edited = await w.evaluator.put(slipUrl(d.slip.id), { ...body(), place: '现场', version: 1 });
    expect(edited.statusCode, edited.body).toBe(200);
    d = edited.json<SlipDetail>();
    expect(d.slip).toMatchObject({ place: '现场', version: 2 });

    d = await step(w.evaluator, d.slip.id, 'send', { version: 2 });
    expect(d.slip.status).toBe('sent');
    const unitInbox = (await w.unit.get('/api/v1/notifications')).json<NotificationList>().items;
    expect(unitInbox.some((n) => n.link === `/supervision/${d.slip.id}`)).toBe(true);

    const unitView = (await w.unit.get(slipUrl(d.slip.id))).json<SlipDetail>();
    expect(unitView.can.answer).toBe(true);
    const noReason = await w.unit.post(slipUrl(d.slip.id, '/dispute'), { version: 3, comment: '' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().field).toBe('comment');
    d = await step(w.unit, d.slip.id, 'dispute', { version: 3, comment: '该人员系调任，不属超编' });
    expect(d.slip).toMatchObject({ status: 'disputed', unitComment: '该人员系调任，不属超编' });
    const creatorInbox = (await w.evaluator.get('/api/v1/notifications')).json<NotificationList>().items;
    expect(creatorInbox.some((n) => n.body.zh.includes('该人员系调任'))).toBe(true);

    d = await step(w.officer, d.slip.id, 'settle', { version: 4, decision: 'upheld', note: '调任手续不全' });
    expect(d.slip).toMatchObject({ status: 'settled', decision: 'upheld', decisionNote: '调任手续不全' });
    expect(await statusOf(w.unit, d.slip.id)).toBe('settled');

    const audit = await ctx.database.db.execute(
      `select action from audit_log where entity_type = 'supervisionSlip' and entity_id = '${d.slip.id}' order by id` as never,
    );
    expect((audit as unknown as { rows: { action: string }[] }).rows.map((r) => r.action)).toEqual([
      'supervisionSlip.create',
      'supervisionSlip.update',
      'supervisionSlip.send',
      'supervisionSlip.dispute',
      'supervisionSlip.settle',
    ]);
  });

  it('lets the unit confirm with a comment', async () => {
    const d = await slipIn(parties(), body(), 'confirmed');
    expect(d.slip).toMatchObject({ status: 'confirmed', decision: null });
  });

  it('refuses illegal steps with a typed error and stale versions', async () => {
    const draft = await createSlip(w.evaluator, body());
    const settleDraft = await w.officer.post(slipUrl(draft.slip.id, '/settle'), {
      version: 1,
      decision: 'upheld',
      note: '经核实',
    });
    expect(settleDraft.statusCode).toBe(409);
    expect(settleDraft.json()).toMatchObject({ code: 'E_ILLEGAL_TRANSITION', field: 'status' });

    const sent = await step(w.evaluator, draft.slip.id, 'send', { version: 1 });
    const again = await w.evaluator.post(slipUrl(sent.slip.id, '/send'), { version: sent.slip.version });
    expect(again.json().code).toBe('E_ILLEGAL_TRANSITION');
    const edit = await w.evaluator.put(slipUrl(sent.slip.id), { ...body(), version: sent.slip.version });
    expect(edit.json()).toMatchObject({ code: 'E_ILLEGAL_TRANSITION', field: 'status' });
    const del = await w.evaluator.request('DELETE', slipUrl(sent.slip.id, `?version=${sent.slip.version}`));
    expect(del.json().code).toBe('E_ILLEGAL_TRANSITION');

    const stale = await w.unit.post(slipUrl(sent.slip.id, '/confirm'), { version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'E_STALE_VERSION', details: { current: 2 } });
    const confirmed = await step(w.unit, sent.slip.id, 'confirm', { version: 2 });
    const dispute = await w.unit.post(slipUrl(sent.slip.id, '/dispute'), { version: 3, comment: '不同意' });
    expect(dispute.json().code).toBe('E_ILLEGAL_TRANSITION');
    expect(confirmed.slip.status).toBe('confirmed');
  });

  it('deletes a draft only at its version', async () => {
    const d = await createSlip(w.evaluator, body());
    expect((await w.evaluator.request('DELETE', slipUrl(d.slip.id, '?version=9'))).statusCode).toBe(409);
    expect((await w.evaluator.request('DELETE', slipUrl(d.slip.id, '?version=1'))).statusCode).toBe(200);
    expect((await w.evaluator.get(slipUrl(d.slip.id))).statusCode).toBe(404);
  });
});

describe('who sees and answers', () => {
  it('never shows a draft to the unit and lets no other unit answer', async () => {
    const draft = await createSlip(w.evaluator, body());
    expect((await w.unit.get(slipUrl(draft.slip.id))).statusCode).toBe(404);
    const list = (await w.unit.get(slipBase)).json<SlipList>();
    expect(list.items.every((s) => s.status !== 'draft' && s.unitId === w.unitA)).toBe(true);
    expect(list.items.some((s) => s.id === draft.slip.id)).toBe(false);

    const sent = await step(w.evaluator, draft.slip.id, 'send', { version: 1 });
    expect((await w.unit.get(slipUrl(sent.slip.id))).statusCode).toBe(200);
    const other = await w.otherUnit.post(slipUrl(sent.slip.id, '/confirm'), { version: 2 });
    expect(other.statusCode).toBe(404);
    const byOfficer = await w.officer.post(slipUrl(sent.slip.id, '/confirm'), { version: 2 });
    expect(byOfficer.statusCode).toBe(403);
    expect(await statusOf(w.evaluator, sent.slip.id)).toBe('sent');
  });

  it('refuses raters and experts on every route', async () => {
    const d = await createSlip(w.evaluator, body());
    for (const client of [w.rater, w.expert]) {
      expect((await client.get(slipBase)).statusCode).toBe(403);
      expect((await client.get(slipUrl(d.slip.id))).statusCode).toBe(403);
      expect((await client.post(slipBase, body())).statusCode).toBe(403);
      expect((await client.post(slipUrl(d.slip.id, '/send'), { version: 1 })).statusCode).toBe(403);
    }
    expect((await w.leader.post(slipBase, body())).statusCode).toBe(403);
    expect((await w.unit.post(slipBase, body())).statusCode).toBe(403);
  });

  it('hides slips outside an officer’s region (404) and refuses creating there', async () => {
    const d = await slipIn(parties(), body(), 'disputed');
    expect((await w.farOfficer.get(slipUrl(d.slip.id))).statusCode).toBe(404);
    const settle = await w.farOfficer.post(slipUrl(d.slip.id, '/settle'), {
      version: d.slip.version,
      decision: 'withdrawn',
      note: '经核实',
    });
    expect(settle.statusCode).toBe(404);
    expect((await w.farOfficer.get(slipBase)).json<SlipList>().total).toBe(0);
    const create = await w.farOfficer.post(slipBase, slipBody(w.unitA, [w.officerId]));
    expect(create.statusCode).toBe(404);
    expect(create.json().field).toBe('unitId');
    expect((await w.leader.get(slipUrl(d.slip.id))).statusCode).toBe(200);
  });

  it('shows a campaign-scoped evaluator only the slips it inspects on', async () => {
    const mine = await createSlip(w.evaluator, slipBody(w.unitA, [w.evaluatorId]));
    expect((await w.campaignEvaluator.get(slipUrl(mine.slip.id))).statusCode).toBe(404);
    expect((await w.campaignEvaluator.get(slipBase)).json<SlipList>().total).toBe(0);
    const me = (await w.campaignEvaluator.get('/api/v1/auth/me')).json<{ id: string }>().id;
    const named = await createSlip(w.evaluator, slipBody(w.unitA, [w.evaluatorId, me]));
    expect((await w.campaignEvaluator.get(slipUrl(named.slip.id))).statusCode).toBe(200);
  });

  it('accepts only active evaluators and officers as inspectors', async () => {
    const unitUserId = (await w.unit.get('/api/v1/auth/me')).json<{ id: string }>().id;
    const response = await w.evaluator.post(slipBase, slipBody(w.unitA, [unitUserId]));
    expect(response.statusCode).toBe(400);
    expect(response.json().field).toBe('inspectorIds');
  });
});

describe('slip numbers and list', () => {
  it('numbers slips YYYY-DC-NNN in sequence per inspection year, concurrent creates included', async () => {
    const created = await Promise.all(
      [1, 2, 3].map(() =>
        createSlip(w.officer, slipBody(w.unitB, [w.officerId], { inspectedOn: '2024-04-01' })),
      ),
    );
    expect(created.map((d) => d.slip.slipNo).sort()).toEqual(['2024-DC-001', '2024-DC-002', '2024-DC-003']);
    const next = await createSlip(w.officer, slipBody(w.unitB, [w.officerId], { inspectedOn: '2023-12-31' }));
    expect(next.slip.slipNo).toBe('2023-DC-001');
  });

  it('filters by unit, status, dates and number', async () => {
    const list = async (qs: string) => (await w.officer.get(`${slipBase}?${qs}`)).json<SlipList>();
    const byYear = await list('from=2024-01-01&to=2024-12-31');
    expect(byYear.total).toBe(3);
    expect((await list('q=2023-DC')).items.map((s) => s.slipNo)).toEqual(['2023-DC-001']);
    const confirmed = await list(`status=confirmed&unitId=${w.unitA}`);
    expect(confirmed.total).toBeGreaterThan(0);
    expect(confirmed.items.every((s) => s.status === 'confirmed' && s.unitName === '县财政局')).toBe(true);
    expect((await list('pageSize=2')).items).toHaveLength(2);
  });
});

describe('attachments', () => {
  it('stores a file typed by content, refuses a renamed .exe, and serves it to readers only', async () => {
    const d = await createSlip(w.evaluator, body());
    const url = (name: string) => slipUrl(d.slip.id, `/attachments?name=${encodeURIComponent(name)}`);
    const exe = await upload(ctx, w.evaluator, url('现场照片.jpg'), sampleFiles.exe, 'image/jpeg');
    expect(exe.statusCode).toBe(400);
    expect(exe.json()).toMatchObject({ code: 'E_VALIDATION', field: 'file' });

    const ok = await upload(ctx, w.evaluator, url('现场照片.jpg'), sampleFiles.jpg, 'text/plain');
    expect(ok.statusCode, ok.body).toBe(201);
    const { attachment, version } = ok.json<{ attachment: { fileId: string }; version: number }>();
    expect(version).toBe(2);
    const detail = (await w.evaluator.get(slipUrl(d.slip.id))).json<SlipDetail>();
    expect(detail.attachments).toEqual([
      {
        fileId: attachment.fileId,
        name: '现场照片.jpg',
        size: sampleFiles.jpg.length,
        mimeType: 'image/jpeg',
      },
    ]);
    expect((await upload(ctx, w.unit, url('a.pdf'), sampleFiles.pdf)).statusCode).toBe(403);

    const fileUrl = slipUrl(d.slip.id, `/attachments/${attachment.fileId}`);
    const got = await w.officer.get(fileUrl);
    expect(got.statusCode).toBe(200);
    expect(got.rawPayload.equals(sampleFiles.jpg)).toBe(true);
    expect((await w.unit.get(fileUrl)).statusCode).toBe(404); // still a draft
    expect((await w.farOfficer.get(fileUrl)).statusCode).toBe(404);
    expect((await w.rater.get(fileUrl)).statusCode).toBe(403);

    await step(w.evaluator, d.slip.id, 'send', { version });
    expect((await w.unit.get(fileUrl)).statusCode).toBe(200);
    expect((await w.otherUnit.get(fileUrl)).statusCode).toBe(404);
    expect((await upload(ctx, w.evaluator, url('b.pdf'), sampleFiles.pdf)).json().code).toBe(
      'E_ILLEGAL_TRANSITION',
    );
  });
});
