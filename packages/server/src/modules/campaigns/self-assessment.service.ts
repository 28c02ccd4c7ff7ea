import type { CampaignStatus } from '@bianping/core/campaigns/campaign-status';
import { checkScoreInput, ruleInputBounds, type ScoreInput } from '@bianping/core/campaigns/score-input';
import type { StaffingPlan } from '@bianping/core/campaigns/self-assessment';
import type { SelfEntryPutInput, SelfPhase } from '@bianping/core/campaigns/self-assessment-api';
import { canSubmitSelfAssessment } from '@bianping/core/campaigns/self-assessment-check';
import { transitionTargetPhase } from '@bianping/core/campaigns/target-phase';
import { AppError, ErrorCode, forbidden, notFound, staleVersion } from '@bianping/core/errors';
import type { Db } from '../../db/client.ts';
import { createNotification } from '../notifications/notifications.queries.ts';
import { onScoreEntryChanged } from '../scoring/scoring-incremental.ts';
import { actorRoleOf, type Caller } from './campaign-edit.ts';
import { type TargetAccess, targetAccessOf } from './self-assessment.policy.ts';
import {
  findEntry,
  findExtras,
  listEntries,
  listEvidence,
  saveEntry,
  saveStaffingPlan,
  toPhase,
  updatePhase,
} from './self-assessment.queries.ts';
import { checkLeavesOf, isSelfAssessmentOpen, problemsOf, targetSets } from './self-assessment-form.ts';
import {
  assertCampaignAllows,
  lockPhaseAt,
  openPhaseForWriting,
  type Target,
  targetAuditor,
} from './target-work.ts';

/**
 * Changing a self-assessment. Every change runs in one transaction that locks the target's self
 * phase row first, so a save and a submit of the same target are serialised, and appends its audit
 * entry (entity `selfAssessment`, id `campaignId:unitId`).
 */

const PHASE = 'self';

/** Appends the audit entry of a change (entity `selfAssessment`). */
export const auditSelf = targetAuditor('selfAssessment');

const WORK = { zh: '自评', en: 'the self-assessment' };

/** Refuses work on a campaign that is not collecting self-assessments. */
function assertOpen(access: TargetAccess) {
  assertCampaignAllows(access.campaign.status as CampaignStatus, isSelfAssessmentOpen, WORK);
}

/**
 * Opens the target's form for a change by its unit: visible (else 404), the caller one of its
 * users, the campaign collecting, the phase editable. A first change starts the phase
 * (notStarted → inProgress, the core's `start`). Returns the locked, current phase row.
 */
export async function openForFilling(tx: Db, caller: Caller, t: Target) {
  const access = await targetAccessOf(tx, caller.principal, t.campaignId, t.unitId);
  if (!access.isFiller) throw forbidden();
  assertOpen(access);
  const phase = await openPhaseForWriting(tx, t, PHASE, WORK, 'unit');
  return { access, phase };
}

const invalid = (field: string, zh: string, en: string) =>
  new AppError(ErrorCode.Validation, { zh, en }, field);

/** The stored input: only the field the rule takes, checked against the leaf's bounds. */
async function validatedEntry(
  tx: Db,
  access: TargetAccess,
  t: Target,
  nodeId: string,
  body: SelfEntryPutInput,
) {
  const sets = await targetSets(tx, t.campaignId, access.setIds);
  const leaf = checkLeavesOf(sets).find((l) => l.id === nodeId);
  if (!leaf) throw notFound({ zh: '指标', en: 'Indicator' }, 'nodeId');
  const where = `指标 ${leaf.code}“${leaf.name}”`;
  const whereEn = `Indicator ${leaf.code} “${leaf.name}”`;
  if (!leaf.sources.includes('self') || !leaf.rule) {
    throw invalid('nodeId', `${where}不由单位自评`, `${whereEn} is not self-assessed`);
  }
  const bounds = ruleInputBounds(leaf.rule, leaf.maxPoints);
  const value = body.input[bounds.input] ?? null;
  const input = { [bounds.input]: value } as ScoreInput;
  // A draft may leave the score empty; what is entered must be within bounds.
  const problem = value === null ? null : checkScoreInput(leaf.rule, leaf.maxPoints, input);
  if (problem) {
    throw invalid(
      `input.${bounds.input}`,
      `${where}：${problem.message.zh}`,
      `${whereEn}: ${problem.message.en}`,
    );
  }
  const evidenceFileIds = [...new Set(body.evidenceFileIds ?? [])];
  // Most autosaves carry no evidence: the unit's file list is read only when there is some to check.
  const mine = evidenceFileIds.length
    ? new Set((await listEvidence(tx, t)).filter((f) => f.purpose === 'evidence').map((f) => f.fileId))
    : new Set<string>();
  if (evidenceFileIds.some((id) => !mine.has(id))) {
    throw invalid(
      'evidenceFileIds',
      `${where}：佐证材料须为本单位在本项目中上传的文件`,
      `${whereEn}: evidence must be files the unit uploaded to this campaign`,
    );
  }
  return { input, narrative: body.narrative ?? '', evidenceFileIds };
}

