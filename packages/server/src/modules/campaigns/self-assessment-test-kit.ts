import type { CampaignDetail, CampaignTeams } from '@bianping/core/campaigns/api';
import type { SelfAssessmentForm } from '@bianping/core/campaigns/self-assessment-api';
import type { IndicatorSetDetail } from '@bianping/core/indicators/api';
import { expect } from 'vitest';
import { clientAs, type TestClient, type TestContext } from '../../test/harness.ts';
import { createDraft, setUrl } from '../indicators/indicators-test-kit.ts';
import { buildCounty, campaignUrl, createCampaign, detailOf } from './campaigns-test-kit.ts';

/** A launched campaign with self-scored indicators, drawn teams and a client per role, for the self-assessment tests. */

type Spec = { name: string; points: number; rule?: unknown; sources?: string[]; children?: Spec[] };

const grade = {
  kind: 'grade',
  levels: [
    { label: { zh: '好', en: 'Good' }, fraction: 1 },
    { label: { zh: '较好', en: 'Fair' }, fraction: 0.8 },
    { label: { zh: '一般', en: 'Poor' }, fraction: 0.6 },
  ],
};

/** 1.1 points, 1.2 cases and 2.1 grade are self-scored; 2.2 is scored on site only. */
const selfTree: Spec[] = [
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
      { name: '编制使用', points: 20, rule: grade },
      { name: '领导职数', points: 20, sources: ['onsite'] },
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
      rule: spec.children ? null : (spec.rule ?? { kind: 'manual' }),
      sources: spec.sources ?? ['self', 'onsite'],
      checkpoints: [`${spec.name}的评估要点`],
    });
    expect(response.statusCode, response.body).toBe(201);
    current = response.json<IndicatorSetDetail>();
    const added = current.nodes.find((n) => !before.has(n.id));
    if (spec.children && added) current = await addNodes(client, current, spec.children, added.id);
  }
  return current;
}

async function publishedSelfSet(officer: TestClient) {
  const draft = await addNodes(officer, await createDraft(officer, { name: '自评测试指标' }), selfTree, null);
  const response = await officer.post(setUrl(draft.set.id, '/publish'), { version: draft.set.version });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<IndicatorSetDetail>();
}

/** Everything the self-assessment tests need, built through the API. */
export async function buildSelfWorld(ctx: TestContext) {
  const officer = (await clientAs(ctx, { role: 'officer' })).client;
  const county = await buildCounty(ctx);
  const set = await publishedSelfSet(officer);
  let detail = await createCampaign(officer, county.region.id);
  const id = detail.campaign.id;
  const step = async (method: 'put' | 'post', path: string, body: Record<string, unknown>) => {
    const response = await officer[method](campaignUrl(id, path), {
      version: detail.campaign.version,
      ...body,
    });
    expect(response.statusCode, response.body).toBe(200);
    detail = await detailOf(officer, id);
    return response;
  };
  const [own, other] = county.general as unknown as [{ id: string }, { id: string }];
  await step('put', '/phases', { phases: [{ phase: 'self', start: '2026-03-01', end: '2026-03-31' }] });
  await step('put', '/sets', { setChoice: { commonSetId: set.set.id, categorySetIds: {} } });
  await step('post', '/targets', { unitIds: [own.id, other.id] });

  // Four experts, each with an evaluator account; two teams of a leader and one member.
  const experts: { expertId: string; client: TestClient }[] = [];
  for (let i = 0; i < 4; i++) {
    const { client, user } = await clientAs(ctx, { role: 'evaluator' });
    const created = await officer.post('/api/v1/experts', { name: `评估专家${i + 1}`, userId: user.id });
    expect(created.statusCode, created.body).toBe(201);
    experts.push({ expertId: created.json().id, client });
  }
  const drawn = await step('post', '/teams/draw', {
    seed: 7,
    teamCount: 2,
    membersPerTeam: 1,
    poolIds: experts.map((e) => e.expertId),
  });
  const teams = drawn.json<CampaignTeams>().teams;
  const teamOf = (unitId: string) => teams.find((t) => t.targets.some((x) => x.unitId === unitId));
  const clientOfExpert = (expertId: string | undefined) =>
    experts.find((e) => e.expertId === expertId)?.client as TestClient;
  const launched = await officer.post(campaignUrl(id, '/launch'), { version: detail.campaign.version });
  expect(launched.statusCode, launched.body).toBe(200);

  const unitOf = async (unitId: string) => (await clientAs(ctx, { role: 'unit', scopeId: unitId })).client;
  return {
    id,
    county,
    own: own.id,
    other: other.id,
    campaign: launched.json<CampaignDetail>(),
    officer,
    unit: await unitOf(own.id),
    otherUnit: await unitOf(other.id),
    leader: (await clientAs(ctx, { role: 'leader' })).client,
    rater: (await clientAs(ctx, { role: 'rater', scopeId: own.id })).client,
    teamEvaluator: clientOfExpert(teamOf(own.id)?.leader.id),
    /** The member (not the leader) of the own target's team. */
    teamMember: clientOfExpert(teamOf(own.id)?.members[0]?.id),
    otherTeamEvaluator: clientOfExpert(teamOf(other.id)?.leader.id),
  };
}
export type SelfWorld = Awaited<ReturnType<typeof buildSelfWorld>>;

export const selfUrl = (w: SelfWorld, unitId = w.own, rest = '') =>
  campaignUrl(w.id, `/targets/${unitId}/self-assessment${rest}`);

export async function formOf(client: TestClient, url: string) {
  const response = await client.get(url);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<SelfAssessmentForm>();
}

/** The self-scored leaf of the form with that name. */
export function leafOf(form: SelfAssessmentForm, name: string) {
  const node = form.sets.flatMap((s) => s.nodes).find((n) => n.name === name);
  if (!node) throw new Error(`no leaf ${name}`);
  return node;
}

/** Sends a raw upload (the TestClient sends JSON only). */
export function upload(
  ctx: TestContext,
  client: TestClient,
  url: string,
  body: Buffer,
  contentType = 'application/octet-stream',
) {
  return ctx.app.inject({
    method: 'POST',
    url,
    headers: {
      cookie: client.cookieHeader,
      'x-csrf-token': client.csrfToken ?? '',
      'content-type': contentType,
    },
    payload: body,
  });
}

/** Minimal files whose first bytes make them what they claim. */
export const sampleFiles = {
  pdf: Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n%%EOF\n', 'latin1'),
  docx: Buffer.concat([
    Buffer.from([0x50, 0x4b, 0x03, 0x04]),
    Buffer.from(`${'\0'.repeat(26)}word/document.xml`),
  ]),
  xlsx: Buffer.concat([
    Buffer.from([0x50, 0x4b, 0x03, 0x04]),
    Buffer.from(`${'\0'.repeat(26)}xl/workbook.xml`),
  ]),
  jpg: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]),
  png: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
  exe: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]),
};

/** A valid 3-year plan. */
export const samplePlan = {
  startYear: 2026,
  years: 3,
  rows: [{ year: 2026, staffingType: 'administrative', plannedHires: 2, plannedDepartures: 1 }],
  reasoning: '三年内退休人员较多，需补充年轻干部以承担新增职能',
};
