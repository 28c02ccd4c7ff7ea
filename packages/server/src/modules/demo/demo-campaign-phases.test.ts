import type { CampaignStatus } from '@bianping/core/campaigns/campaign-status';
import { type FrozenSet, frozenLeaves } from '@bianping/core/campaigns/freeze';
import { gradeOf } from '@bianping/core/campaigns/grading';
import type { AssignedTarget } from '@bianping/core/campaigns/onsite-api';
import { checkScoreInput, type ScoreInput } from '@bianping/core/campaigns/score-input';
import { type Slip, slipOccurrences } from '@bianping/core/campaigns/supervision-slips';
import { CampaignScoresSchema } from '@bianping/core/scoring/api';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  campaignFrozenSets,
  campaigns,
  campaignTargets,
  externalAssignments,
  externalSheets,
  onsiteEntries,
  regions,
  selfAssessmentEntries,
  selfAssessmentExtras,
  supervisionSlips,
  targetPhases,
  units,
} from '../../db/schema/index.ts';
import { createTestApp, TEST_SECRET_KEY, TestClient, type TestContext } from '../../test/harness.ts';
import { type CampaignRow, planOf } from '../campaigns/campaigns.queries.ts';
import { loadDemo } from './demo.service.ts';
import {
  FINISHED_CAMPAIGN_NAME,
  insertDemoCampaignPhases,
  RUNNING_CAMPAIGN_NAME,
} from './demo-campaign-phases.ts';
import { DEMO_COUNTY_CODE } from './demo-county.ts';

let ctx: TestContext;
let loaded: Awaited<ReturnType<typeof loadDemo>>;
const ids: Record<'finished' | 'running', string> = { finished: '', running: '' };

const db = () => ctx.database.db;

async function campaignNamed(name: string) {
  const [row] = await db().select().from(campaigns).where(eq(campaigns.name, name));
  return row;
}

async function statesOf(campaignId: string, phase: string) {
  const rows = await db()
    .select({ unitId: targetPhases.unitId, state: targetPhases.state, reason: targetPhases.returnedReason })
    .from(targetPhases)
    .where(and(eq(targetPhases.campaignId, campaignId), eq(targetPhases.phase, phase)));
  return rows;
}

async function login(username: string) {
  const client = new TestClient(ctx.app);
  const password = loaded.accounts.find((a) => a.username === username)?.password;
  expect((await client.login(username, password)).statusCode).toBe(200);
  return client;
}

/** Every entry of a table checked against its frozen leaf with the core's bounds check. */
async function problemsIn(campaignId: string, rows: { nodeId: string; input: unknown }[]) {
  const sets = await db()
    .select({ content: campaignFrozenSets.content })
    .from(campaignFrozenSets)
    .where(eq(campaignFrozenSets.campaignId, campaignId));
  const leaves = new Map(sets.flatMap((s) => frozenLeaves(s.content as FrozenSet).map((n) => [n.id, n])));
  return rows.filter((r) => {
    const leaf = leaves.get(r.nodeId);
    return !leaf?.rule || checkScoreInput(leaf.rule, leaf.maxPoints, r.input as ScoreInput) !== null;
  });
}

beforeAll(async () => {
  ctx = await createTestApp();
  loaded = await loadDemo(ctx.database, { seed: 20261125, secretKey: TEST_SECRET_KEY });
  ids.finished = (await campaignNamed(FINISHED_CAMPAIGN_NAME))?.id ?? '';
  ids.running = (await campaignNamed(RUNNING_CAMPAIGN_NAME))?.id ?? '';
}, 600_000);
afterAll(() => ctx.close());

