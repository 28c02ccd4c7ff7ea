import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientAs, createTestApp, type TestClient, type TestContext } from '../../test/harness.ts';
import { buildRegion, buildUnit } from '../../test/registry-builders.ts';
import { approve, enter, leave, makeIdNumber, movementsOf, rosterOf, versionOf } from './staff-test-kit.ts';

let ctx: TestContext;
let officer: TestClient;
let unitA: { id: string };
let unitB: { id: string };

beforeAll(async () => {
  ctx = await createTestApp();
  const region = await buildRegion(ctx.database);
  unitA = await buildUnit(ctx.database, region.id, { quota: 10, headcount: 0 });
  unitB = await buildUnit(ctx.database, region.id, { quota: 10, headcount: 0 });
  officer = (await clientAs(ctx, { role: 'officer' })).client;
});
afterAll(() => ctx.close());

describe('who may read and record movements', () => {
  it('lets a unit user read its own roster and movements, not another unit, and record nothing', async () => {
    expect((await enter(officer, unitA.id)).statusCode).toBe(200);
    const { client } = await clientAs(ctx, { role: 'unit', scopeType: 'unit', scopeId: unitA.id });
    expect((await rosterOf(client, unitA.id)).total).toBe(1);
    expect((await client.get(`/api/v1/units/${unitA.id}/movements`)).statusCode).toBe(200);
    expect((await client.get(`/api/v1/units/${unitB.id}/staff`)).statusCode).toBe(404);
    expect((await client.get(`/api/v1/units/${unitB.id}/movements`)).statusCode).toBe(404);
    const write = await client.post(`/api/v1/units/${unitA.id}/movements/hire-approvals`, {
      version: 1,
      approvalNo: '测编核〔2025〕9号',
      issuedOn: '2025-03-03',
      staffingType: 'institutional',
    });
    expect(write.statusCode).toBe(403);
    expect(write.json().code).toBe('E_FORBIDDEN');
  });

  it('refuses a rater the roster and every record', async () => {
    const { client } = await clientAs(ctx, { role: 'rater', scopeType: 'unit', scopeId: unitA.id });
    expect((await client.get(`/api/v1/units/${unitA.id}/staff`)).statusCode).toBe(403);
    expect((await client.post(`/api/v1/units/${unitA.id}/movements/exits`, {})).statusCode).toBe(403);
  });

  it('keeps a region officer out of other regions (404)', async () => {
    const other = await buildRegion(ctx.database);
    const { client } = await clientAs(ctx, { role: 'officer', scopeType: 'region', scopeId: other.id });
    expect((await client.get(`/api/v1/units/${unitA.id}/staff`)).statusCode).toBe(404);
    const write = await client.post(`/api/v1/units/${unitA.id}/movements/hire-approvals`, {
      version: await versionOf(officer, unitA.id),
      approvalNo: '测编核〔2025〕9号',
      issuedOn: '2025-03-03',
      staffingType: 'institutional',
    });
    expect(write.statusCode).toBe(404);
  });
});

