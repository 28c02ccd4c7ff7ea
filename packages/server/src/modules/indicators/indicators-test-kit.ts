import type { IndicatorSetDetail } from '@bianping/core/indicators/api';
import { expect } from 'vitest';
import type { TestClient } from '../../test/harness.ts';

/** Building sets through the API for the indicator tests. */

const base = '/api/v1/indicator-sets';
export const setUrl = (id: string, rest = '') => `${base}/${id}${rest}`;

type NodeSpec = { name: string; points: number; rule?: unknown; role?: string; children?: NodeSpec[] };

/** Creates a draft (common, 100 points unless said otherwise) and returns its detail. */
export async function createDraft(client: TestClient, body: Record<string, unknown> = {}) {
  const response = await client.post(base, { kind: 'common', name: '测试共性指标', ...body });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<IndicatorSetDetail>();
}

/** Adds nodes depth-first through the API; returns the detail after the last one. */
export async function addTree(
  client: TestClient,
  detail: IndicatorSetDetail,
  specs: NodeSpec[],
  parentId: string | null = null,
): Promise<IndicatorSetDetail> {
  let current = detail;
  for (const spec of specs) {
    const before = new Set(current.nodes.map((n) => n.id));
    const response = await client.post(setUrl(current.set.id, '/nodes'), {
      version: current.set.version,
      parentId,
      name: spec.name,
      maxPoints: spec.points,
      role: spec.role ?? 'scored',
      rule: spec.children ? null : (spec.rule ?? { kind: 'manual' }),
      sources: ['onsite'],
      checkpoints: [`${spec.name}的评估要点`],
    });
    expect(response.statusCode, response.body).toBe(201);
    current = response.json<IndicatorSetDetail>();
    const added = current.nodes.find((n) => !before.has(n.id));
    if (spec.children && added) current = await addTree(client, current, spec.children, added.id);
  }
  return current;
}

/** A valid two-level set of 100 points: 1 (60 = 30 + 30) and 2 (40 = 20 + 20). */
export const twoLevelTree: NodeSpec[] = [
  {
    name: '职能履行',
    points: 60,
    children: [
      { name: '履职到位', points: 30 },
      { name: '职责清晰', points: 30, rule: { kind: 'deductPerCase', pointsPerCase: 1 } },
    ],
  },
  {
    name: '机构编制管理',
    points: 40,
    children: [
      { name: '编制使用', points: 20 },
      { name: '领导职数', points: 20 },
    ],
  },
];

/** A published set built from `twoLevelTree`. */
export async function publishedSet(client: TestClient, body: Record<string, unknown> = {}) {
  const draft = await addTree(client, await createDraft(client, body), twoLevelTree);
  const response = await client.post(setUrl(draft.set.id, '/publish'), { version: draft.set.version });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<IndicatorSetDetail>();
}

export const nodeByName = (detail: IndicatorSetDetail, name: string) => {
  const node = detail.nodes.find((n) => n.name === name);
  if (!node) throw new Error(`no node ${name}`);
  return node;
};
