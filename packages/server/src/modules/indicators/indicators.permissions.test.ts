import type { IndicatorSetDetail } from '@bianping/core/indicators/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientAs, createTestApp, type TestClient, type TestContext } from '../../test/harness.ts';
import { buildRegion, buildUnit } from '../../test/registry-builders.ts';
import { addTree, createDraft, publishedSet, setUrl, twoLevelTree } from './indicators-test-kit.ts';

let ctx: TestContext;
let officer: TestClient;
let expert: TestClient;
let unitUser: TestClient;
let rater: TestClient;
let leader: TestClient;
let draft: IndicatorSetDetail;
let published: IndicatorSetDetail;

beforeAll(async () => {
  ctx = await createTestApp();
  const region = await buildRegion(ctx.database);
  const unit = await buildUnit(ctx.database, region.id);
  officer = (await clientAs(ctx, { role: 'officer' })).client;
  expert = (await clientAs(ctx, { role: 'expert' })).client;
  unitUser = (await clientAs(ctx, { role: 'unit', scopeId: unit.id })).client;
  rater = (await clientAs(ctx, { role: 'rater', scopeId: unit.id })).client;
  leader = (await clientAs(ctx, { role: 'leader' })).client;
  draft = await addTree(officer, await createDraft(officer, { name: '草稿指标' }), twoLevelTree);
  published = await publishedSet(officer, { name: '已发布指标' });
});
afterAll(() => ctx.close());

const node = () => draft.nodes[0] as IndicatorSetDetail['nodes'][number];

describe('experts', () => {
  it('read drafts, comment and see comments with author and node code', async () => {
    expect((await expert.get(setUrl(draft.set.id))).statusCode).toBe(200);
    const posted = await expert.post(setUrl(draft.set.id, '/comments'), {
      nodeId: node().id,
      text: '建议细化评估要点',
    });
    expect(posted.statusCode, posted.body).toBe(201);
    const list = (await officer.get(setUrl(draft.set.id, '/comments'))).json();
    expect(list.items).toEqual([
      expect.objectContaining({
        nodeCode: '1',
        nodeName: '职能履行',
        authorName: '测试expert',
        text: '建议细化评估要点',
      }),
    ]);
  });

  it('cannot create, edit nodes, publish, derive or import', async () => {
    const { id, version } = draft.set;
    const attempts = [
      expert.post('/api/v1/indicator-sets', { kind: 'common', name: '专家新建' }),
      expert.patch(setUrl(id), { version, name: '改名' }),
      expert.post(setUrl(id, '/nodes'), { version, parentId: null, name: '新增', maxPoints: 1 }),
      expert.patch(setUrl(id, `/nodes/${node().id}`), { version, name: '改名' }),
      expert.post(setUrl(id, `/nodes/${node().id}/move`), { version, parentId: null, position: 2 }),
      expert.post(setUrl(id, '/publish'), { version }),
      expert.post(setUrl(published.set.id, '/derive'), { name: '专家派生' }),
      expert.post(setUrl(published.set.id, '/new-version'), {}),
    ];
    for (const response of await Promise.all(attempts)) expect(response.statusCode).toBe(403);
  });
});

describe('unit, rater and leader users', () => {
  it('read published sets only: a draft is 404 everywhere, and the list leaves it out', async () => {
    for (const client of [unitUser, rater, leader]) {
      expect((await client.get(setUrl(published.set.id))).statusCode).toBe(200);
      expect((await client.get(setUrl(published.set.id, '/export?format=json'))).statusCode).toBe(200);
      expect((await client.get(setUrl(draft.set.id))).statusCode).toBe(404);
      expect((await client.get(setUrl(draft.set.id, '/export?format=json'))).statusCode).toBe(404);
      const names = (await client.get('/api/v1/indicator-sets'))
        .json()
        .items.map((s: { name: string }) => s.name);
      expect(names).toEqual(['已发布指标']);
    }
  });

  it('are refused every write, AHP judgement and comment with 403', async () => {
    const { id, version } = draft.set;
    for (const client of [unitUser, rater, leader]) {
      const attempts = [
        client.post('/api/v1/indicator-sets', { kind: 'common', name: '单位新建' }),
        client.patch(setUrl(id), { version, name: '改名' }),
        client.post(setUrl(id, '/nodes'), { version, parentId: null, name: '新增', maxPoints: 1 }),
        client.post(setUrl(id, '/publish'), { version }),
        client.put(setUrl(id, '/ahp'), {
          parentId: null,
          matrix: [
            [1, 2],
            [0.5, 1],
          ],
        }),
        client.get(setUrl(id, '/ahp')),
        client.post(setUrl(id, '/comments'), { text: '意见' }),
        client.get(setUrl(id, '/comments')),
      ];
      for (const response of await Promise.all(attempts)) expect(response.statusCode).toBe(403);
    }
  });
});

describe('officers of one region', () => {
  it('own what they create and may not change a library-wide set or another region’s', async () => {
    const home = await buildRegion(ctx.database);
    const away = await buildRegion(ctx.database);
    const { client: local } = await clientAs(ctx, { role: 'officer', scopeType: 'region', scopeId: home.id });
    const { client: other } = await clientAs(ctx, { role: 'officer', scopeType: 'region', scopeId: away.id });
    const own = await createDraft(local, { name: '本县指标' });
    expect(own.set.regionId).toBe(home.id);
    expect(
      (await other.patch(setUrl(own.set.id), { version: own.set.version, name: '改名' })).statusCode,
    ).toBe(403);
    expect(
      (await local.patch(setUrl(draft.set.id), { version: draft.set.version, name: '改名' })).statusCode,
    ).toBe(403);
    // Deriving the city's published set gives the county its own draft.
    const derived = await local.post(setUrl(published.set.id, '/derive'), { name: '本县细化指标' });
    expect(derived.statusCode, derived.body).toBe(201);
    expect(derived.json().set.regionId).toBe(home.id);
  });
});