/** Saves one indicator's entry (version 0 for the first save); stale → the newer entry in details. */
export async function saveSelfEntry(
  db: Db,
  caller: Caller,
  t: Target,
  nodeId: string,
  body: SelfEntryPutInput,
) {
  return db.transaction(async (tx) => {
    const { access, phase } = await openForFilling(tx, caller, t);
    const values = await validatedEntry(tx, access, t, nodeId, body);
    const before = await findEntry(tx, t, nodeId, { lock: true });
    if ((before?.version ?? 0) !== body.version) throw staleVersion(before ?? null);
    const entry = await saveEntry(tx, t, nodeId, { ...values, updatedBy: caller.principal.userId }, !!before);
    await auditSelf(tx, caller, t, 'selfAssessment.entry.save', before ?? null, entry);
    await onScoreEntryChanged(tx, t.campaignId, t.unitId, nodeId);
    return { entry, phase: toPhase(phase) };
  });
}

/** Saves the 3–5 year staffing plan under its own version. */
export async function saveSelfStaffingPlan(
  db: Db,
  caller: Caller,
  t: Target,
  plan: StaffingPlan,
  version: number,
) {
  return db.transaction(async (tx) => {
    const { phase } = await openForFilling(tx, caller, t);
    const before = await findExtras(tx, t, { lock: true });
    const current = { plan: before?.staffingPlan ?? null, version: before?.version ?? 0 };
    if (current.version !== version) throw staleVersion(current);
    const saved = await saveStaffingPlan(tx, t, plan);
    await auditSelf(tx, caller, t, 'selfAssessment.plan.save', current.plan, plan);
    return { plan, version: saved.version, phase: toPhase(phase) };
  });
}

/** The locked phase row for a state change, version checked. */

/** Submits the form: the core check must find no error; locks it. */
export async function submitSelfAssessment(
  db: Db,
  caller: Caller,
  t: Target,
  version: number,
): Promise<SelfPhase> {
  return db.transaction(async (tx) => {
    const access = await targetAccessOf(tx, caller.principal, t.campaignId, t.unitId);
    if (!access.isFiller) throw forbidden();
    assertOpen(access);
    const row = await lockPhaseAt(tx, t, PHASE, version);
    const from = toPhase(row).state;
    transitionTargetPhase(PHASE, from, 'submitted', { role: 'unit' });
    const [sets, entries, extras] = await Promise.all([
      targetSets(tx, t.campaignId, access.setIds),
      listEntries(tx, t),
      findExtras(tx, t),
    ]);
    const problems = problemsOf(sets, entries, extras?.staffingPlan ?? null, extras?.reportFileId ?? null);
    if (!canSubmitSelfAssessment(problems)) {
      const errors = problems.filter((p) => p.severity === 'error');
      throw new AppError(
        ErrorCode.Validation,
        {
          zh: `自评尚不能提交，还有 ${errors.length} 处问题：${errors[0]?.message.zh}`,
          en: `The self-assessment cannot be submitted yet; ${errors.length} problem(s): ${errors[0]?.message.en}`,
        },
        'entries',
        { problems: errors },
      );
    }
    const after = await updatePhase(tx, t, PHASE, {
      state: 'submitted',
      submittedAt: new Date(),
      submittedBy: caller.principal.userId,
      returnedReason: null,
    });
    await auditSelf(tx, caller, t, 'selfAssessment.submit', { state: from }, { state: 'submitted' });
    return toPhase(after);
  });
}

/** An officer returns a submitted form with a reason: unlocked, and the unit's users notified. */
export async function returnSelfAssessment(
  db: Db,
  caller: Caller,
  t: Target,
  input: { version: number; reason: string },
): Promise<SelfPhase> {
  return db.transaction(async (tx) => {
    const access = await targetAccessOf(tx, caller.principal, t.campaignId, t.unitId);
    if (!access.mayReturn) throw forbidden();
    const row = await lockPhaseAt(tx, t, PHASE, input.version);
    const from = toPhase(row).state;
    transitionTargetPhase(PHASE, from, 'returned', { role: actorRoleOf(caller), reason: input.reason });
    const after = await updatePhase(tx, t, PHASE, { state: 'returned', returnedReason: input.reason });
    const name = access.campaign.name;
    await createNotification(tx, {
      unitId: t.unitId,
      title: { zh: '自评被退回', en: 'Self-assessment returned' },
      body: {
        zh: `“${name}”的单位自评已被编办退回，请修改后重新提交。退回原因：${input.reason}`,
        en: `The office returned your self-assessment in “${name}”; please correct and resubmit. Reason: ${input.reason}`,
      },
      link: `/campaigns/${t.campaignId}/self-assessment/${t.unitId}`,
    });
    await auditSelf(
      tx,
      caller,
      t,
      'selfAssessment.return',
      { state: from },
      { state: 'returned', reason: input.reason },
    );
    return toPhase(after);
  });
}
