import type { CampaignStatus } from '@bianping/core/campaigns/campaign-status';
import { campaignStatuses } from '@bianping/core/campaigns/campaign-status';
import { campaignGrades } from '@bianping/core/campaigns/vocabulary';
import { AppError, ErrorCode, type LocalizedText } from '@bianping/core/errors';
import { scoreCampaign } from '@bianping/core/scoring/campaign-score';
import type { CampaignScore } from '@bianping/core/scoring/score-types';
import type { Db } from '../../db/client.ts';
import { appendAudit } from '../audit/audit.queries.ts';
import type { AuditActor } from '../audit/audit-actor.ts';
import { campaignNotFound } from '../campaigns/campaigns.policy.ts';
import { type CampaignRow, findCampaign } from '../campaigns/campaigns.queries.ts';
import { ensureRun, findRun, writeScores } from './scoring.queries.ts';
import { type CachedScore, cachedScore, rememberScore } from './scoring-cache.ts';
import { loadScoringInput } from './scoring-input.ts';

/**
 * Computing and storing a campaign's scores: one full run (the job's work) reads the campaign in
 * bulk, scores it with the core, writes every target's row and the run row in one statement each
 * and audits `campaign.score`, all in one transaction that holds the campaign row locked, so two
 * runs (or a run and an incremental update) never interleave.
 */

export type Progress = (done: number, total?: number, note?: LocalizedText) => Promise<void>;

const STEPS = 3;
const notes = {
  read: { zh: '读取评估数据', en: 'reading the entries' },
  score: { zh: '计算综合评定', en: 'computing the scores' },
  write: { zh: '保存评定结果', en: 'saving the scores' },
} satisfies Record<string, LocalizedText>;

/** Scores can be computed from launch on (entries exist), not for a draft or a closed campaign. */
export function assertScorable(row: CampaignRow) {
  const status = row.status as CampaignStatus;
  if (status !== 'draft' && status !== 'closed') return;
  const label = campaignStatuses.labels[status];
  throw new AppError(
    ErrorCode.IllegalTransition,
    {
      zh: `评估项目${label.zh}，不能重新计算综合评定`,
      en: `The campaign is ${label.en.toLowerCase()}; its scores cannot be recomputed`,
    },
    'status',
    { status },
  );
}

const gradeCounts = (score: CampaignScore) =>
  Object.fromEntries(campaignGrades.codes.map((g) => [g, score.targets.filter((t) => t.grade === g).length]));

/**
 * The full run: read and score outside any transaction (so progress can be recorded), then write
 * and audit in one transaction holding the campaign row and the run row. Every entry change
 * bumps the run row's stamp (`ensureRun` creates it first), so when the stamp moved between the
 * read and the write the campaign is read and scored again under the lock. Returns the job's report.
 */
export async function computeCampaignScores(
  db: Db,
  campaignId: string,
  run: { actor: AuditActor; jobId: string | null; progress?: Progress },
) {
  const progress: Progress = run.progress ?? (async () => {});
  const campaign = await findCampaign(db, campaignId);
  if (!campaign) throw campaignNotFound();
  assertScorable(campaign);
  await progress(0, STEPS, notes.read);
  const readAt = await db.transaction((tx) => ensureRun(tx, campaignId));
  let loaded = await loadScoringInput(db, campaign);
  await progress(1, STEPS, notes.score);
  let score = scoreCampaign(loaded.input);
  await progress(2, STEPS, notes.write);
  const outcome = await db.transaction(async (tx) => {
    const locked = await findCampaign(tx, campaignId, { lock: true });
    if (!locked) throw campaignNotFound();
    assertScorable(locked);
    const before = await findRun(tx, campaignId, { lock: true });
    if (before?.stamp !== readAt) {
      loaded = await loadScoringInput(tx, locked);
      score = scoreCampaign(loaded.input);
    }
    const stamp = await writeScores(tx, campaignId, score.targets, { full: true, jobId: run.jobId });
    const summary = { targets: score.targets.length, grades: gradeCounts(score), jobId: run.jobId };
    await appendAudit(tx, {
      ...run.actor,
      action: 'campaign.score',
      entityType: 'campaign',
      entityId: campaignId,
      before: before?.scored ? { computedAt: before.computedAt, stale: before.stale } : null,
      after: summary,
    });
    return {
      cached: { stamp, input: loaded.input, sets: loaded.sets, score } satisfies CachedScore,
      summary,
    };
  });
  // Only after the commit: the stamp now names what the database holds.
  rememberScore(campaignId, outcome.cached);
  await progress(STEPS, STEPS, notes.write);
  return outcome.summary;
}

/**
 * The campaign's input and score as stored: from the cache when its stamp still matches, else
 * recomputed from the tables (equal to the stored scores unless they are stale) and cached when
 * they are fresh. Null when the campaign was never scored.
 */
export async function currentScore(db: Db, campaign: CampaignRow) {
  const run = await findRun(db, campaign.id);
  if (!run?.scored) return null;
  const hit = cachedScore(campaign.id, run.stamp);
  if (hit) return { run, ...hit };
  const loaded = await loadScoringInput(db, campaign);
  const score = scoreCampaign(loaded.input);
  const entry: CachedScore = { stamp: run.stamp, input: loaded.input, sets: loaded.sets, score };
  if (!run.stale) rememberScore(campaign.id, entry);
  return { run, ...entry };
}
