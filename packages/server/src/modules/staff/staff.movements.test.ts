import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientAs, createTestApp, type TestClient, type TestContext } from '../../test/harness.ts';
import { buildRegion, buildUnit } from '../../test/registry-builders.ts';
import { todayInChina } from '../../time.ts';
import { approve, enter, leave, movementsOf, processExit, rosterOf } from './staff-test-kit.ts';

let ctx: TestContext;
let officer: TestClient;
/** 3 institutional posts, nobody yet. */
let unit: { id: string };

beforeAll(async () => {
  ctx = await createTestApp();
  const region = await buildRegion(ctx.database);
  unit = await buildUnit(ctx.database, region.id, { quota: 3, headcount: 0 });
  officer = (await clientAs(ctx, { role: 'officer' })).client;
});
afterAll(() => ctx.close());

const headcount = async () => (await officer.get(`/api/v1/units/${unit.id}`)).json().unit.headcountTotal;
const overviewHeadcount = async () =>
  (await officer.get('/api/v1/registry/overview'))
    .json()
    .byKind.reduce((sum: number, k: { headcount: number }) => sum + k.headcount, 0);

describe('用编核准 → 入编', () => {
  let approvalId: string;

  it('records an approval as open, with its 30-working-day deadline', async () => {
    const response = await approve(officer, unit.id, { personName: '李待入', note: '公开招聘' });
    expect(response.statusCode).toBe(200);
    expect(response.json().unit.version).toBe(2);
    const [approval] = (await movementsOf(officer, unit.id)).items;
    expect(approval).toMatchObject({
      kind: 'hireApproval',
      personName: '李待入',
      approvalNo: '测编核〔2025〕1号',
      note: '公开招聘',
      processedOn: null,
      deadline: '2025-04-14',
      status: 'overdue',
    });
    approvalId = approval.id;
  });

  it('enters a person on the approval: roster, headcount and the approval all follow', async () => {
    const response = await enter(officer, unit.id, { hireApprovalId: approvalId, name: '李待入' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      unit: { headcountTotal: 1 },
      headcountSource: 'staff',
      staffing: [{ staffingType: 'institutional', quota: 3, headcount: 1 }],
    });
    const roster = await rosterOf(officer, unit.id);
    expect(roster.total).toBe(1);
    expect(roster.items[0]).toMatchObject({ name: '李待入', sex: 'male', birthDate: '1990-01-01' });
    expect(roster.items[0].idNumberMasked).toMatch(/^990121\*{8}\d{3}[\dX]$/);
    const movements = (await movementsOf(officer, unit.id)).items;
    expect(movements.find((m: { id: string }) => m.id === approvalId)).toMatchObject({
      processedOn: '2025-04-01',
      staffMemberId: roster.items[0].id,
      status: 'done',
    });
    expect(movements.find((m: { kind: string }) => m.kind === 'entry')).toMatchObject({
      hadApproval: true,
      approvalNo: '测编核〔2025〕1号',
      docNo: '测编入〔2025〕1号',
    });
    expect(await overviewHeadcount()).toBe(1);
  });

  it('refuses to use an approval twice', async () => {
    const again = await enter(officer, unit.id, { hireApprovalId: approvalId });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'E_CONFLICT', field: 'hireApprovalId' });
  });

  it('records an entry without an approval, and refuses the one past the quota (W02 blocks)', async () => {
    expect((await enter(officer, unit.id)).statusCode).toBe(200);
    expect((await enter(officer, unit.id)).statusCode).toBe(200);
    expect(await headcount()).toBe(3);
    const over = await enter(officer, unit.id);
    expect(over.statusCode).toBe(400);
    expect(over.json()).toMatchObject({ code: 'E_VALIDATION', field: 'staffingType' });
    expect(over.json().message.zh).toContain('超编进人');
    const full = await approve(officer, unit.id);
    expect(full.json()).toMatchObject({ code: 'E_VALIDATION', field: 'staffingType' });
    expect(full.json().message.zh).toContain('无空编');
    expect(await headcount()).toBe(3);
  });
});

describe('离开 → 出编', () => {
  it('keeps a leaver on the roster until the 出编, then takes them off', async () => {
    const [person] = (await rosterOf(officer, unit.id)).items;
    const left = await leave(officer, unit.id, { staffMemberId: person.id, note: '到龄退休' });
    expect(left.statusCode).toBe(200);
    expect(await headcount()).toBe(3);
    const roster = await rosterOf(officer, unit.id);
    const waiting = roster.items.find((p: { id: string }) => p.id === person.id);
    expect(waiting.pendingExit).toMatchObject({ eventDate: '2025-06-02', reason: 'retirement' });
    const [open] = (await movementsOf(officer, unit.id, '&state=open&kind=exitEvent')).items;
    expect(open).toMatchObject({ staffMemberId: person.id, deadline: '2025-06-23', status: 'overdue' });

    const twice = await leave(officer, unit.id, { staffMemberId: person.id });
    expect(twice.json()).toMatchObject({ code: 'E_CONFLICT', field: 'staffMemberId' });

    const done = await processExit(officer, unit.id, open.id);
    expect(done.statusCode).toBe(200);
    expect(done.json().unit.headcountTotal).toBe(2);
    expect((await rosterOf(officer, unit.id)).items.map((p: { id: string }) => p.id)).not.toContain(
      person.id,
    );
    const movements = (await movementsOf(officer, unit.id)).items;
    const exit = movements.find((m: { id: string }) => m.id === open.id);
    expect(exit).toMatchObject({
      staffMemberId: null,
      personName: person.name,
      processedOn: '2025-06-10',
      docNo: '测编出〔2025〕1号',
      status: 'done',
      processedLate: false,
    });
    // Nothing points at the deleted person any more, not even the entry.
    expect(movements.every((m: { staffMemberId: string | null }) => m.staffMemberId !== person.id)).toBe(
      true,
    );
    expect(await overviewHeadcount()).toBe(2);

    const again = await processExit(officer, unit.id, open.id);
    expect(again.json().code).toBe('E_CONFLICT');
  });

  it('processes the 出编 at once when its date is given', async () => {
    const [person] = (await rosterOf(officer, unit.id)).items;
    const response = await leave(officer, unit.id, {
      staffMemberId: person.id,
      reason: 'transferOut',
      processedOn: '2025-06-03',
      docNo: '测编出〔2025〕2号',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().unit.headcountTotal).toBe(1);
    expect((await movementsOf(officer, unit.id, '&state=open')).total).toBe(0);
  });

  it('falls back to direct figures of 0 when the last person leaves', async () => {
    const [person] = (await rosterOf(officer, unit.id)).items;
    await leave(officer, unit.id, {
      staffMemberId: person.id,
      processedOn: '2025-06-04',
      docNo: '测编出〔2025〕3号',
    });
    const detail = (await officer.get(`/api/v1/units/${unit.id}`)).json();
    expect(detail).toMatchObject({ headcountSource: 'direct', unit: { headcountTotal: 0 } });
  });

  it('shows a leaving of today as pending with its deadline ahead', async () => {
    const today = todayInChina();
    expect((await enter(officer, unit.id, { entryDate: '2025-07-01' })).statusCode).toBe(200);
    const [person] = (await rosterOf(officer, unit.id)).items;
    await leave(officer, unit.id, { staffMemberId: person.id, eventDate: today });
    const [open] = (await movementsOf(officer, unit.id, '&state=open')).items;
    expect(open.status).toBe('pending');
    expect(open.deadline > today).toBe(true);
  });
});