describe('validation', () => {
  it('refuses an invalid ID number with a field error', async () => {
    const valid = makeIdNumber();
    const wrongCheck = `${valid.slice(0, 17)}${valid.endsWith('0') ? '1' : '0'}`;
    const response = await enter(officer, unitA.id, { idNumber: wrongCheck });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'E_VALIDATION',
      field: 'idNumber',
      message: { zh: '身份证号校验位错误' },
    });
  });

  it('refuses a person already registered, naming the unit', async () => {
    const idNumber = makeIdNumber('19851231', false);
    expect((await enter(officer, unitA.id, { idNumber })).statusCode).toBe(200);
    const twice = await enter(officer, unitB.id, { idNumber });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ code: 'E_CONFLICT', field: 'idNumber' });
    expect(twice.json().message.zh).toContain('已登记在“测试单位');
  });

  it('refuses a birth date that contradicts the ID number', async () => {
    const response = await enter(officer, unitA.id, {
      idNumber: makeIdNumber('19800101'),
      birthDate: '1980-01-02',
    });
    expect(response.json()).toMatchObject({ code: 'E_VALIDATION', field: 'birthDate' });
  });

  it('refuses dates in the future and an 出编 before the leaving', async () => {
    const future = await enter(officer, unitA.id, { entryDate: '2099-01-04' });
    expect(future.json()).toMatchObject({ code: 'E_VALIDATION', field: 'entryDate' });
    const [person] = (await rosterOf(officer, unitA.id)).items;
    const early = await leave(officer, unitA.id, {
      staffMemberId: person.id,
      processedOn: '2025-06-01',
      docNo: '测编出〔2025〕5号',
    });
    expect(early.json()).toMatchObject({ code: 'E_VALIDATION', field: 'processedOn' });
    const later = await leave(officer, unitA.id, { staffMemberId: person.id, eventDate: '2099-01-05' });
    expect(later.json()).toMatchObject({ code: 'E_VALIDATION', field: 'eventDate' });
    const beforeEntry = await leave(officer, unitA.id, { staffMemberId: person.id, eventDate: '2020-01-06' });
    expect(beforeEntry.json()).toMatchObject({ code: 'E_VALIDATION', field: 'eventDate' });
  });

  it('refuses a stale version with the current one', async () => {
    const version = await versionOf(officer, unitA.id);
    expect((await approve(officer, unitA.id)).statusCode).toBe(200);
    const stale = await officer.post(`/api/v1/units/${unitA.id}/movements/entries`, {
      version,
      hireApprovalId: null,
      docNo: '测编入〔2025〕8号',
      entryDate: '2025-04-01',
      name: '赵过期',
      idNumber: makeIdNumber(),
      staffingType: 'institutional',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'E_STALE_VERSION', details: { current: version + 1 } });
  });

  it('refuses an entry into a unit whose headcount is still entered as figures', async () => {
    const region = await buildRegion(ctx.database);
    const direct = await buildUnit(ctx.database, region.id, { quota: 20, headcount: 18 });
    const response = await enter(officer, direct.id);
    expect(response.json()).toMatchObject({ code: 'E_CONFLICT' });
    expect(response.json().message.zh).toContain('尚未导入实名制人员名单');
  });
});

describe('audit', () => {
  it('records every movement with the masked ID number only', async () => {
    const idNumber = makeIdNumber('19770707');
    expect((await enter(officer, unitA.id, { idNumber, name: '孙审计' })).statusCode).toBe(200);
    const { client: admin } = await clientAs(ctx, { role: 'admin' });
    const audit = await admin.get(`/api/v1/audit?action=staff.&entityId=${unitA.id}`);
    const actions = audit.json().items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['staff.entry', 'staff.hireApproval']));
    const entry = audit
      .json()
      .items.find(
        (e: { action: string; after: { staff: { name: string } } }) =>
          e.action === 'staff.entry' && e.after.staff.name === '孙审计',
      );
    expect(entry.after.staff.idNumberMasked).toBe(`${idNumber.slice(0, 6)}********${idNumber.slice(-4)}`);
    expect(JSON.stringify(audit.json())).not.toContain(idNumber);
  });
});

describe('warnings see the recorded movements', () => {
  it('W02 无核准进人, W10 出编逾期 and W11 入编逾期', async () => {
    const region = await buildRegion(ctx.database);
    const unit = await buildUnit(ctx.database, region.id, { quota: 5, headcount: 0 });
    await enter(officer, unit.id, { name: '周无核' });
    await approve(officer, unit.id, { issuedOn: '2025-01-06' });
    const [person] = (await rosterOf(officer, unit.id)).items;
    await leave(officer, unit.id, { staffMemberId: person.id, eventDate: '2025-07-01' });
    const movements = (await movementsOf(officer, unit.id)).items as { id: string; kind: string }[];
    const idOf = (kind: string) => movements.find((m) => m.kind === kind)?.id;

    const started = await officer.post('/api/v1/warnings/scan');
    expect(started.statusCode).toBe(202);
    const warnings = (await officer.get(`/api/v1/warnings?unitId=${unit.id}&pageSize=50`)).json().items as {
      code: string;
      key: string;
    }[];
    const keys = warnings.map((w) => `${w.code} ${w.key}`);
    expect(keys).toContain(`W02 noApproval:${idOf('entry')}`);
    expect(keys).toContain(`W10 ${idOf('exitEvent')}`);
    expect(keys).toContain(`W11 ${idOf('hireApproval')}`);
  });
});
