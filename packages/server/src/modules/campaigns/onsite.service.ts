import type { CampaignStatus } from '@bianping/core/campaigns/campaign-status';
import type { OnsiteEntryPutInput } from '@bianping/core/campaigns/onsite-api';
import {
  checkLeafEntries,
  checkScoreInput,
  ruleInputBounds,
  type ScoreInput,
} from '@bianping/core/campaigns/score-input';
import type { SelfPhase } from '@bianping/core/campaigns/self-assessment-api';
import { transitionTargetPhase } from '@bianping/core/campaigns/target-phase';
import { AppError, ErrorCode, forbidden, notFound, staleVersion } from '@bianping/core/errors';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { experts } from '../../db/schema/index.ts';
import { createNotification } from '../notifications/notifications.queries.ts';
import { onScoreEntryChanged } from '../scoring/scoring-incremental.ts';
import { actorRoleOf, type Caller } from './campaign-edit.ts';
import { drawOf } from './campaigns.queries.ts';
import { type OnsiteAccess, onsiteAccessOf } from './onsite.policy.ts';
import { findScore, listScores, saveScore } from './onsite.queries.ts';
import { isOnsiteOpen, ONSITE, onsiteLeavesOf } from './onsite-form.ts';
import { toPhase, updatePhase } from './self-assessment.queries.ts';
import { targetSets } from './self-assessment-form.ts';
import {
  assertCampaignAllows,
  lockPhaseAt,
  openPhaseForWriting,
  type Target,
  targetAuditor,
} from './target-work.ts';

/**
 * Changing a target's on-site review. Every change runs in one transaction that locks the target's
 * onsite phase row first (so saves, record edits and submit are serialised) and appends its audit
 * entry (entity `onsiteReview`, id `campaignId:unitId`).
 */

/** Appends the audit entry of a change (entity `onsiteReview`). */
export const auditOnsite = targetAuditor('onsiteReview');

const WORK = { zh: '实地评估', en: 'the on-site review' };

function assertOpen(access: OnsiteAccess) {
  assertCampaignAllows(access.campaign.status as CampaignStatus, isOnsiteOpen, WORK);
}

/**
 * Opens the target's review for a change by its team: visible (else 404), the caller on the team
 * (else 403), the campaign collecting, the phase editable. The first change starts the phase.
 */
export async function openForTeam(tx: Db, caller: Caller, t: Target) {
  const access = await onsiteAccessOf(tx, caller.principal, t.campaignId, t.unitId);
  if (!access.isTeam) throw forbidden();
  assertOpen(access);
  const phase = await openPhaseForWriting(tx, t, ONSITE, WORK, 'evaluator');
  return { access, phase };
}

const invalid = (field: string, zh: string, en: string) =>
  new AppError(ErrorCode.Validation, { zh, en }, field);

/** The on-site leaf of the target, or a refusal naming it. */
export async function onsiteLeafOf(tx: Db, access: OnsiteAccess, t: Target, nodeId: string) {
  const leaves = onsiteLeavesOf(await targetSets(tx, t.campaignId, access.setIds));
  const leaf = leaves.find((l) => l.id === nodeId);
  if (!leaf) throw notFound({ zh: '实地评估指标', en: 'On-site indicator' }, 'nodeId');
  return leaf;
}

/** Saves one leaf's score (version 0 first); stale → the stored score in details.current. */
export async function saveOnsiteEntry(
  db: Db,
  caller: Caller,
  t: Target,
  nodeId: string,
  body: OnsiteEntryPutInput,
) {
  return db.transaction(async (tx) => {
    const { access, phase } = await openForTeam(tx, caller, t);
    const leaf = await onsiteLeafOf(tx, access, t, nodeId);
    if (!leaf.rule)
      throw invalid('nodeId', `指标 ${leaf.code} 没有计分规则`, `Indicator ${leaf.code} has no rule`);
    const bounds = ruleInputBounds(leaf.rule, leaf.maxPoints);
    const value = body.input[bounds.input] ?? null;
    const input = { [bounds.input]: value } as ScoreInput;
    // A draft may leave the score empty; what is entered must be within bounds.
    const problem = value === null ? null : checkScoreInput(leaf.rule, leaf.maxPoints, input);
    if (problem) {
      throw invalid(
        `input.${bounds.input}`,
        `指标 ${leaf.code}“${leaf.name}”：${problem.message.zh}`,
        `Indicator ${leaf.code} “${leaf.name}”: ${problem.message.en}`,
      );
    }
    const before = await findScore(tx, t, nodeId);
    if ((before?.version ?? 0) !== body.version) throw staleVersion(before ?? null);
    const values = { input, justification: body.justification ?? '', updatedBy: caller.principal.userId };
    const entry = await saveScore(tx, t, nodeId, values, !!before);
    await auditOnsite(tx, caller, t, 'onsite.entry.save', before ?? null, entry);
    await onScoreEntryChanged(tx, t.campaignId, t.unitId, nodeId);
    return { entry, phase: toPhase(phase) };
  });
}

