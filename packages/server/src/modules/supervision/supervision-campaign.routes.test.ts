import type { CampaignSlips } from '@bianping/core/campaigns/supervision-api';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaigns, campaignTargets } from '../../db/schema/index.ts';
import { clientAs, createTestApp, type TestClient, type TestContext } from '../../test/harness.ts';
import { campaignUrl } from '../campaigns/campaigns-test-kit.ts';
import {
  buildSelfWorld,
  formOf,
  leafOf,
  type SelfWorld,
  selfUrl,
} from '../campaigns/self-assessment-test-kit.ts';
import { slipBody, slipIn } from './supervision-test-kit.ts';

let ctx: TestContext;
let w: SelfWorld;
let evaluator: TestClient;
let evaluatorId: string;
/** Code of the deduction leaf 职责清晰 (deductPerCase) and of the manual leaf 履职到位. */
let deductCode: string;
let manualCode: string;

const slipsUrl = (unitId = w.own) => campaignUrl(w.id, `/targets/${unitId}/slips`);

beforeAll(async () => {
  ctx = await createTestApp();
  w = await buildSelfWorld(ctx);
  const inspector = await clientAs(ctx, { role: 'evaluator' });
  evaluator = inspector.client;
  evaluatorId = inspector.user.id;
  const form = await formOf(w.unit, selfUrl(w));
  deductCode = leafOf(form, '职责清晰').code;
  manualCode = leafOf(form, '履职到位').code;

  // This campaign was launched on 2026-06-01; the unit's previous one on 2025-06-01.
  const db = ctx.database.db;
  await db
    .update(campaigns)
    .set({ launchedAt: new Date('2026-06-01T02:00:00Z') })
    .where(eq(campaigns.id, w.id));
  const [previous] = await db
    .insert(campaigns)
    .values({
      name: '2025年度评估',
      year: 2025,
      type: 'annual',
      regionId: w.county.region.id,
      status: 'closed',
      plan: {},
      launchedAt: new Date('2025-06-01T02:00:00Z'),
    })
    .returning();
  await db.insert(campaignTargets).values({ campaignId: (previous as { id: string }).id, unitId: w.own });

  const parties = { creator: evaluator, unit: w.unit, officer: w.officer };
  const at = (inspectedOn: string, cases = 1, indicatorCode: string | null = deductCode) =>
    slipBody(w.own, [evaluatorId], { inspectedOn, cases, indicatorCode });
  await slipIn(parties, at('2025-03-01', 5), 'confirmed'); // before the previous campaign
  await slipIn(parties, at('2025-09-01', 2), 'confirmed');
  await slipIn(parties, at('2026-01-10', 1), 'upheld');
  await slipIn(parties, at('2026-01-20', 1, manualCode), 'confirmed'); // not a deduction: evidence only
  await slipIn(parties, at('2026-02-01', 4), 'withdrawn');
  await slipIn(parties, at('2026-03-01', 4), 'disputed');
  await slipIn(parties, at('2026-04-01', 4), 'sent');
  await slipIn(parties, at('2026-07-01', 3), 'confirmed'); // after this campaign's launch
});
afterAll(() => ctx.close());

describe('slips a campaign takes for a target', () => {
  it('counts confirmed and upheld slips in the window since the previous campaign', async () => {
    const response = await w.officer.get(slipsUrl());
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json<CampaignSlips>();
    expect(body.window).toEqual({ since: '2025-06-01', until: '2026-06-01' });
    expect(body.slips.map((s) => [s.inspectedOn, s.status, s.decision])).toEqual([
      ['2025-09-01', 'confirmed', null],
      ['2026-01-10', 'settled', 'upheld'],
      ['2026-01-20', 'confirmed', null],
    ]);
    expect(body.occurrences).toEqual([
      {
        nodeId: expect.any(String),
        code: deductCode,
        cases: 3,
        slipIds: [body.slips[0]?.id, body.slips[1]?.id],
      },
    ]);
  });

  it('is read by those who read the target’s on-site review only', async () => {
    for (const client of [w.officer, w.leader, w.teamEvaluator]) {
      expect((await client.get(slipsUrl())).statusCode).toBe(200);
    }
    // The unit sees its on-site review only once the campaign reports; another team never.
    for (const client of [w.unit, w.otherTeamEvaluator, evaluator]) {
      expect((await client.get(slipsUrl())).statusCode).toBe(404);
    }
    expect((await w.rater.get(slipsUrl())).statusCode).toBe(403);
  });

  it('has nothing before the unit’s first slip and no earlier campaign for the other target', async () => {
    const body = (await w.officer.get(slipsUrl(w.other))).json<CampaignSlips>();
    expect(body).toEqual({ window: { since: null, until: '2026-06-01' }, slips: [], occurrences: [] });
  });
});
