import type { CampaignDetail, CampaignPlan } from '@bianping/core/campaigns/api';
import type { IndicatorSetDetail } from '@bianping/core/indicators/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientAs, createTestApp, type TestClient, type TestContext } from '../../test/harness.ts';
import { createDraft, nodeByName, setUrl } from '../indicators/indicators-test-kit.ts';
import {
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

const launch = (id: string, version: number) => officer.post(campaignUrl(id, '/launch'), { version });

describe('launch', () => {
  it('refuses a plan without targets, naming why', async () => {
    const detail = await createCampaign(officer, county.region.id);
    expect(detail.launchCheck?.blockers.map((b) => b.en)).toEqual(
      expect.arrayContaining(['No target has been chosen']),
    );
    const response = await launch(detail.campaign.id, detail.campaign.version);
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('E_ILLEGAL_TRANSITION');
  });

  it('refuses a stale version', async () => {
    const detail = await readyPlan(officer, county.region.id, sets);
    const response = await launch(detail.campaign.id, detail.campaign.version - 1);
    expect(response.json().code).toBe('E_STALE_VERSION');
  });

  it('refuses an unpublished set', async () => {
    const detail = await readyPlan(officer, county.region.id, sets);
    const draftSet = await createDraft(officer, { name: '未发布指标' });
    const override = await officer.put(campaignUrl(detail.campaign.id, `/targets/${county.school.id}/sets`), {
      version: detail.campaign.version,
      setIds: [draftSet.set.id],
    });
    const checked = await detailOf(officer, detail.campaign.id);
    expect(checked.launchCheck?.problems.map((p) => p.code)).toContain('unknownSet');
    const response = await launch(detail.campaign.id, override.json().version);
    expect(response.statusCode).toBe(409);
  });

  it('freezes the sets: a new edition of the library set changes nothing in the campaign', async () => {
    const detail = await readyPlan(officer, county.region.id, sets);
    const id = detail.campaign.id;
    const response = await launch(id, detail.campaign.version);
    expect(response.statusCode, response.body).toBe(200);
    const launched = response.json<CampaignDetail>();
    expect(launched.campaign.status).toBe('launched');
    expect(launched.campaign.launchedAt).not.toBeNull();
    expect(launched.campaign.frozenSets.map((f) => f.source.setId).sort()).toEqual(
      [sets.common.set.id, sets.general.set.id].sort(),
    );
    const frozenIds = launched.campaign.frozenSets.map((f) => f.id);
    const targets = (await officer.get(campaignUrl(id, '/targets'))).json();
    for (const t of targets.items) expect(frozenIds).toEqual(expect.arrayContaining(t.setIds));
    const before = (await officer.get(campaignUrl(id, '/plan'))).json<CampaignPlan>();

    // A new edition of the common set, renamed and reworded, then published.
    const next = await officer.post(setUrl(sets.common.set.id, '/new-version'), {});
    expect(next.statusCode, next.body).toBe(201);
    let edition = next.json<IndicatorSetDetail>();
    const node = nodeByName(edition, '职能履行');
    const edited = await officer.patch(setUrl(edition.set.id, `/nodes/${node.id}`), {
      version: edition.set.version,
      name: '职能履行（新版）',
    });
    expect(edited.statusCode, edited.body).toBe(200);
    edition = edited.json<IndicatorSetDetail>();
    const published = await officer.post(setUrl(edition.set.id, '/publish'), {
      version: edition.set.version,
    });
    expect(published.statusCode, published.body).toBe(200);

    const after = (await officer.get(campaignUrl(id, '/plan'))).json<CampaignPlan>();
    expect(after.sets).toEqual(before.sets);
    expect(after.sets.flatMap((s) => s.indicators.map((i) => i.name))).toContain('职能履行');
    expect(after.sets.every((s) => s.frozen)).toBe(true);
  });

  it('after launch only phase dates move, other sections are refused', async () => {
    const detail = await readyPlan(officer, county.region.id, sets);
    const id = detail.campaign.id;
    const launched = (await launch(id, detail.campaign.version)).json<CampaignDetail>();
    const version = launched.campaign.version;
    const grading = await officer.put(campaignUrl(id, '/grading'), { version, grading: { fullMark: 100 } });
    expect(grading.statusCode).toBe(409);
    expect(grading.json().code).toBe('E_ILLEGAL_TRANSITION');
    const added = await officer.put(campaignUrl(id, '/phases'), {
      version,
      phases: [...launched.campaign.phases, { phase: 'external', start: '2026-05-01', end: '2026-05-10' }],
    });
    expect(added.statusCode).toBe(400);
    const moved = await officer.put(campaignUrl(id, '/phases'), {
      version,
      phases: launched.campaign.phases.map((p) => (p.phase === 'onsite' ? { ...p, end: '2026-05-15' } : p)),
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const current = moved.json<CampaignDetail>().campaign.version;
    const removed = await officer.request(
      'DELETE',
      `${campaignUrl(id, `/targets/${county.school.id}`)}?version=${current}`,
    );
    expect(removed.json().code).toBe('E_ILLEGAL_TRANSITION');
  });
});

describe('transitions', () => {
  it('follows the core state machine; an illegal step is E_ILLEGAL_TRANSITION', async () => {
    const detail = await readyPlan(officer, county.region.id, sets);
    const id = detail.campaign.id;
    const launched = (await launch(id, detail.campaign.version)).json<CampaignDetail>();
    expect(launched.nextStatuses).toEqual(['collecting']);
    const skip = await officer.post(campaignUrl(id, '/transition'), {
      version: launched.campaign.version,
      to: 'closed',
    });
    expect(skip.statusCode).toBe(409);
    expect(skip.json().code).toBe('E_ILLEGAL_TRANSITION');
    const collecting = await officer.post(campaignUrl(id, '/transition'), {
      version: launched.campaign.version,
      to: 'collecting',
    });
    expect(collecting.statusCode, collecting.body).toBe(200);
    expect(collecting.json<CampaignDetail>().campaign.status).toBe('collecting');
    const back = await officer.post(campaignUrl(id, '/transition'), {
      version: collecting.json<CampaignDetail>().campaign.version,
      to: 'draft',
    });
    expect(back.json().code).toBe('E_ILLEGAL_TRANSITION');
  });

  it('refuses evaluators and units on launch and transition', async () => {
    const evaluator = (await clientAs(ctx, { role: 'evaluator' })).client;
    const unitUser = (await clientAs(ctx, { role: 'unit', scopeId: county.school.id })).client;
    const detail = await createCampaign(officer, county.region.id);
    for (const client of [evaluator, unitUser]) {
      expect((await client.post(campaignUrl(detail.campaign.id, '/launch'), { version: 1 })).statusCode).toBe(
        403,
      );
      const moved = await client.post(campaignUrl(detail.campaign.id, '/transition'), {
        version: 1,
        to: 'launched',
      });
      expect(moved.statusCode).toBe(403);
    }
  });
});
