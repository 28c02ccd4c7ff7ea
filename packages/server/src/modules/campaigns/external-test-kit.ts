import type { CampaignDetail } from '@bianping/core/campaigns/api';
import type { ExternalOverview, ExternalSheetForm } from '@bianping/core/campaigns/external-api';
import type { IndicatorSetDetail } from '@bianping/core/indicators/api';
import { expect } from 'vitest';
import { clientAs, type TestClient, type TestContext } from '../../test/harness.ts';
import { createDraft, setUrl } from '../indicators/indicators-test-kit.ts';
import { buildCounty, campaignUrl, createCampaign, detailOf } from './campaigns-test-kit.ts';

/** A launched campaign with two targets, two rater departments and a client per role, for the external rating tests. */

type Spec = { name: string; points: number; sources: string[]; children?: Spec[] };

/** 1.2 职责清晰 and 2.1 编制使用 are open to external rating; 1.1 is not. */
const tree: Spec[] = [
  {
    name: '职能履行',
    points: 60,
    sources: ['self'],
    children: [
      { name: '履职到位', points: 30, sources: ['self', 'onsite'] },
      { name: '职责清晰', points: 30, sources: ['external'] },
    ],
  },
  {
    name: '机构编制管理',
    points: 40,
    sources: ['self'],
    children: [
      { name: '编制使用', points: 20, sources: ['self', 'external'] },
      { name: '领导职数', points: 20, sources: ['self'] },
    ],
  },
];

async function addNodes(
  client: TestClient,
  detail: IndicatorSetDetail,
  specs: Spec[],
  parentId: string | null,
) {
  let current = detail;
  for (const spec of specs) {
    const before = new Set(current.nodes.map((n) => n.id));
    const response = await client.post(setUrl(current.set.id, '/nodes'), {
      version: current.set.version,
      parentId,
      name: spec.name,
      maxPoints: spec.points,
      role: 'scored',
      rule: spec.children ? null : { kind: 'manual' },
      sources: spec.sources,
      checkpoints: [`${spec.name}的评估要点`],
    });
    expect(response.statusCode, response.body).toBe(201);
    current = response.json<IndicatorSetDetail>();
    const added = current.nodes.find((n) => !before.has(n.id));
    if (spec.children && added) current = await addNodes(client, current, spec.children, added.id);
  }
  return current;
}

/** Everything the external rating tests need, built through the API. */
export async function buildExternalWorld(ctx: TestContext) {
  const officer = (await clientAs(ctx, { role: 'officer' })).client;
  const county = await buildCounty(ctx);
  const draft = await addNodes(officer, await createDraft(officer, { name: '外部评价测试指标' }), tree, null);
  const published = await officer.post(setUrl(draft.set.id, '/publish'), { version: draft.set.version });
  expect(published.statusCode, published.body).toBe(200);
  const setId = draft.set.id;
  let detail = await createCampaign(officer, county.region.id);
  const id = detail.campaign.id;
  const step = async (method: 'put' | 'post', path: string, body: Record<string, unknown>) => {
    const response = await officer[method](campaignUrl(id, path), {
      version: detail.campaign.version,
      ...body,
    });
    expect(response.statusCode, response.body).toBe(200);
    detail = await detailOf(officer, id);
  };
  const [a, b, dept] = county.general as unknown as [{ id: string }, { id: string }, { id: string }];
  await step('put', '/phases', {
    phases: [
      { phase: 'self', start: '2026-03-01', end: '2026-03-31' },
      { phase: 'external', start: '2026-05-01', end: '2026-05-31' },
    ],
  });
  await step('put', '/sets', { setChoice: { commonSetId: setId, categorySetIds: {} } });
  await step('post', '/targets', { unitIds: [a.id, b.id] });
  const launched = await officer.post(campaignUrl(id, '/launch'), { version: detail.campaign.version });
  expect(launched.statusCode, launched.body).toBe(200);
  const campaign = launched.json<CampaignDetail>();
  const raterOf = async (unitId: string) => (await clientAs(ctx, { role: 'rater', scopeId: unitId })).client;
  return {
    id,
    county,
    campaign,
    frozenSetId: campaign.campaign.frozenSets[0]?.id as string,
    targetA: a.id,
    targetB: b.id,
    /** The two rater departments: a general unit and the education unit. */
    deptA: dept.id,
    deptB: county.school.id,
    officer,
    raterA: await raterOf(dept.id),
    raterB: await raterOf(county.school.id),
    unit: (await clientAs(ctx, { role: 'unit', scopeId: a.id })).client,
    leader: (await clientAs(ctx, { role: 'leader' })).client,
    admin: (await clientAs(ctx, { role: 'admin' })).client,
    evaluator: (await clientAs(ctx, { role: 'evaluator' })).client,
    expert: (await clientAs(ctx, { role: 'expert' })).client,
  };
}
export type ExternalWorld = Awaited<ReturnType<typeof buildExternalWorld>>;

export const externalUrl = (w: ExternalWorld, rest = '') => campaignUrl(w.id, `/external${rest}`);

export async function overviewOf(client: TestClient, w: ExternalWorld) {
  const response = await client.get(externalUrl(w));
  expect(response.statusCode, response.body).toBe(200);
  return response.json<ExternalOverview>();
}

export async function sheetOf(client: TestClient, w: ExternalWorld) {
  const response = await client.get(externalUrl(w, '/sheet'));
  expect(response.statusCode, response.body).toBe(200);
  return response.json<ExternalSheetForm>();
}

/** Grades every still ungraded rating of the sheet `good`. */
export async function gradeAll(client: TestClient, w: ExternalWorld) {
  const sheet = await sheetOf(client, w);
  for (const r of sheet.targets.flatMap((t) => t.ratings).filter((x) => x.level === null)) {
    const saved = await client.put(externalUrl(w, `/ratings/${r.assignment.id}`), {
      version: r.version,
      level: 'good',
      comment: '工作扎实',
    });
    expect(saved.statusCode, saved.body).toBe(200);
  }
  return sheetOf(client, w);
}
