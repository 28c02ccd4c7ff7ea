import { analyzeAhp, combineMatrices } from '@bianping/core/indicators/ahp';
import type { AhpView, IndicatorSetDetail } from '@bianping/core/indicators/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientAs, createTestApp, type TestClient, type TestContext } from '../../test/harness.ts';
import { addTree, createDraft, setUrl } from './indicators-test-kit.ts';

let ctx: TestContext;
let officer: TestClient;
let expertA: TestClient;
let expertB: TestClient;
let draft: IndicatorSetDetail;

// Three top-level indicators, weighed against each other.
const tree = [
  { name: '职能履行', points: 40 },
  { name: '机构设置', points: 30 },
  { name: '编制使用', points: 30 },
  { name: '加分项', points: 5, role: 'bonus', rule: { kind: 'bonusPerCase', pointsPerCase: 0.5 } },
];
const upper = (a: number, b: number, c: number) => [
  [1, a, b],
  [null, 1, c],
  [null, null, 1],
];
const full = (a: number, b: number, c: number) => [
  [1, a, b],
  [1 / a, 1, c],
  [1 / b, 1 / c, 1],
];

beforeAll(async () => {
  ctx = await createTestApp();
  officer = (await clientAs(ctx, { role: 'officer' })).client;
  expertA = (await clientAs(ctx, { role: 'expert' })).client;
  expertB = (await clientAs(ctx, { role: 'expert' })).client;
  draft = await addTree(officer, await createDraft(officer, { bonusCap: 5 }), tree);
});
afterAll(() => ctx.close());

const ahpUrl = (query = '') => setUrl(draft.set.id, `/ahp${query}`);