/** The team leader submits: every on-site leaf needs an in-bounds score; locks the review. */
export async function submitOnsite(db: Db, caller: Caller, t: Target, version: number): Promise<SelfPhase> {
  return db.transaction(async (tx) => {
    const access = await onsiteAccessOf(tx, caller.principal, t.campaignId, t.unitId);
    if (!access.isLeader) {
      throw new AppError(ErrorCode.Forbidden, {
        zh: '只有评估组组长可以提交实地评估',
        en: 'Only the team leader submits the on-site review',
      });
    }
    assertOpen(access);
    const from = toPhase(await lockPhaseAt(tx, t, ONSITE, version)).state;
    transitionTargetPhase(ONSITE, from, 'submitted', { role: 'evaluator' });
    const leaves = onsiteLeavesOf(await targetSets(tx, t.campaignId, access.setIds));
    const scores = (await listScores(tx, t)).map((e) => ({ nodeId: e.nodeId, score: e.input }));
    const problems = checkLeafEntries(leaves, scores, 'onsite');
    if (problems.length) {
      throw new AppError(
        ErrorCode.Validation,
        {
          zh: `实地评估尚不能提交，还有 ${problems.length} 处问题：${problems[0]?.message.zh}`,
          en: `The on-site review cannot be submitted yet; ${problems.length} problem(s): ${problems[0]?.message.en}`,
        },
        'entries',
        // Shaped as the self-assessment's problems (all blocking), so the pages list them alike.
        { problems: problems.map((p) => ({ ...p, severity: 'error' })) },
      );
    }
    const after = await updatePhase(tx, t, ONSITE, {
      state: 'submitted',
      submittedAt: new Date(),
      submittedBy: caller.principal.userId,
      returnedReason: null,
    });
    await auditOnsite(tx, caller, t, 'onsite.submit', { state: from }, { state: 'submitted' });
    return toPhase(after);
  });
}

/** An officer returns a submitted review with a reason; the team leader is notified. */
export async function returnOnsite(
  db: Db,
  caller: Caller,
  t: Target,
  input: { version: number; reason: string },
): Promise<SelfPhase> {
  return db.transaction(async (tx) => {
    const access = await onsiteAccessOf(tx, caller.principal, t.campaignId, t.unitId);
    if (!access.mayReturn) throw forbidden();
    const from = toPhase(await lockPhaseAt(tx, t, ONSITE, input.version)).state;
    transitionTargetPhase(ONSITE, from, 'returned', { role: actorRoleOf(caller), reason: input.reason });
    const after = await updatePhase(tx, t, ONSITE, { state: 'returned', returnedReason: input.reason });
    const leaderId = drawOf(access.campaign)?.teams.find((x) => x.no === access.teamNo)?.leaderId;
    const [leader] = leaderId
      ? await tx.select({ userId: experts.userId }).from(experts).where(eq(experts.id, leaderId))
      : [];
    if (leader?.userId) {
      const name = access.campaign.name;
      await createNotification(tx, {
        userId: leader.userId,
        title: { zh: '实地评估被退回', en: 'On-site review returned' },
        body: {
          zh: `“${name}”的实地评估已被编办退回，请修改后重新提交。退回原因：${input.reason}`,
          en: `The office returned your on-site review in “${name}”. Reason: ${input.reason}`,
        },
        link: `/campaigns/${t.campaignId}/onsite/${t.unitId}`,
      });
    }
    await auditOnsite(
      tx,
      caller,
      t,
      'onsite.return',
      { state: from },
      { state: 'returned', reason: input.reason },
    );
    return toPhase(after);
  });
}
