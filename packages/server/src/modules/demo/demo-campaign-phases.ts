import { transitionCampaign } from '@bianping/core/campaigns/campaign-status';
import type { TargetPhaseState } from '@bianping/core/campaigns/target-phase';
import type { Db } from '../../db/client.ts';
import { targetPhases } from '../../db/schema/index.ts';
import { cliActor } from '../audit/audit-actor.ts';
import { updateCampaign } from '../campaigns/campaigns.queries.ts';
import { computeCampaignScores } from '../scoring/scoring.service.ts';
import { insertAll } from './demo-campaign-bulk.ts';
import { insertExternalRatings, RATER_DEPARTMENTS } from './demo-campaign-external.ts';
import { insertOnsiteReviews } from './demo-campaign-onsite.ts';
import {
  type DemoCampaignSpec,
  hasCampaignNamed,
  type LaunchedDemoCampaign,
  launchDemoCampaign,
} from './demo-campaign-plan.ts';
import { driftQualities, onDay, unitQualities } from './demo-campaign-scores.ts';
import { insertSelfAssessments } from './demo-campaign-self.ts';
import { insertSupervisionSlips } from './demo-campaign-slips.ts';
import { addDays, type IsoDate } from './demo-dates.ts';
import { streamFor } from './random.ts';

/**
 * The demo's campaigns with every phase populated, beside the draft of `demo-campaigns.ts`: one
 * finished (2025, closed: every target reviewed, reviewed, rated, office phases closed), one
 * running (机构编制大督导 2026, collecting, around 2026-11-25), and the supervision slips between
 * them. Each part is skipped when its campaign is already there, as the rest of the demo is.
 */

export const FINISHED_CAMPAIGN_NAME = '2025年度机构编制执行情况和使用效益评估（示范县）';
export const RUNNING_CAMPAIGN_NAME = '2026年机构编制大督导（示范县）';
/** The day the running campaign is built around (its self phase just ended, on-site under way). */
export const RUNNING_CAMPAIGN_TODAY: IsoDate = '2026-11-25';

const FINISHED: DemoCampaignSpec = {
  name: FINISHED_CAMPAIGN_NAME,
  year: 2025,
  type: 'annual',
  description: '对全县党政机关和事业单位2025年度机构编制执行情况和使用效益进行评估。',
  launchedOn: '2025-03-03',
  // Walked to 报告 here and closed once scored (`scoreAndClose`): a closed campaign is not re-scored.
  status: 'reporting',
  phases: [
    { phase: 'self', start: '2025-03-10', end: '2025-04-11' },
    { phase: 'onsite', start: '2025-04-14', end: '2025-05-16' },
    { phase: 'external', start: '2025-04-14', end: '2025-05-16' },
    { phase: 'scoring', start: '2025-05-19', end: '2025-05-30' },
    { phase: 'report', start: '2025-06-02', end: '2025-06-20' },
    { phase: 'feedback', start: '2025-06-23', end: '2025-07-04' },
  ],
};

const day = (offset: number) => addDays(RUNNING_CAMPAIGN_TODAY, offset);

const RUNNING: DemoCampaignSpec = {
  name: RUNNING_CAMPAIGN_NAME,
  year: 2026,
  type: 'supervision',
  description: '对全县机构编制法规政策执行和编制使用情况开展大督导。',
  launchedOn: day(-30),
  status: 'collecting',
  phases: [
    { phase: 'self', start: day(-30), end: day(-5) },
    { phase: 'onsite', start: day(-9), end: day(16) },
    { phase: 'external', start: day(-9), end: day(16) },
    { phase: 'scoring', start: day(19), end: day(30) },
    { phase: 'report', start: day(33), end: day(51) },
  ],
};

const OFFICE_PHASES = ['scoring', 'report', 'feedback'] as const;

const allIn = (c: LaunchedDemoCampaign, state: TargetPhaseState) =>
  new Map(c.targets.map((t) => [t.unitId, state]));

async function closeOfficePhases(tx: Db, c: LaunchedDemoCampaign, seed: number) {
  const rnd = streamFor(seed, 'campaign-office');
  const rows = OFFICE_PHASES.flatMap((phase) => {
    const window = c.plan.phases.find((p) => p.phase === phase);
    if (!window) return [];
    return c.targets.map((t) => ({
      campaignId: c.id,
      unitId: t.unitId,
      phase,
      state: 'closed',
      updatedAt: onDay(window.end, rnd),
      version: 2,
    }));
  });
  await insertAll(tx, targetPhases, rows);
}

