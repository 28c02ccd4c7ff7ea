import type { CampaignDetail } from '@bianping/core/campaigns/api';
import { expect } from 'vitest';
import type { TestClient, TestContext } from '../../test/harness.ts';
import { buildRegion, buildUnit } from '../../test/registry-builders.ts';
import { publishedSet } from '../indicators/indicators-test-kit.ts';

/** Building campaigns through the API for the campaign tests. */

export const base = '/api/v1/campaigns';
export const campaignUrl = (id: string, rest = '') => `${base}/${id}${rest}`;

/** A draft campaign of the region; returns its detail. */
export async function createCampaign(
  client: TestClient,
  regionId: string,
  body: Record<string, unknown> = {},
) {
  const response = await client.post(base, {
    name: '2026年度机构编制评估（测试）',
    year: 2026,
    type: 'annual',
    regionId,
    ...body,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<CampaignDetail>();
}

export async function detailOf(client: TestClient, id: string) {
  const response = await client.get(campaignUrl(id));
  expect(response.statusCode, response.body).toBe(200);
  return response.json<CampaignDetail>();
}

/** A county with three general units and one education unit, plus a merged one. */
export async function buildCounty(ctx: TestContext) {
  const region = await buildRegion(ctx.database);
  const general = [];
  for (let i = 0; i < 3; i++)
    general.push(await buildUnit(ctx.database, region.id, { name: `综合单位${i + 1}` }));
  const school = await buildUnit(ctx.database, region.id, { name: '教育单位', category: 'education' });
  const merged = await buildUnit(ctx.database, region.id, { name: '已撤并单位', status: 'merged' });
  return { region, general, school, merged };
}

/** A published common set and a published X set for `general`. */
export async function buildSets(officer: TestClient) {
  const common = await publishedSet(officer, { name: '共性指标' });
  const general = await publishedSet(officer, {
    name: '综合类个性指标',
    kind: 'category',
    category: 'general',
  });
  return { common, general };
}

/** A plan ready to launch: phases, set choice and every active unit of the county as targets. */
export async function readyPlan(
  officer: TestClient,
  regionId: string,
  sets: Awaited<ReturnType<typeof buildSets>>,
) {
  let detail = await createCampaign(officer, regionId);
  const id = detail.campaign.id;
  const put = async (path: string, body: Record<string, unknown>) => {
    const response = await officer.put(campaignUrl(id, path), { version: detail.campaign.version, ...body });
    expect(response.statusCode, response.body).toBe(200);
    detail = response.json<CampaignDetail>();
  };
  await put('/phases', {
    phases: [
      { phase: 'self', start: '2026-03-01', end: '2026-03-31' },
      { phase: 'onsite', start: '2026-04-01', end: '2026-04-30' },
    ],
  });
  await put('/sets', {
    setChoice: { commonSetId: sets.common.set.id, categorySetIds: { general: sets.general.set.id } },
  });
  const added = await officer.post(campaignUrl(id, '/targets'), {
    version: detail.campaign.version,
    filters: {},
  });
  expect(added.statusCode, added.body).toBe(200);
  return detailOf(officer, id);
}
