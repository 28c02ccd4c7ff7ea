import type { SelfAssessmentForm } from '@bianping/core/campaigns/self-assessment-api';
import type { JobRun } from '@bianping/core/jobs';
import type {
  CampaignScores,
  FuzzyCampaignResult,
  LensResult,
  NodeExplanationOut,
  RaterConsistency,
  TargetExplanation,
} from '@bianping/core/scoring/api';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema/index.ts';
import { clientAs, createTestApp, type TestClient, type TestContext } from '../../test/harness.ts';
import { buildRegion } from '../../test/registry-builders.ts';
import { campaignUrl, detailOf } from '../campaigns/campaigns-test-kit.ts';
import {
  buildExternalWorld,
  type ExternalWorld,
  externalUrl,
  gradeAll,
} from '../campaigns/external-test-kit.ts';
import { forgetScore } from './scoring-cache.ts';

let ctx: TestContext;
let w: ExternalWorld;
let unitB: TestClient;
let nodeIds: Record<string, string>;
const versions = new Map<string, number>();

const url = (rest: string) => campaignUrl(w.id, rest);
const selfUrl = (unitId: string, rest = '') => campaignUrl(w.id, `/targets/${unitId}/self-assessment${rest}`);

async function saveSelf(client: TestClient, unitId: string, leaf: string, points: number) {
  const nodeId = nodeIds[leaf] as string;
  const key = `${unitId}:${nodeId}`;
  const response = await client.put(selfUrl(unitId, `/entries/${nodeId}`), {
    version: versions.get(key) ?? 0,
    input: { points },
  });
  expect(response.statusCode, response.body).toBe(200);
  versions.set(key, response.json().entry.version);
}

async function run(client: TestClient = w.officer) {
  const started = await client.post(url('/scores/run'));
  expect(started.statusCode, started.body).toBe(202);
  const job = await client.get(`/api/v1/jobs/${started.json().runId}`);
  expect(job.statusCode, job.body).toBe(200);
  return job.json<JobRun>();
}

async function scoresOf(client: TestClient = w.officer) {
  const response = await client.get(url('/scores'));
  expect(response.statusCode, response.body).toBe(200);
  return response.json<CampaignScores>();
}

async function transition(to: string) {
  const detail = await detailOf(w.officer, w.id);
  const response = await w.officer.post(url('/transition'), { version: detail.campaign.version, to });
  expect(response.statusCode, response.body).toBe(200);
}

const leafSum = (nodes: readonly NodeExplanationOut[]): number =>
  nodes.reduce((s, n) => s + (n.children.length ? leafSum(n.children) : n.points), 0);

beforeAll(async () => {
  ctx = await createTestApp();
  w = await buildExternalWorld(ctx);
  unitB = (await clientAs(ctx, { role: 'unit', scopeId: w.targetB })).client;
  const form = (await w.unit.get(selfUrl(w.targetA))).json<SelfAssessmentForm>();
  nodeIds = Object.fromEntries(form.sets.flatMap((s) => s.nodes).map((n) => [n.name, n.id]));
  await saveSelf(w.unit, w.targetA, '履职到位', 25);
  await saveSelf(w.unit, w.targetA, '编制使用', 18);
  await saveSelf(w.unit, w.targetA, '领导职数', 20);
  await saveSelf(unitB, w.targetB, '履职到位', 20);
  await saveSelf(unitB, w.targetB, '编制使用', 10);
  await saveSelf(unitB, w.targetB, '领导职数', 15);
  const detail = await detailOf(w.officer, w.id);
  const assigned = await w.officer.post(externalUrl(w, '/assignments'), {
    version: detail.campaign.version,
    raterUnitIds: [w.deptA, w.deptB],
    targetUnitIds: [w.targetA, w.targetB],
    items: [
      { kind: 'indicator', setId: w.frozenSetId, nodeCode: '1.2' },
      { kind: 'free', item: 'partyBuilding' },
    ],
  });
  expect(assigned.statusCode, assigned.body).toBe(200);
  await gradeAll(w.raterA, w);
}, 120_000);

afterAll(async () => {
  await ctx?.close();
});

describe('scores before any run', () => {
  it('answers no rows and no time', async () => {
    const scores = await scoresOf();
    expect(scores.computedAt).toBeNull();
    expect(scores.rows).toEqual([]);
    expect((await w.officer.get(url(`/targets/${w.targetA}/explanation`))).statusCode).toBe(404);
  });
});