/** The office's last steps on the finished campaign: the 综合评定 run, then 关闭. */
async function scoreAndClose(tx: Db, campaignId: string) {
  await computeCampaignScores(tx, campaignId, { actor: cliActor(), jobId: null });
  await updateCampaign(tx, campaignId, { status: transitionCampaign('reporting', 'closed', 'officer') });
}

/** Self states of the running campaign: ≈70 % handed in, some returned, in progress, not started. */
function runningSelfStates(c: LaunchedDemoCampaign, seed: number) {
  const rnd = streamFor(seed, 'campaign-running-self');
  const states = new Map<string, TargetPhaseState>();
  for (const t of c.targets) {
    states.set(
      t.unitId,
      rnd.weighted<TargetPhaseState>([
        ['submitted', 60],
        ['reviewed', 10],
        ['returned', 10],
        ['inProgress', 14],
        ['notStarted', 6],
      ]),
    );
  }
  // The demo unit account has a form to fill.
  if (c.actors.unitAccountUnitId) states.set(c.actors.unitAccountUnitId, 'inProgress');
  return states;
}

/** Teams 1–3 have handed in; teams 4–6 are visiting (most started, some not yet). */
function runningOnsiteStates(c: LaunchedDemoCampaign, seed: number) {
  const rnd = streamFor(seed, 'campaign-running-onsite');
  return new Map<string, TargetPhaseState>(
    c.targets.map((t) => [
      t.unitId,
      t.teamNo <= 3 ? 'submitted' : rnd.chance(0.7) ? 'inProgress' : 'notStarted',
    ]),
  );
}

/** 县财政局 (the demo rater's department) is grading; nine sheets are in, three in progress. */
function runningSheetStates(seed: number) {
  const rnd = streamFor(seed, 'campaign-running-sheets');
  const others = rnd.shuffle(RATER_DEPARTMENTS.map(([short]) => short).filter((s) => s !== '县财政局'));
  const states = new Map<string, TargetPhaseState>([['县财政局', 'inProgress']]);
  others.forEach((short, i) => {
    states.set(short, i < 9 ? 'submitted' : i < 12 ? 'inProgress' : 'notStarted');
  });
  return states;
}

/** Adds the finished and the running campaign and the slips; returns what it wrote. */
export async function insertDemoCampaignPhases(tx: Db, countyId: string, seed: number) {
  const out = { finished: 0, running: 0, slips: 0 };
  let quality: ReturnType<typeof unitQualities> | null = null;
  if (!(await hasCampaignNamed(tx, FINISHED_CAMPAIGN_NAME))) {
    const c = await launchDemoCampaign(tx, countyId, seed, FINISHED);
    quality = unitQualities(
      seed,
      c.targets.map((t) => t.unitId),
    );
    const q = quality;
    const weakest = [...c.targets].sort((a, b) => (q.get(a.unitId) ?? 1) - (q.get(b.unitId) ?? 1));
    await insertSelfAssessments(tx, c, q, allIn(c, 'reviewed'), seed);
    await insertOnsiteReviews(
      tx,
      c,
      q,
      allIn(c, 'reviewed'),
      new Set(weakest.slice(0, 3).map((t) => t.unitId)),
      seed,
    );
    await insertExternalRatings(tx, c, q, seed, { rated: true });
    await closeOfficePhases(tx, c, seed);
    await scoreAndClose(tx, c.id);
    out.finished = c.targets.length;
  }
  if (!(await hasCampaignNamed(tx, RUNNING_CAMPAIGN_NAME))) {
    const c = await launchDemoCampaign(tx, countyId, seed, RUNNING);
    const base =
      quality ??
      unitQualities(
        seed,
        c.targets.map((t) => t.unitId),
      );
    const q = driftQualities(seed, base);
    await insertSelfAssessments(tx, c, q, runningSelfStates(c, seed), seed);
    await insertOnsiteReviews(tx, c, q, runningOnsiteStates(c, seed), new Set(), seed);
    await insertExternalRatings(tx, c, q, seed, { sheetStates: runningSheetStates(seed), rated: false });
    out.running = c.targets.length;
    out.slips = await insertSupervisionSlips(tx, {
      seed,
      unitIds: c.targets.map((t) => t.unitId),
      quality: q,
      commonSet: c.targets[0]?.sets.find((s) => s.kind === 'common'),
      actors: c.actors,
      from: FINISHED.launchedOn,
      until: RUNNING.launchedOn,
    });
  }
  return out;
}
