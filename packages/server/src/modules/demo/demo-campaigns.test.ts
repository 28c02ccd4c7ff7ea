import type { CampaignListSchema } from '@bianping/core/campaigns';
import type { CampaignDetail, CampaignTeams } from '@bianping/core/campaigns/api';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { regions } from '../../db/schema/index.ts';
import {
  clientAs,
  createTestApp,
  TEST_SECRET_KEY,
  TestClient,
  type TestContext,
} from '../../test/harness.ts';
import { loadDemo } from './demo.service.ts';
import { DEMO_CAMPAIGN_NAME, insertDemoCampaign } from './demo-campaigns.ts';
import { DEMO_COUNTY_CODE } from './demo-county.ts';

let ctx: TestContext;
let loaded: Awaited<ReturnType<typeof loadDemo>>;

beforeAll(async () => {
  ctx = await createTestApp();
  loaded = await loadDemo(ctx.database, { seed: 20261125, secretKey: TEST_SECRET_KEY });
});
afterAll(() => ctx.close());

describe('demo campaign', () => {
  it('is a draft over the county with targets, the reference sets and six replayable teams', async () => {
    const officer = (await clientAs(ctx, { role: 'officer' })).client;
    const list = (await officer.get('/api/v1/campaigns')).json<z.infer<typeof CampaignListSchema>>();
    const summary = list.items.find((c) => c.name === DEMO_CAMPAIGN_NAME);
    expect(summary?.status).toBe('draft');
    expect(summary?.targetCount).toBeGreaterThan(6);
    const id = summary?.id as string;
    const detail = (await officer.get(`/api/v1/campaigns/${id}`)).json<CampaignDetail>();
    expect(detail.campaign.setChoice.commonSetId).not.toBeNull();
    expect(detail.launchCheck?.blockers).toEqual([]);
    const teams = (await officer.get(`/api/v1/campaigns/${id}/teams`)).json<CampaignTeams>();
    expect(teams.teams).toHaveLength(6);
    expect(teams.replays).toBe(true);
    expect((await officer.get('/api/v1/experts?pageSize=100')).json().total).toBe(30);
  });

  it('lets the demo evaluator see the campaign through its team', async () => {
    const account = loaded.accounts.find((a) => a.username === 'demo-evaluator');
    const client = new TestClient(ctx.app);
    expect((await client.login('demo-evaluator', account?.password)).statusCode).toBe(200);
    const list = (await client.get('/api/v1/campaigns')).json();
    expect(list.items.map((c: { name: string }) => c.name)).toContain(DEMO_CAMPAIGN_NAME);
  });

  it('adds nothing when run again', async () => {
    const [county] = await ctx.database.db
      .select({ id: regions.id })
      .from(regions)
      .where(eq(regions.code, DEMO_COUNTY_CODE));
    const again = await insertDemoCampaign(ctx.database.db, county?.id as string, 20261125);
    expect(again).toEqual({ experts: 0, targets: 0, teams: 0 });
  });
});
