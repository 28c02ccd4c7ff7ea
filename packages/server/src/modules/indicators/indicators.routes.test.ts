import type { IndicatorSetDetail } from '@bianping/core/indicators/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientAs, createTestApp, type TestClient, type TestContext } from '../../test/harness.ts';
import {
  addTree,
  createDraft,
  nodeByName,
  publishedSet,
  setUrl,
  twoLevelTree,
} from './indicators-test-kit.ts';

let ctx: TestContext;
let officer: TestClient;
let admin: TestClient;

beforeAll(async () => {
  ctx = await createTestApp();
  officer = (await clientAs(ctx, { role: 'officer' })).client;
  admin = (await clientAs(ctx, { role: 'admin' })).client;
});
afterAll(() => ctx.close());

const codes = (detail: IndicatorSetDetail) => detail.nodes.map((n) => `${n.code} ${n.name}`);

describe('writing a set: create, add, move, validate, publish', () => {
  let detail: IndicatorSetDetail;

  it('creates a draft with a full mark of 100 and no problems but “empty”', async () => {
    detail = await createDraft(officer, { name: '2026 年度共性指标' });
    expect(detail.set).toMatchObject({
      status: 'draft',
      edition: 1,
      fullMark: 100,
      version: 1,
      regionId: null,
    });
    expect(detail.problems.map((p) => p.code)).toContain('empty');
  });

  it('adds nodes with generated codes, rule descriptions and live validation', async () => {
    detail = await addTree(officer, detail, twoLevelTree);
    expect(codes(detail)).toEqual([
      '1 职能履行',
      '1.1 履职到位',
      '1.2 职责清晰',
      '2 机构编制管理',
      '2.1 编制使用',
      '2.2 领导职数',
    ]);
    expect(nodeByName(detail, '职责清晰').ruleDescription?.zh).toContain('1');
    expect(detail.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('moves a node and its subtree, renumbering the codes', async () => {
    const moved = nodeByName(detail, '领导职数');
    const response = await officer.post(setUrl(detail.set.id, `/nodes/${moved.id}/move`), {
      version: detail.set.version,
      parentId: nodeByName(detail, '职能履行').id,
      position: 1,
    });
    expect(response.statusCode, response.body).toBe(200);
    detail = response.json();
    expect(codes(detail)).toEqual([
      '1 职能履行',
      '1.1 领导职数',
      '1.2 履职到位',
      '1.3 职责清晰',
      '2 机构编制管理',
      '2.1 编制使用',
    ]);
    // 职能履行 now has 80 below 60 points, 机构编制管理 20 below 40: both sums are reported.
    expect(detail.problems.filter((p) => p.code === 'sumMismatch').map((p) => p.nodeCode)).toEqual([
      '1',
      '2',
    ]);
  });

  it('refuses a move below the third level', async () => {
    const leaf = nodeByName(detail, '履职到位');
    const add = await officer.post(setUrl(detail.set.id, '/nodes'), {
      version: detail.set.version,
      parentId: leaf.id,
      name: '三级指标',
      maxPoints: 30,
      rule: { kind: 'manual' },
    });
    expect(add.statusCode, add.body).toBe(201);
    detail = add.json();
    const third = nodeByName(detail, '三级指标');
    expect(third).toMatchObject({ code: '1.2.1', level: 3 });
    const tooDeep = await officer.post(
      setUrl(detail.set.id, `/nodes/${nodeByName(detail, '编制使用').id}/move`),
      {
        version: detail.set.version,
        parentId: third.id,
        position: 1,
      },
    );
    expect(tooDeep.statusCode).toBe(400);
    expect(tooDeep.json().message.zh).toContain('最多 3 级');
    const removed = await officer.request(
      'DELETE',
      setUrl(detail.set.id, `/nodes/${third.id}?version=${detail.set.version}`),
    );
    expect(removed.statusCode, removed.body).toBe(200);
    detail = removed.json();
  });

  it('refuses to publish with the problems, and an edit from a stale version', async () => {
    const refused = await officer.post(setUrl(detail.set.id, '/publish'), { version: detail.set.version });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().code).toBe('E_VALIDATION');
    expect(refused.json().details.problems.map((p: { code: string }) => p.code)).toContain('sumMismatch');
    const stale = await officer.patch(setUrl(detail.set.id, `/nodes/${nodeByName(detail, '编制使用').id}`), {
      version: detail.set.version - 1,
      maxPoints: 40,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('E_STALE_VERSION');
  });

  it('keeps a leaf’s registry formula, refusing one that does not parse and one on a leaf without the registry', async () => {
    const url = setUrl(detail.set.id, `/nodes/${nodeByName(detail, '职责清晰').id}`);
    const broken = await officer.patch(url, {
      version: detail.set.version,
      registryFormula: 'leaderPostsOver +',
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().code).toBe('E_VALIDATION');
    expect(JSON.stringify(broken.json())).toContain('registryFormula');
    const saved = await officer.patch(url, {
      version: detail.set.version,
      registryFormula: 'leaderPostsOver',
    });
    expect(saved.statusCode, saved.body).toBe(200);
    detail = saved.json();
    expect(nodeByName(detail, '职责清晰').registryFormula).toBe('leaderPostsOver');
    // The leaf does not list the registry among its sources yet: a problem that blocks publishing.
    expect(detail.problems.map((p) => `${p.code} ${p.nodeCode}`)).toContain(
      `registryFormulaMisplaced ${nodeByName(detail, '职责清晰').code}`,
    );
    const fixed = await officer.patch(url, { version: detail.set.version, sources: ['registry', 'onsite'] });
    detail = fixed.json();
    expect(detail.problems.map((p) => p.code)).not.toContain('registryFormulaMisplaced');
  });

  it('publishes once the points add up', async () => {
    const fix = async (name: string, maxPoints: number) => {
      const response = await officer.patch(setUrl(detail.set.id, `/nodes/${nodeByName(detail, name).id}`), {
        version: detail.set.version,
        maxPoints,
      });
      expect(response.statusCode, response.body).toBe(200);
      detail = response.json();
    };
    await fix('领导职数', 10);
    await fix('履职到位', 25);
    await fix('职责清晰', 25);
    await fix('编制使用', 40);
    expect(detail.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const published = await officer.post(setUrl(detail.set.id, '/publish'), { version: detail.set.version });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json().set).toMatchObject({ status: 'published', publishedAt: expect.any(String) });
    detail = published.json();
  });

  it('audits every step under the set', async () => {
    const audit = await admin.get(
      `/api/v1/audit?entityType=indicatorSet&entityId=${detail.set.id}&pageSize=100`,
    );
    const actions = audit.json().items.map((e: { action: string }) => e.action);
    for (const action of [
      'indicatorSet.create',
      'indicatorSet.node.add',
      'indicatorSet.node.move',
      'indicatorSet.node.edit',
      'indicatorSet.node.delete',
      'indicatorSet.publish',
    ]) {
      expect(actions).toContain(action);
    }
  });
});

describe('a published set is immutable through every route', () => {
  it('refuses each mutation with E_ILLEGAL_TRANSITION and changes nothing', async () => {
    const set = await publishedSet(officer);
    const { id, version } = set.set;
    const node = set.nodes[1] as IndicatorSetDetail['nodes'][number];
    const { client: expert } = await clientAs(ctx, { role: 'expert' });
    const attempts = [
      officer.patch(setUrl(id), { version, name: '改名' }),
      officer.request('DELETE', setUrl(id, `?version=${version}`)),
      officer.post(setUrl(id, '/nodes'), { version, parentId: null, name: '新增', maxPoints: 1 }),
      officer.patch(setUrl(id, `/nodes/${node.id}`), { version, name: '改名' }),
      officer.request('DELETE', setUrl(id, `/nodes/${node.id}?version=${version}`)),
      officer.post(setUrl(id, `/nodes/${node.id}/move`), { version, parentId: null, position: 1 }),
      officer.post(setUrl(id, '/publish'), { version }),
      officer.put(setUrl(id, '/ahp'), {
        parentId: null,
        matrix: [
          [1, 2],
          [0.5, 1],
        ],
      }),
      expert.put(setUrl(id, '/ahp'), {
        parentId: null,
        matrix: [
          [1, 2],
          [0.5, 1],
        ],
      }),
      officer.post(setUrl(id, '/ahp/apply'), { version, parentId: null }),
      expert.post(setUrl(id, '/comments'), { text: '建议调整' }),
    ];
    for (const [i, response] of (await Promise.all(attempts)).entries()) {
      expect(response.statusCode, `attempt ${i}: ${response.body}`).toBe(409);
      expect(response.json().code).toBe('E_ILLEGAL_TRANSITION');
    }
    const after = (await officer.get(setUrl(id))).json<IndicatorSetDetail>();
    expect(after.set.version).toBe(version);
    expect(after.nodes).toEqual(set.nodes);
  });
});

describe('new versions and derived sets', () => {
  it('starts a draft edition from a published one, once', async () => {
    const first = await publishedSet(officer, { name: '版本测试指标' });
    const response = await officer.post(setUrl(first.set.id, '/new-version'), {});
    expect(response.statusCode, response.body).toBe(201);
    const second = response.json<IndicatorSetDetail>();
    expect(second.set).toMatchObject({ seriesId: first.set.seriesId, edition: 2, status: 'draft' });
    expect(second.nodes.map((n) => n.code)).toEqual(first.nodes.map((n) => n.code));
    expect(second.editions).toEqual([
      expect.objectContaining({ id: first.set.id, edition: 1, status: 'published' }),
    ]);
    const again = await officer.post(setUrl(first.set.id, '/new-version'), {});
    expect(again.statusCode).toBe(409);
    const list = await officer.get('/api/v1/indicator-sets?q=版本测试');
    expect(list.json().items.map((s: { edition: number }) => s.edition)).toEqual([2]);
    const all = await officer.get('/api/v1/indicator-sets?q=版本测试&latestOnly=false');
    expect(all.json().items.map((s: { edition: number }) => s.edition)).toEqual([2, 1]);
  });

  it('derives a refined set whose every node names its source', async () => {
    const city = await publishedSet(officer, { name: '市级共性指标' });
    const response = await officer.post(setUrl(city.set.id, '/derive'), {
      name: '县级共性指标',
      kind: 'category',
      category: 'science',
    });
    expect(response.statusCode, response.body).toBe(201);
    const county = response.json<IndicatorSetDetail>();
    expect(county.set).toMatchObject({
      edition: 1,
      kind: 'category',
      category: 'science',
      derivedFrom: { setId: city.set.id, name: '市级共性指标', edition: 1 },
    });
    expect(county.set.seriesId).not.toBe(city.set.seriesId);
    county.nodes.forEach((node, i) => {
      const source = city.nodes[i] as IndicatorSetDetail['nodes'][number];
      expect(node.lineage).toEqual({ sourceSetId: city.set.id, sourceNodeId: source.id });
      expect(node.source).toMatchObject({ setName: '市级共性指标', code: source.code, name: source.name });
    });
    // A new edition of the derived set keeps the lineage.
    const published = await officer.post(setUrl(county.set.id, '/publish'), { version: county.set.version });
    expect(published.statusCode, published.body).toBe(200);
    const next = (await officer.post(setUrl(county.set.id, '/new-version'), {})).json<IndicatorSetDetail>();
    expect(next.nodes.map((n) => n.lineage)).toEqual(county.nodes.map((n) => n.lineage));
    expect(next.set.derivedFrom?.setId).toBe(city.set.id);
  });

  it('refuses to derive from a draft and a kind without its category', async () => {
    const draft = await createDraft(officer);
    expect((await officer.post(setUrl(draft.set.id, '/derive'), { name: '派生草稿' })).statusCode).toBe(409);
    const city = await publishedSet(officer);
    const bad = await officer.post(setUrl(city.set.id, '/derive'), { name: '派生', kind: 'category' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().field).toBe('category');
  });

  it('deletes a draft, not a published set, and archives and restores an edition', async () => {
    const draft = await createDraft(officer);
    const gone = await officer.request('DELETE', setUrl(draft.set.id, `?version=${draft.set.version}`));
    expect(gone.statusCode).toBe(204);
    expect((await officer.get(setUrl(draft.set.id))).statusCode).toBe(404);
    const set = await publishedSet(officer);
    const archived = await officer.post(setUrl(set.set.id, '/archive'), { version: set.set.version });
    expect(archived.json().set.status).toBe('archived');
    const restored = await officer.post(setUrl(set.set.id, '/restore'), {
      version: archived.json().set.version,
    });
    expect(restored.json().set.status).toBe('published');
  });
});
