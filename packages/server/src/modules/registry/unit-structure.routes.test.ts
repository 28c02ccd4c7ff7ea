import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientAs, createTestApp, type TestClient, type TestContext } from '../../test/harness.ts';
import { buildRegion, buildUnit } from '../../test/registry-builders.ts';

let ctx: TestContext;
let officer: TestClient;
let unit: { id: string };

beforeAll(async () => {
  ctx = await createTestApp();
  unit = await buildUnit(ctx.database, (await buildRegion(ctx.database)).id);
  officer = (await clientAs(ctx, { role: 'officer' })).client;
});
afterAll(() => ctx.close());

describe('internal bodies, mandate and history', () => {
  it('keeps bodies that drop out of the list as inactive, and flags bodies outside the 三定', async () => {
    const first = await officer.put(`/api/v1/units/${unit.id}/internal-bodies`, {
      version: 1,
      approved: 2,
      bodies: [
        { name: '办公室', inMandate: true },
        { name: '业务科', inMandate: true },
        { name: '临时专班', inMandate: false },
      ],
    });
    expect(first.statusCode).toBe(200);
    expect(first.json().unit.internalBodiesApproved).toBe(2);
    const bodies = first.json().internalBodies as {
      id: string;
      name: string;
      inMandate: boolean;
      active: boolean;
    }[];
    expect(bodies.map((b) => [b.name, b.inMandate, b.active])).toEqual([
      ['办公室', true, true],
      ['业务科', true, true],
      ['临时专班', false, true],
    ]);
    const second = await officer.put(`/api/v1/units/${unit.id}/internal-bodies`, {
      version: 2,
      approved: 2,
      bodies: bodies.slice(0, 2).map(({ id, name, inMandate }) => ({ id, name, inMandate })),
    });
    const after = second.json().internalBodies as { name: string; active: boolean }[];
    expect(after.find((b) => b.name === '临时专班')?.active).toBe(false);
  });

  it('numbers the 三定 duties in order and appends 沿革 events', async () => {
    const mandate = await officer.put(`/api/v1/units/${unit.id}/mandate`, {
      version: 3,
      duties: [
        { text: '负责全县编制管理工作' },
        { text: '承担机构改革日常工作', status: 'completed', docNo: '示编〔2024〕3号' },
      ],
    });
    expect(mandate.json().mandate.map((d: { seq: number; status: string }) => [d.seq, d.status])).toEqual([
      [1, 'active'],
      [2, 'completed'],
    ]);
    const history = await officer.post(`/api/v1/units/${unit.id}/history-events`, {
      version: 4,
      eventDate: '2025-03-01',
      type: 'quotaIncreased',
      docNo: '示编〔2025〕9号',
      description: '核增事业编制 2 名',
      quotaDelta: { institutional: 2 },
    });
    expect(history.json(), history.body).toHaveProperty('history');
    expect(history.json().history.at(-1)).toMatchObject({
      type: 'quotaIncreased',
      quotaDelta: { institutional: 2 },
    });
    const stale = await officer.post(`/api/v1/units/${unit.id}/history-events`, {
      version: 4,
      eventDate: '2025-04-01',
      type: 'renamed',
      docNo: '示编〔2025〕10号',
      description: '更名',
    });
    expect(stale.json().code).toBe('E_STALE_VERSION');
  });

  it('refuses a unit user', async () => {
    const { client } = await clientAs(ctx, { role: 'unit', scopeType: 'unit', scopeId: unit.id });
    const response = await client.put(`/api/v1/units/${unit.id}/mandate`, { version: 5, duties: [] });
    expect(response.statusCode).toBe(403);
  });
});