describe('AHP weighting of the top level', () => {
  it('weighs only the scored children and shares the full mark', async () => {
    const view = (await officer.get(ahpUrl())).json<AhpView>();
    expect(view.children.map((c) => c.name)).toEqual(['职能履行', '机构设置', '编制使用']);
    expect(view).toMatchObject({ parentId: null, totalPoints: 100, judgements: [], combined: null });
  });

  it('saves each expert’s own matrix (upper triangle or full) and shows experts only their own', async () => {
    const a = await expertA.put(ahpUrl(), { parentId: null, matrix: upper(3, 5, 3) });
    expect(a.statusCode, a.body).toBe(200);
    const own = a.json<AhpView>();
    expect(own.judgements).toHaveLength(1);
    expect(own.judgements[0]?.matrix).toEqual(full(3, 5, 3));
    expect(own.judgements[0]?.analysis?.consistent).toBe(true);
    const b = await expertB.put(ahpUrl(), { parentId: null, matrix: full(2, 4, 2), riTable: 'saaty2005' });
    expect(b.statusCode, b.body).toBe(200);
    expect(b.json<AhpView>().judgements.map((j) => j.isOwn)).toEqual([true]);
  });

  it('combines every expert’s matrix by geometric mean for the officer', async () => {
    const view = (await officer.get(ahpUrl())).json<AhpView>();
    expect(view.judgements).toHaveLength(2);
    const combined = combineMatrices([full(3, 5, 3), full(2, 4, 2)]);
    expect(combined[0]?.[1]).toBeCloseTo(Math.sqrt(6), 12);
    const expected = analyzeAhp({ matrix: combined });
    expect(view.combined?.weights).toEqual(expected.weights.map((w) => expect.closeTo(w, 12)));
    expect(view.combined).toMatchObject({ consistent: true, riTable: 'saaty1980', applied: false });
    expect(view.combined?.points?.reduce((s, p) => s + p, 0)).toBe(100);
  });

  it('blocks applying while one matrix makes the combination inconsistent, naming the comparisons', async () => {
    const { client: expertC } = await clientAs(ctx, { role: 'expert' });
    // 1 ≫ 2 ≫ 3 but 3 ≫ 1: a circular judgement.
    await expertC.put(ahpUrl(), { parentId: null, matrix: upper(9, 1 / 9, 9) });
    await expertC.put(ahpUrl(), { parentId: null, matrix: upper(9, 1 / 9, 9) });
    const view = (await officer.get(ahpUrl())).json<AhpView>();
    expect(view.judgements).toHaveLength(3);
    expect(view.combined?.cr).toBeGreaterThan(0.1);
    expect(view.combined?.points).toBeNull();
    expect(view.combined?.inconsistencies.length).toBeGreaterThan(0);
    const refused = await officer.post(setUrl(draft.set.id, '/ahp/apply'), {
      version: draft.set.version,
      parentId: null,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({
      code: 'E_VALIDATION',
      details: { cr: expect.any(Number), inconsistencies: expect.any(Array) },
    });
    expect(refused.json().message.zh).toContain('CR');
    // The expert revises the matrix: the combination is consistent again.
    await expertC.put(ahpUrl(), { parentId: null, matrix: upper(2, 3, 2) });
  });

  it('applies the combined weights as points in steps of 0.5 summing exactly to the full mark', async () => {
    const detail = (await officer.get(setUrl(draft.set.id))).json<IndicatorSetDetail>();
    const response = await officer.post(setUrl(draft.set.id, '/ahp/apply'), {
      version: detail.set.version,
      parentId: null,
    });
    expect(response.statusCode, response.body).toBe(200);
    const { outcome, detail: after } = response.json();
    expect(outcome).toMatchObject({ applied: true, consistent: true });
    const top = after.nodes.filter(
      (n: { level: number; role: string }) => n.level === 1 && n.role === 'scored',
    );
    const points = top.map((n: { maxPoints: number }) => n.maxPoints);
    expect(points).toEqual(outcome.points);
    expect(points.reduce((s: number, p: number) => s + p, 0)).toBe(100);
    for (const p of points) expect(p * 2).toBe(Math.round(p * 2));
    expect(after.set.weighting).toMatchObject({ points, cr: outcome.cr, matrices: expect.any(Array) });
    expect(after.set.weighting.matrices).toHaveLength(3);
    expect(after.nodes.find((n: { role: string }) => n.role === 'bonus').maxPoints).toBe(5);
  });

  it('refuses a matrix of the wrong shape, a non-reciprocal one and an expert applying', async () => {
    const shape = await expertA.put(ahpUrl(), {
      parentId: null,
      matrix: [
        [1, 2, 3],
        [null, 1],
        [null, null, 1],
      ],
    });
    expect(shape.statusCode).toBe(400);
    expect(shape.json().field).toBe('matrix[1]');
    const reciprocal = await expertA.put(ahpUrl(), {
      parentId: null,
      matrix: [
        [1, 2, 3],
        [2, 1, 1],
        [1 / 3, 1, 1],
      ],
    });
    expect(reciprocal.statusCode).toBe(400);
    expect(reciprocal.json().details).toEqual({ analyzeCode: 'E_VALUE' });
    const scale = await expertA.put(ahpUrl(), { parentId: null, matrix: upper(12, 1, 1) });
    expect(scale.statusCode).toBe(400);
    const detail = (await officer.get(setUrl(draft.set.id))).json<IndicatorSetDetail>();
    const apply = await expertA.post(setUrl(draft.set.id, '/ahp/apply'), {
      version: detail.set.version,
      parentId: null,
    });
    expect(apply.statusCode).toBe(403);
  });

  it('drops a judgement from the combination once the children change', async () => {
    let detail = (await officer.get(setUrl(draft.set.id))).json<IndicatorSetDetail>();
    detail = await addTree(officer, detail, [{ name: '管理规范', points: 10 }]);
    const view = (await officer.get(ahpUrl())).json<AhpView>();
    expect(view.children).toHaveLength(4);
    expect(view.judgements.every((j) => j.stale && j.analysis === null)).toBe(true);
    expect(view.combined).toBeNull();
  });
});
