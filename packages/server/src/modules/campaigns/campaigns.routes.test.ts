import type { CampaignListSchema } from '@bianping/core/campaigns';
import type {
  CampaignDetail,
  CampaignPlan,
  CampaignTargetsPreviewSchema,
} from '@bianping/core/campaigns/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { auditLog } from '../../db/schema/index.ts';
import { clientAs, createTestApp, type TestClient, type TestContext } from '../../test/harness.ts';
import { buildRegion } from '../../test/registry-builders.ts';
import {
  base,
  buildCounty,
  buildSets,
  campaignUrl,
  createCampaign,
  detailOf,
  readyPlan,
} from './campaigns-test-kit.ts';

let ctx: TestContext;
let officer: TestClient;
let county: Awaited<ReturnType<typeof buildCounty>>;
let sets: Awaited<ReturnType<typeof buildSets>>;

beforeAll(async () => {
  ctx = await createTestApp();
  officer = (await clientAs(ctx, { role: 'officer' })).client;
  county = await buildCounty(ctx);
  sets = await buildSets(officer);
});
afterAll(() => ctx.close());

describe('drafts', () => {
  it('creates a draft with default sections, lists and reads it', async () => {
    const detail = await createCampaign(officer, county.region.id, { name: '列表测试项目', year: 2025 });
    expect(detail.campaign.status).toBe('draft');
    expect(detail.campaign.sourceWeights.global.onsite).toBe(0.5);
    expect(detail.campaign.grading.gradeBands.length).toBeGreaterThan(0);
    expect(detail.campaign.interviewOutlines).toHaveLength(4);
    expect(detail.launchCheck?.canLaunch).toBe(false);
    const list = (await officer.get(`${base}?year=2025`)).json<z.infer<typeof CampaignListSchema>>();
    expect(list.items.map((c) => c.name)).toContain('列表测试项目');
    expect((await officer.get(`${base}?year=2024`)).json<z.infer<typeof CampaignListSchema>>().total).toBe(0);
  });

  it('edits basics and sections with the version; a stale edit is refused', async () => {
    const detail = await createCampaign(officer, county.region.id);
    const id = detail.campaign.id;
    const renamed = await officer.patch(campaignUrl(id), {
      version: detail.campaign.version,
      name: '改名后的项目',
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    const stale = await officer.put(campaignUrl(id, '/grading'), {
      version: detail.campaign.version,
      grading: { fullMark: 100 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('E_STALE_VERSION');
    const next = renamed.json<CampaignDetail>().campaign.version;
    const weights = await officer.put(campaignUrl(id, '/weights'), {
      version: next,
      sourceWeights: { global: { self: 0.3, onsite: 0.7 }, overrides: [] },
      setMix: { commonShare: 0.6 },
    });
    expect(weights.statusCode, weights.body).toBe(200);
    expect(weights.json<CampaignDetail>().campaign.setMix.commonShare).toBe(0.6);
    const bad = await officer.put(campaignUrl(id, '/weights'), {
      version: next + 1,
      sourceWeights: { global: { self: 0.3, onsite: 0.3 }, overrides: [] },
      setMix: { commonShare: 0.6 },
    });
    expect(bad.statusCode).toBe(400);
    const rows = await ctx.database.db.select().from(auditLog);
    expect(rows.filter((r) => r.entityId === id).map((r) => r.action)).toEqual(
      expect.arrayContaining(['campaign.create', 'campaign.update', 'campaign.weights']),
    );
  });

  it('deletes a draft with its version', async () => {
    const detail = await createCampaign(officer, county.region.id);
    const id = detail.campaign.id;
    expect(
      (await officer.request('DELETE', `${campaignUrl(id)}?version=${detail.campaign.version}`)).statusCode,
    ).toBe(204);
    expect((await officer.get(campaignUrl(id))).statusCode).toBe(404);
  });
});

describe('targets', () => {
  it('previews active units with their automatic "1+X" sets and flags a missing X', async () => {
    const detail = await createCampaign(officer, county.region.id);
    const response = await officer.post(campaignUrl(detail.campaign.id, '/targets/preview'), {
      filters: {},
      setChoice: { commonSetId: sets.common.set.id, categorySetIds: { general: sets.general.set.id } },
    });
    expect(response.statusCode, response.body).toBe(200);
    const preview = response.json<z.infer<typeof CampaignTargetsPreviewSchema>>();
    expect(preview.total).toBe(4); // the merged unit is left out
    const school = preview.items.find((i) => i.unitId === county.school.id);
    expect(school?.setIds).toEqual([sets.common.set.id]);
    expect(school?.missingCategorySet).toBe(true);
    const general = preview.items.find((i) => i.unitId === county.general[0]?.id);
    expect(general?.setIds).toEqual([sets.common.set.id, sets.general.set.id]);
  });

  it('adds by filters and by hand, lists, overrides sets and removes', async () => {
    const detail = await readyPlan(officer, county.region.id, sets);
    const id = detail.campaign.id;
    expect(detail.campaign.targetCount).toBe(4);
    const list = (await officer.get(campaignUrl(id, '/targets?category=general'))).json();
    expect(list.total).toBe(3);
    const schoolId = county.school.id;
    const override = await officer.put(campaignUrl(id, `/targets/${schoolId}/sets`), {
      version: detail.campaign.version,
      setIds: [sets.common.set.id, sets.general.set.id],
    });
    expect(override.statusCode, override.body).toBe(200);
    const rows = (await officer.get(campaignUrl(id, '/targets?category=education'))).json();
    expect(rows.items[0]).toMatchObject({ origin: 'override', missingCategorySet: false });
    const removed = await officer.request(
      'DELETE',
      `${campaignUrl(id, `/targets/${schoolId}`)}?version=${override.json().version}`,
    );
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json().targetCount).toBe(3);
    const byHand = await officer.post(campaignUrl(id, '/targets'), {
      version: removed.json().version,
      unitIds: [schoolId],
    });
    expect(byHand.json()).toMatchObject({ added: 1, targetCount: 4 });
    const merged = await officer.post(campaignUrl(id, '/targets'), {
      version: byHand.json().version,
      unitIds: [county.merged.id],
    });
    expect(merged.statusCode).toBe(400);
  });

  it('refuses a set of the wrong kind as the "1"', async () => {
    const detail = await createCampaign(officer, county.region.id);
    const response = await officer.put(campaignUrl(detail.campaign.id, '/sets'), {
      version: detail.campaign.version,
      setChoice: { commonSetId: sets.general.set.id, categorySetIds: {} },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().field).toBe('setChoice.commonSetId');
  });
});

describe('printable plan', () => {
  it('groups targets by category and summarises the level-1 indicators of each set', async () => {
    const detail = await readyPlan(officer, county.region.id, sets);
    const plan = (await officer.get(campaignUrl(detail.campaign.id, '/plan'))).json<CampaignPlan>();
    expect(plan.campaign.regionName).toBe(county.region.name);
    expect(plan.targetGroups.map((g) => g.category)).toEqual(['general', 'education']);
    const common = plan.sets.find((s) => s.id === sets.common.set.id);
    expect(common?.indicators.map((i) => [i.code, i.name, i.maxPoints])).toEqual([
      ['1', '职能履行', 60],
      ['2', '机构编制管理', 40],
    ]);
  });
});

describe('permissions', () => {
  it('refuses raters everywhere and non-writers on writes', async () => {
    const detail = await readyPlan(officer, county.region.id, sets);
    const id = detail.campaign.id;
    const rater = (await clientAs(ctx, { role: 'rater', scopeId: county.school.id })).client;
    const leader = (await clientAs(ctx, { role: 'leader' })).client;
    for (const url of [base, campaignUrl(id), campaignUrl(id, '/targets'), campaignUrl(id, '/plan')]) {
      expect((await rater.get(url)).statusCode).toBe(403);
    }
    expect((await leader.get(campaignUrl(id))).statusCode).toBe(200);
    expect(
      (await leader.post(base, { name: '领导新建', year: 2026, type: 'annual', regionId: county.region.id }))
        .statusCode,
    ).toBe(403);
    expect((await leader.put(campaignUrl(id, '/grading'), { version: 1, grading: {} })).statusCode).toBe(403);
    expect((await leader.post(campaignUrl(id, '/launch'), { version: 1 })).statusCode).toBe(403);
  });

  it('keeps officers to their region: another county’s campaign is not found', async () => {
    const other = await buildRegion(ctx.database);
    const scoped = (await clientAs(ctx, { role: 'officer', scopeType: 'region', scopeId: other.id })).client;
    const detail = await createCampaign(officer, county.region.id);
    expect((await scoped.get(campaignUrl(detail.campaign.id))).statusCode).toBe(404);
    const refused = await scoped.post(base, {
      name: '越权项目',
      year: 2026,
      type: 'annual',
      regionId: county.region.id,
    });
    expect(refused.statusCode).toBe(403);
    expect((await createCampaign(scoped, other.id)).canEdit).toBe(true);
  });

  it('shows a unit user only campaigns targeting its unit, and only its own target row', async () => {
    const detail = await readyPlan(officer, county.region.id, sets);
    const id = detail.campaign.id;
    const unitUser = (await clientAs(ctx, { role: 'unit', scopeId: county.school.id })).client;
    const seen = await detailOf(unitUser, id);
    expect(seen.canEdit).toBe(false);
    expect(seen.launchCheck).toBeNull();
    const rows = (await unitUser.get(campaignUrl(id, '/targets'))).json();
    expect(rows.items.map((r: { unitId: string }) => r.unitId)).toEqual([county.school.id]);
    const outsider = (await clientAs(ctx, { role: 'unit', scopeId: county.merged.id })).client;
    expect((await outsider.get(campaignUrl(id))).statusCode).toBe(404);
    expect((await unitUser.put(campaignUrl(id, '/phases'), { version: 1, phases: [] })).statusCode).toBe(403);
  });
});