describe('demo campaigns with every phase', () => {
  it('adds a closed 2025 campaign and a collecting 2026 supervision over every active county unit', async () => {
    const [active] = await db().select({ n: count() }).from(units).where(eq(units.status, 'active'));
    for (const [name, status, type] of [
      [FINISHED_CAMPAIGN_NAME, 'closed', 'annual'],
      [RUNNING_CAMPAIGN_NAME, 'collecting', 'supervision'],
    ] as [string, CampaignStatus, string][]) {
      const row = await campaignNamed(name);
      expect(row?.status).toBe(status);
      expect(row?.type).toBe(type);
      const [targets] = await db()
        .select({ n: count() })
        .from(campaignTargets)
        .where(eq(campaignTargets.campaignId, row?.id as string));
      expect(targets?.n).toBe(active?.n);
      expect(targets?.n).toBeGreaterThan(350);
    }
  });

  it('has every target of the finished campaign reviewed on both forms and rated', async () => {
    const [targets] = await db()
      .select({ n: count() })
      .from(campaignTargets)
      .where(eq(campaignTargets.campaignId, ids.finished));
    for (const [phase, state] of [
      ['self', 'reviewed'],
      ['onsite', 'reviewed'],
      ['external', 'rated'],
      ['report', 'closed'],
    ] as const) {
      const rows = await statesOf(ids.finished, phase);
      expect(rows).toHaveLength(targets?.n ?? 0);
      expect(new Set(rows.map((r) => r.state))).toEqual(new Set([state]));
    }
    const [extras] = await db()
      .select({ n: count() })
      .from(selfAssessmentExtras)
      .where(eq(selfAssessmentExtras.campaignId, ids.finished));
    expect(extras?.n).toBe(targets?.n);
    const [ungraded] = await db()
      .select({ n: count() })
      .from(externalAssignments)
      .where(and(eq(externalAssignments.campaignId, ids.finished), eq(externalAssignments.version, 0)));
    expect(ungraded?.n).toBe(0);
  });

  it('has the finished campaign scored: every target ranked and graded by the bands, vetoes applied', async () => {
    const officer = await login('demo-officer');
    const res = await officer.get(`/api/v1/campaigns/${ids.finished}/scores`);
    expect(res.statusCode).toBe(200);
    const scores = CampaignScoresSchema.parse(res.json());
    const targets = await db()
      .select({ n: count() })
      .from(campaignTargets)
      .where(eq(campaignTargets.campaignId, ids.finished));
    expect(scores.computedAt).not.toBeNull();
    expect(scores.stale).toBe(false);
    expect(scores.rows).toHaveLength(targets[0]?.n ?? -1);
    const campaign = await campaignNamed(FINISHED_CAMPAIGN_NAME);
    const bands = planOf(campaign as CampaignRow).grading.gradeBands;
    for (const row of scores.rows) expect(row.grade).toBe(gradeOf(row.total, bands, row.veto));
    expect(new Set(scores.rows.map((r) => r.total)).size).toBeGreaterThan(scores.rows.length / 2);
    expect(scores.rows.filter((r) => r.veto !== null).length).toBeGreaterThan(0);
  });

  it('keeps every self and on-site entry within its rule’s bounds', async () => {
    for (const campaignId of [ids.finished, ids.running]) {
      const self = await db()
        .select({ nodeId: selfAssessmentEntries.nodeId, input: selfAssessmentEntries.input })
        .from(selfAssessmentEntries)
        .where(eq(selfAssessmentEntries.campaignId, campaignId));
      const onsite = await db()
        .select({ nodeId: onsiteEntries.nodeId, input: onsiteEntries.input })
        .from(onsiteEntries)
        .where(eq(onsiteEntries.campaignId, campaignId));
      expect(self.length).toBeGreaterThan(1000);
      expect(onsite.length).toBeGreaterThan(1000);
      expect(await problemsIn(campaignId, [...self, ...onsite])).toEqual([]);
    }
  });

  it('has the running campaign in every state the dashboard shows', async () => {
    const self = await statesOf(ids.running, 'self');
    const counts = (rows: { state: string }[]) => {
      const out: Record<string, number> = {};
      for (const r of rows) out[r.state] = (out[r.state] ?? 0) + 1;
      return out;
    };
    const selfCounts = counts(self);
    const [targets] = await db()
      .select({ n: count() })
      .from(campaignTargets)
      .where(eq(campaignTargets.campaignId, ids.running));
    const total = targets?.n ?? 0;
    expect(((selfCounts.submitted ?? 0) + (selfCounts.reviewed ?? 0)) / total).toBeGreaterThan(0.6);
    expect(selfCounts.returned).toBeGreaterThan(0);
    expect(selfCounts.inProgress).toBeGreaterThan(0);
    expect(total - self.length).toBeGreaterThan(0); // not started: no row
    expect(self.filter((r) => r.state === 'returned').every((r) => (r.reason ?? '').length > 2)).toBe(true);

    const onsite = await statesOf(ids.running, 'onsite');
    const teamOf = new Map(
      (
        await db()
          .select({ unitId: campaignTargets.unitId, teamNo: campaignTargets.teamNo })
          .from(campaignTargets)
          .where(eq(campaignTargets.campaignId, ids.running))
      ).map((t) => [t.unitId, t.teamNo ?? 0]),
    );
    expect(new Set(onsite.filter((r) => (teamOf.get(r.unitId) ?? 0) <= 3).map((r) => r.state))).toEqual(
      new Set(['submitted']),
    );
    expect(onsite.filter((r) => (teamOf.get(r.unitId) ?? 0) <= 3)).toHaveLength(
      [...teamOf.values()].filter((n) => n <= 3).length,
    );
    expect(new Set(onsite.filter((r) => (teamOf.get(r.unitId) ?? 0) > 3).map((r) => r.state))).toEqual(
      new Set(['inProgress']),
    );

    const sheets = await db()
      .select({ state: externalSheets.state, name: units.shortName })
      .from(externalSheets)
      .innerJoin(units, eq(units.id, externalSheets.raterUnitId))
      .where(eq(externalSheets.campaignId, ids.running));
    expect(sheets.find((s) => s.name === '县财政局')?.state).toBe('inProgress');
    expect(sheets.filter((s) => s.state === 'submitted').length).toBeGreaterThan(0);
  });

  it('gives the demo unit a form to fill and the evaluator and expert targets to review', async () => {
    const evaluator = await login('demo-evaluator');
    const assigned = (await evaluator.get('/api/v1/campaigns/assigned')).json<{ items: AssignedTarget[] }>();
    const mine = assigned.items.filter((t) => t.campaignId === ids.running);
    expect(mine.length).toBeGreaterThan(30);
    expect(mine.every((t) => t.isLeader)).toBe(true);
    const form = await evaluator.get(`/api/v1/campaigns/${ids.running}/targets/${mine[0]?.unitId}/onsite`);
    expect(form.statusCode).toBe(200);
    expect(form.json().leaves.length).toBeGreaterThan(5);

    const expert = await login('demo-expert');
    const expertAssigned = (await expert.get('/api/v1/campaigns/assigned')).json<{
      items: AssignedTarget[];
    }>();
    expect(expertAssigned.items.some((t) => t.campaignId === ids.running)).toBe(true);

    const unit = await login('demo-unit');
    const [unitRow] = await db().select({ id: units.id }).from(units).where(eq(units.shortName, '县教体局'));
    const self = await unit.get(`/api/v1/campaigns/${ids.running}/targets/${unitRow?.id}/self-assessment`);
    expect(self.statusCode).toBe(200);
    expect(self.json().phase.state).toBe('inProgress');
    expect(self.json().canEdit).toBe(true);
  });

  it('records 15 slips in every state, the counting ones becoming occurrences in 2026', async () => {
    const rows = await db().select().from(supervisionSlips);
    expect(rows).toHaveLength(15);
    expect(rows.map((r) => r.slipNo)).toContain('2025-DC-001');
    const states = new Set(rows.map((r) => (r.decision ? `${r.status}:${r.decision}` : r.status)));
    expect(states).toEqual(
      new Set(['draft', 'sent', 'confirmed', 'disputed', 'settled:upheld', 'settled:withdrawn']),
    );
    const sets = await db()
      .select({ content: campaignFrozenSets.content })
      .from(campaignFrozenSets)
      .where(eq(campaignFrozenSets.campaignId, ids.running));
    const common = sets.map((s) => s.content as FrozenSet).find((s) => s.kind === 'common') as FrozenSet;
    const occurrences = slipOccurrences(rows as unknown as Slip[], common.nodes, {});
    expect(occurrences.length).toBeGreaterThan(0);
  });

  it('adds nothing when run again', async () => {
    const [county] = await db()
      .select({ id: regions.id })
      .from(regions)
      .where(eq(regions.code, DEMO_COUNTY_CODE));
    const again = await insertDemoCampaignPhases(db(), county?.id as string, 20261125);
    expect(again).toEqual({ finished: 0, running: 0, slips: 0 });
    expect(await db().select({ id: campaigns.id }).from(campaigns)).toHaveLength(3);
    expect(await db().select({ id: supervisionSlips.id }).from(supervisionSlips)).toHaveLength(15);
  });
});