describe('full re-score job', () => {
  it('runs as a job with progress, stores ranked scores and audits campaign.score', async () => {
    const job = await run();
    expect(job.status).toBe('succeeded');
    expect(job.done).toBe(job.total);
    expect(job.result).toMatchObject({ targets: 2 });
    const scores = await scoresOf();
    expect(scores.computedAt).not.toBeNull();
    expect(scores.stale).toBe(false);
    expect(scores.jobId).toBe(job.id);
    // A: 25 + 30 (external 好 = 100 % of 30) + 18 + 20; B: 20 + 30 + 10 + 15.
    expect(scores.rows.map((r) => [r.unitId, r.total, r.rank])).toEqual([
      [w.targetA, 93, 1],
      [w.targetB, 75, 2],
    ]);
    expect(scores.rows[0]?.firstLevel.map((p) => p.points)).toEqual([55, 38]);
    expect(scores.gradeDistribution.reduce((s, g) => s + g.count, 0)).toBe(2);
    expect(scores.averages.map((a) => a.points)).toEqual([52.5, 31.5]);
    const audits = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'campaign.score'), eq(auditLog.entityId, w.id)));
    expect(audits).toHaveLength(1);
  });

  it('is refused to leaders, units and raters, and outside the officer’s region', async () => {
    expect((await w.leader.post(url('/scores/run'))).statusCode).toBe(403);
    expect((await w.unit.post(url('/scores/run'))).statusCode).toBe(403);
    expect((await w.raterA.post(url('/scores/run'))).statusCode).toBe(403);
    const elsewhere = await buildRegion(ctx.database);
    const outsider = (await clientAs(ctx, { role: 'officer', scopeType: 'region', scopeId: elsewhere.id }))
      .client;
    expect((await outsider.post(url('/scores/run'))).statusCode).toBe(404);
    expect((await outsider.get(url('/scores'))).statusCode).toBe(404);
    expect((await outsider.get(url(`/targets/${w.targetA}/explanation`))).statusCode).toBe(404);
  });
});

describe('reading scores', () => {
  it('lets officers, admins and leaders read; refuses evaluators, experts and raters by role', async () => {
    for (const client of [w.officer, w.admin, w.leader])
      expect((await client.get(url('/scores'))).statusCode).toBe(200);
    for (const client of [w.evaluator, w.expert, w.raterA]) {
      expect((await client.get(url('/scores'))).statusCode).toBe(403);
      expect((await client.get(url(`/targets/${w.targetA}/explanation`))).statusCode).toBe(403);
      expect((await client.get(url('/consistency'))).statusCode).toBe(403);
      expect((await client.post(url('/lenses'), { method: 'entropy' })).statusCode).toBe(403);
      expect((await client.post(url('/fuzzy'), {})).statusCode).toBe(403);
      expect((await client.get(url('/scores/export'))).statusCode).toBe(403);
    }
  });

  it('hides scores from the unit until the campaign is reporting', async () => {
    expect((await w.unit.get(url('/scores'))).statusCode).toBe(404);
    expect((await w.unit.get(url(`/targets/${w.targetA}/explanation`))).statusCode).toBe(404);
    expect((await w.unit.get(url('/consistency'))).statusCode).toBe(403);
    expect((await w.unit.post(url('/lenses'), { method: 'topsis' })).statusCode).toBe(403);
  });
});

describe('explanation', () => {
  it('adds up to the total, with findings, evidence and the flat rows', async () => {
    const response = await w.officer.get(url(`/targets/${w.targetA}/explanation`));
    expect(response.statusCode, response.body).toBe(200);
    const ex = response.json<TargetExplanation>();
    expect(ex.total).toBe(93);
    expect(ex.sets.reduce((s, x) => s + x.contribution, 0)).toBeCloseTo(ex.total, 10);
    for (const set of ex.sets) expect(leafSum(set.nodes)).toBeCloseTo(set.scoredTotal, 10);
    expect(ex.rows.reduce((s, r) => s + r.points, 0)).toBeCloseTo(93, 10);
    const external = ex.rows.find((r) => r.code === '1.2');
    expect(external?.points).toBe(30);
    expect(ex.rows.find((r) => r.code === '1.1')?.rank).toBe(1);
    expect(ex.previousCampaign).toBeNull();
    expect(ex.stale).toBe(false);
  });

  it('answers 404 for a unit that is not a target', async () => {
    expect((await w.officer.get(url(`/targets/${w.deptA}/explanation`))).statusCode).toBe(404);
  });
});

