import type { CampaignTeams, Expert } from '@bianping/core/campaigns/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema/index.ts';
import { buildUser, clientAs, createTestApp, TestClient, type TestContext } from '../../test/harness.ts';
import { buildCounty, buildSets, campaignUrl, readyPlan } from './campaigns-test-kit.ts';

let ctx: TestContext;
let officer: TestClient;
let county: Awaited<ReturnType<typeof buildCounty>>;
let sets: Awaited<ReturnType<typeof buildSets>>;
const pool: Expert[] = [];

async function addExpert(body: Record<string, unknown>) {
  const response = await officer.post('/api/v1/experts', { specialty: '机构编制', ...body });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Expert>();
}

beforeAll(async () => {
  ctx = await createTestApp();
  officer = (await clientAs(ctx, { role: 'officer' })).client;
  county = await buildCounty(ctx);
  sets = await buildSets(officer);
  for (let i = 0; i < 8; i++) {
    pool.push(
      await addExpert({ name: `专家${i + 1}`, employerUnitId: i < 2 ? county.general[0]?.id : null }),
    );
  }
  const conflicted = pool[2] as Expert;
  const declared = await officer.put(`/api/v1/experts/${conflicted.id}/conflicts`, {
    version: conflicted.version,
    conflicts: [{ unitId: county.general[1]?.id, reason: '配偶在该单位任职' }],
  });
  expect(declared.statusCode, declared.body).toBe(200);
  pool[2] = declared.json<Expert>();
});
afterAll(() => ctx.close());

const draw = (id: string, body: Record<string, unknown>) =>
  officer.post(campaignUrl(id, '/teams/draw'), { teamCount: 2, membersPerTeam: 2, ...body });

describe('team draw', () => {
  it('excludes employees and conflicted experts, records the draw and replays it from its seed', async () => {
    const plan = await readyPlan(officer, county.region.id, sets);
    const id = plan.campaign.id;
    const response = await draw(id, { version: plan.campaign.version, seed: '2026示范县' });
    expect(response.statusCode, response.body).toBe(200);
    const teams = response.json<CampaignTeams>();
    expect(teams.replays).toBe(true);
    expect(teams.record?.seed).toBe('2026示范县');
    expect(teams.record?.exclusions).toEqual(
      expect.arrayContaining([
        { expertId: pool[0]?.id, unitId: county.general[0]?.id, reason: 'employer' },
        { expertId: pool[2]?.id, unitId: county.general[1]?.id, reason: 'conflict' },
      ]),
    );
    for (const team of teams.teams) {
      const people = [team.leader.id, ...team.members.map((m) => m.id)];
      const units = team.targets.map((t) => t.unitId);
      for (const e of teams.record?.exclusions ?? []) {
        expect(people.includes(e.expertId) && units.includes(e.unitId)).toBe(false);
      }
    }
    // Every target is dealt to a team, and the list shows it.
    const rows = (await officer.get(campaignUrl(id, '/targets'))).json();
    expect(rows.items.every((r: { teamNo: number | null }) => r.teamNo !== null)).toBe(true);

    // The same seed gives the same teams.
    const again = await draw(id, { version: teams.version, seed: '2026示范县' });
    expect(again.json<CampaignTeams>().record?.teams).toEqual(teams.record?.teams);

    // A conflict declared afterwards means the record no longer replays against today's pool.
    const expert = pool[5] as Expert;
    const fresh = (await officer.get(`/api/v1/experts/${expert.id}`)).json<Expert>();
    await officer.put(`/api/v1/experts/${expert.id}/conflicts`, {
      version: fresh.version,
      conflicts: county.general.map((u) => ({ unitId: u.id, reason: '曾在该单位任职' })),
    });
    expect((await officer.get(campaignUrl(id, '/teams'))).json<CampaignTeams>().replays).toBe(false);
    const audits = await ctx.database.db.select().from(auditLog);
    expect(audits.some((a) => a.entityId === id && a.action === 'campaign.teams.draw')).toBe(true);
  });

  it('refuses a pool too small, naming the counts', async () => {
    const plan = await readyPlan(officer, county.region.id, sets);
    const response = await draw(plan.campaign.id, {
      version: plan.campaign.version,
      teamCount: 2,
      membersPerTeam: 5,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().field).toBe('poolIds');
  });

  it('lets an evaluator on a team see the campaign, and nobody else', async () => {
    const plan = await readyPlan(officer, county.region.id, sets);
    const id = plan.campaign.id;
    const drawn = (await draw(id, { version: plan.campaign.version, seed: 7 })).json<CampaignTeams>();
    const leaderId = drawn.teams[0]?.leader.id as string;
    const onTeam = await buildUser(ctx.database, { role: 'evaluator' });
    const leader = (await officer.get(`/api/v1/experts/${leaderId}`)).json<Expert>();
    const linked = await officer.patch(`/api/v1/experts/${leaderId}`, {
      version: leader.version,
      userId: onTeam.id,
    });
    expect(linked.statusCode, linked.body).toBe(200);
    const client = new TestClient(ctx.app);
    await client.login(onTeam.username);
    expect((await client.get(campaignUrl(id))).statusCode).toBe(200);
    expect((await client.get(campaignUrl(id, '/teams'))).json<CampaignTeams>().teams).toHaveLength(2);
    const outsider = (await clientAs(ctx, { role: 'evaluator' })).client;
    expect((await outsider.get(campaignUrl(id))).statusCode).toBe(404);
    expect((await outsider.get('/api/v1/campaigns')).json().total).toBe(0);
  });
});

describe('expert pool', () => {
  it('lists, edits with the version and refuses a stale edit', async () => {
    const list = (await officer.get('/api/v1/experts?q=专家1')).json();
    expect(list.items[0]?.name).toBe('专家1');
    expect(list.items[0]?.employerUnitName).toBe(county.general[0]?.name);
    // Read it afresh: an earlier test may have linked this expert to an account.
    const expert = (await officer.get(`/api/v1/experts/${(pool[7] as Expert).id}`)).json<Expert>();
    const edited = await officer.patch(`/api/v1/experts/${expert.id}`, {
      version: expert.version,
      canLead: false,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json<Expert>().canLead).toBe(false);
    const stale = await officer.patch(`/api/v1/experts/${expert.id}`, {
      version: expert.version,
      active: false,
    });
    expect(stale.json().code).toBe('E_STALE_VERSION');
  });

  it('lets leaders read the pool and refuses other roles', async () => {
    const leader = (await clientAs(ctx, { role: 'leader' })).client;
    const unitUser = (await clientAs(ctx, { role: 'unit', scopeId: county.school.id })).client;
    const rater = (await clientAs(ctx, { role: 'rater', scopeId: county.school.id })).client;
    expect((await leader.get('/api/v1/experts')).statusCode).toBe(200);
    expect((await leader.post('/api/v1/experts', { name: '领导加的专家' })).statusCode).toBe(403);
    for (const client of [unitUser, rater]) {
      expect((await client.get('/api/v1/experts')).statusCode).toBe(403);
    }
    const id = pool[0]?.id as string;
    expect(
      (await leader.put(`/api/v1/experts/${id}/conflicts`, { version: 1, conflicts: [] })).statusCode,
    ).toBe(403);
    expect(
      (await leader.post(campaignUrl(id, '/teams/draw'), { version: 1, teamCount: 1, membersPerTeam: 0 }))
        .statusCode,
    ).toBe(403);
  });
});