describe('incremental re-score', () => {
  it('updates the stored scores when an entry changes, equal to a fresh full run', async () => {
    await saveSelf(unitB, w.targetB, '领导职数', 20);
    await saveSelf(unitB, w.targetB, '编制使用', 20);
    const incremental = await scoresOf();
    expect(incremental.stale).toBe(false);
    expect(incremental.rows.find((r) => r.unitId === w.targetB)?.total).toBe(90);
    const explained = (
      await w.officer.get(url(`/targets/${w.targetB}/explanation`))
    ).json<TargetExplanation>();
    expect(explained.total).toBe(90);
    await run();
    const full = await scoresOf();
    expect(incremental.rows).toEqual(full.rows);
  });

  it('marks the scores stale when no previous result is at hand', async () => {
    forgetScore(w.id);
    await saveSelf(w.unit, w.targetA, '领导职数', 5);
    const scores = await scoresOf();
    expect(scores.stale).toBe(true);
    expect(scores.rows.find((r) => r.unitId === w.targetA)?.total).toBe(93);
    await run();
    const fresh = await scoresOf();
    expect(fresh.stale).toBe(false);
    expect(fresh.rows.find((r) => r.unitId === w.targetA)?.total).toBe(78);
  });
});

describe('export', () => {
  it('writes the ranking to an Excel sheet', async () => {
    const response = await w.officer.get(url('/scores/export?lang=zh'));
    expect(response.statusCode, response.body).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as never);
    const sheet = book.getWorksheet('综合评定');
    expect(sheet).toBeDefined();
    const header = sheet?.getRow(1).values as unknown[];
    expect(header).toContain('总分');
    const first = sheet?.getRow(2).values as unknown[];
    expect(first.slice(1, 5)).toEqual([1, '综合单位2', expect.any(String), 90]);
  });
});

describe('lenses and fuzzy evaluation', () => {
  it('ranks by entropy weights and TOPSIS beside the official ranking, with ρ and τ', async () => {
    for (const method of ['entropy', 'topsis'] as const) {
      const response = await w.officer.post(url('/lenses'), { method });
      expect(response.statusCode, response.body).toBe(200);
      const lens = response.json<LensResult>();
      expect(lens.n).toBe(2);
      expect(lens.criteria.map((c) => c.code)).toEqual(['1', '2']);
      expect(lens.criteria.reduce((s, c) => s + c.weight, 0)).toBeCloseTo(1, 10);
      expect(lens.spearmanRho).not.toBeNull();
      expect(Math.abs(lens.kendallTau ?? 2)).toBeLessThanOrEqual(1);
    }
    const bad = await w.officer.post(url('/lenses'), { method: 'topsis', criteria: [`${w.frozenSetId}/9`] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().field).toBe('criteria[0]');
  });

  it('evaluates the external ratings of one target as a fuzzy grade', async () => {
    const response = await w.officer.post(url('/fuzzy'), { unitId: w.targetA });
    expect(response.statusCode, response.body).toBe(200);
    const out = response.json<FuzzyCampaignResult>();
    expect(out.levels).toEqual(['good', 'fairlyGood', 'fair']);
    const target = out.targets[0];
    expect(target?.grade).toBe('good');
    expect(target?.items?.map((i) => i.membership)).toEqual([
      [1, 0, 0],
      [1, 0, 0],
    ]);
    expect(target?.items?.reduce((s, i) => s + i.weight, 0)).toBeCloseTo(1, 10);
    expect(target?.score).toBeCloseTo(100, 10);
  });

  it('reports rater consistency to the office', async () => {
    const response = await w.leader.get(url('/consistency'));
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<RaterConsistency>().evaluators).toEqual([]);
  });
});

describe('units once the campaign reports', () => {
  it('shows a unit its own row and explanation only', async () => {
    await transition('collecting');
    await transition('scoring');
    await transition('reporting');
    const own = await scoresOf(w.unit);
    expect(own.rows.map((r) => r.unitId)).toEqual([w.targetA]);
    expect((await w.unit.get(url(`/targets/${w.targetA}/explanation`))).statusCode).toBe(200);
    expect((await w.unit.get(url(`/targets/${w.targetB}/explanation`))).statusCode).toBe(404);
    expect((await w.unit.get(url('/scores/export'))).statusCode).toBe(403);
  });
});
