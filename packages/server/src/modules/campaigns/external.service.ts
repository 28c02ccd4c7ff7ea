import type { CampaignStatus } from '@bianping/core/campaigns/campaign-status';
import type { ExternalItem, ExternalRatingInput } from '@bianping/core/campaigns/external';
import type { ExternalProblem, ExternalSheetState } from '@bianping/core/campaigns/external-api';
import {
  isPhaseEditable,
  type TargetPhaseState,
  targetPhaseStates,
  transitionTargetPhase,
} from '@bianping/core/campaigns/target-phase';
import { AppError, ErrorCode, notFound, staleVersion } from '@bianping/core/errors';
import type { Db } from '../../db/client.ts';
import { createNotification } from '../notifications/notifications.queries.ts';
import { onScoreEntryChanged } from '../scoring/scoring-incremental.ts';
import { actorRoleOf, type Caller, lockWritableCampaign } from './campaign-edit.ts';
import { loadFrozenSets } from './campaigns.queries.ts';
import { raterSheetOf, sheetNotFound } from './external.policy.ts';
import {
  type AssignmentRow,
  findAssignment,
  findSheet,
  listAssignments,
  listFindingsOf,
  listSheets,
  raterAccountsOf,
  replaceFindings,
  type Sheet,
  saveRating,
  toSheetState,
  updateSheet,
} from './external.queries.ts';
import { describeItem, externalNodeOf, mappingOf, setsById, toSheetRating } from './external-items.ts';
import { ensurePhase, findPhase, findTarget, toPhase, updatePhase } from './self-assessment.queries.ts';
import { assertCampaignAllows, targetAuditor } from './target-work.ts';

/**
 * Changing 外部评价. A department's sheet (`external_sheets`) follows the core target-phase machine
 * of phase 'external' (notStarted → inProgress on the first save → submitted → returned …); each
 * target's `target_phases` row of that phase is the aggregate the dashboard reads: inProgress once
 * any of its ratings is saved, submitted when every sheet holding its assignments is, rated once
 * an officer accepts it, returned with any returned sheet of it. Every change locks the sheet row
 * first, then the target phase rows by unit id, so saves, submits and returns are serialised.
 */

export const EXTERNAL = 'external';
const auditSheet = targetAuditor('externalSheet');
const auditTarget = targetAuditor('externalRating');
const sheetEntity = (s: Sheet) => ({ campaignId: s.campaignId, unitId: s.raterUnitId });

/** Raters work, and assignments change, while the campaign collects, as the other forms. */
export const isExternalOpen = (status: CampaignStatus) => status === 'launched' || status === 'collecting';
export const assertOpen = (status: string) =>
  assertCampaignAllows(status as CampaignStatus, isExternalOpen, { zh: '外部评价', en: 'external ratings' });

export const invalid = (field: string, zh: string, en: string, details?: Record<string, unknown>) =>
  new AppError(ErrorCode.Validation, { zh, en }, field, details);

export function lockedError(what: 'sheet' | 'target', state: TargetPhaseState, name = '') {
  const label = targetPhaseStates.labels[state];
  const zh = what === 'sheet' ? '本部门的外部评价表' : `评估对象“${name}”的外部评价`;
  const en = what === 'sheet' ? 'Your department’s rating sheet' : `The external rating of “${name}”`;
  return new AppError(
    ErrorCode.IllegalTransition,
    {
      zh: `${zh}${label.zh}，不能再修改${what === 'sheet' ? '；如需更正请联系编办退回' : ''}`,
      en: `${en} is ${label.en.toLowerCase()} and cannot change`,
    },
    'state',
    { state },
  );
}

/** Locks the target phase rows (creating them notStarted), in unit order; returns them by unit. */
export async function lockTargetPhases(tx: Db, campaignId: string, unitIds: Iterable<string>) {
  const sorted = [...new Set(unitIds)].sort();
  const rows = new Map<string, ReturnType<typeof toPhase>>();
  for (const unitId of sorted) {
    const t = { campaignId, unitId };
    await ensurePhase(tx, t, EXTERNAL, 'notStarted');
    rows.set(unitId, toPhase(await findPhase(tx, t, EXTERNAL, { lock: true })));
  }
  return rows;
}

/** Locks the caller department's sheet, checked editable; the first change starts it. */
async function openSheet(tx: Db, s: Sheet, status: string) {
  assertOpen(status);
  const row = await findSheet(tx, s, { lock: true });
  if (!row) throw sheetNotFound();
  const state = row.state as TargetPhaseState;
  if (!isPhaseEditable(state)) throw lockedError('sheet', state);
  if (state !== 'notStarted') return row;
  transitionTargetPhase(EXTERNAL, state, 'inProgress', { role: 'rater' });
  return updateSheet(tx, s, { state: 'inProgress' });
}

/** A rater saves one grade (version 0 first); stale → the stored rating in details.current. */
export async function saveExternalRating(
  db: Db,
  caller: Caller,
  id: string,
  assignmentId: string,
  input: ExternalRatingInput,
) {
  return db.transaction(async (tx) => {
    const { campaign, unitIds } = await raterSheetOf(tx, caller.principal, id);
    const found = await findAssignment(tx, id, assignmentId);
    if (!found || !unitIds.includes(found.raterUnitId)) throw sheetNotFound();
    const s = { campaignId: id, raterUnitId: found.raterUnitId };
    const sheet = await openSheet(tx, s, campaign.status);
    const before = await findAssignment(tx, id, assignmentId, { lock: true });
    if (!before) throw sheetNotFound();
    const sets = setsById(await loadFrozenSets(tx, id));
    const mapping = mappingOf(campaign);
    const current = async (row: AssignmentRow) =>
      toSheetRating(row, await listFindingsOf(tx, [row.id]), sets, mapping);
    if (before.version !== input.version) throw staleVersion(await current(before));
    const keep = new Set((await listFindingsOf(tx, [before.id])).map((f) => f.id));
    const foreign = input.findings.find((f) => f.id && !keep.has(f.id));
    if (foreign)
      throw invalid(
        'findings',
        `问题 ${foreign.id} 不属于该评价事项`,
        `Finding ${foreign.id} is not one of this rating’s`,
      );
    if (input.findings.some((f) => f.evidenceFileIds.length > 0)) {
      throw invalid(
        'findings',
        '外部评价的问题暂不能关联附件',
        'Findings of external ratings cannot link files yet',
      );
    }
    const item = before.item as ExternalItem;
    const code = item.kind === 'indicator' ? item.nodeCode : null;
    await replaceFindings(
      tx,
      before,
      input.findings.map((f) => ({ ...f, indicatorCode: f.indicatorCode ?? code })),
      caller.principal.userId,
    );
    const after = await saveRating(tx, before.id, {
      level: input.level,
      comment: input.comment,
      ratedBy: caller.principal.userId,
    });
    await onScoreEntryChanged(tx, id, after.targetUnitId, externalNodeOf(sets, item)?.id ?? null);
    const phase = (await lockTargetPhases(tx, id, [after.targetUnitId])).get(after.targetUnitId);
    if (phase?.state === 'notStarted') {
      transitionTargetPhase(EXTERNAL, 'notStarted', 'inProgress', { role: 'rater' });
      await updatePhase(tx, { campaignId: id, unitId: after.targetUnitId }, EXTERNAL, {
        state: 'inProgress',
      });
    }
    const rating = await current(after);
    await auditSheet(
      tx,
      caller,
      sheetEntity(s),
      'external.rating.save',
      before.level
        ? {
            assignmentId: before.id,
            level: before.level,
            comment: before.comment,
          }
        : null,
      {
        assignmentId: after.id,
        level: after.level,
        comment: after.comment,
        findings: rating.findings.length,
      },
    );
    return { rating, sheet: toSheetState(sheet, s.raterUnitId) };
  });
}

/** The problems that block a submit: every assignment must be graded. */
function ungradedProblems(
  rows: readonly AssignmentRow[],
  describe: (a: AssignmentRow) => string,
): ExternalProblem[] {
  return rows
    .filter((a) => a.level === null)
    .map((a) => {
      const item = a.item as ExternalItem;
      return {
        code: 'ungraded',
        severity: 'error' as const,
        nodeId: null,
        nodeCode: item.kind === 'indicator' ? item.nodeCode : null,
        assignmentId: a.id,
        targetUnitId: a.targetUnitId,
        message: { zh: `${describe(a)}尚未评价`, en: `${describe(a)} is not graded yet` },
      };
    });
}

/**
 * Moves each of the targets given whose every sheet holding its assignments is submitted (and
 * that has any) from inProgress or returned to submitted; returns those moved. The other sheets
 * are read after the target rows are locked, so two last sheets submitted at once still see each
 * other and the target moves exactly once. The caller holds its sheets' locks already.
 */
export async function settleTargets(tx: Db, caller: Caller, id: string, targetIds: ReadonlySet<string>) {
  const phases = await lockTargetPhases(tx, id, targetIds);
  const all = await listAssignments(tx, id);
  const sheetStates = new Map((await listSheets(tx, id)).map((x) => [x.raterUnitId, x.state]));
  const moved: string[] = [];
  for (const unitId of [...targetIds].sort()) {
    const state = phases.get(unitId)?.state ?? 'notStarted';
    const holders = new Set(all.filter((a) => a.targetUnitId === unitId).map((a) => a.raterUnitId));
    const complete = holders.size > 0 && [...holders].every((r) => sheetStates.get(r) === 'submitted');
    if (!complete || (state !== 'inProgress' && state !== 'returned')) continue;
    transitionTargetPhase(EXTERNAL, state, 'submitted', { role: 'rater' });
    await updatePhase(tx, { campaignId: id, unitId }, EXTERNAL, {
      state: 'submitted',
      submittedAt: new Date(),
      submittedBy: caller.principal.userId,
      returnedReason: null,
    });
    moved.push(unitId);
  }
  return moved;
}

/** A rater submits the department's sheet; targets whose every sheet is in move to submitted. */
export async function submitExternalSheet(db: Db, caller: Caller, id: string, version: number) {
  return db.transaction(async (tx): Promise<ExternalSheetState> => {
    const { campaign, raterUnitId } = await raterSheetOf(tx, caller.principal, id);
    assertOpen(campaign.status);
    const s = { campaignId: id, raterUnitId };
    const row = await findSheet(tx, s, { lock: true });
    if (!row) throw sheetNotFound();
    if (row.version !== version) throw staleVersion(toSheetState(row, raterUnitId));
    const from = row.state as TargetPhaseState;
    const mine = await listAssignments(tx, id, raterUnitId);
    const sets = setsById(await loadFrozenSets(tx, id));
    const problems = ungradedProblems(mine, (a) => describeItem(sets, a.item as ExternalItem).label.zh);
    if (problems.length) {
      throw new AppError(
        ErrorCode.Validation,
        {
          zh: `外部评价表尚不能提交，还有 ${problems.length} 项未评价`,
          en: `The rating sheet cannot be submitted yet; ${problems.length} item(s) are not graded`,
        },
        'ratings',
        { problems },
      );
    }
    transitionTargetPhase(EXTERNAL, from, 'submitted', { role: 'rater' });
    const after = await updateSheet(tx, s, {
      state: 'submitted',
      submittedAt: new Date(),
      submittedBy: caller.principal.userId,
      returnedReason: null,
    });
    const moved = await settleTargets(tx, caller, id, new Set(mine.map((a) => a.targetUnitId)));
    await auditSheet(
      tx,
      caller,
      sheetEntity(s),
      'external.sheet.submit',
      { state: from },
      {
        state: 'submitted',
        targetsSubmitted: moved,
      },
    );
    return toSheetState(after, raterUnitId);
  });
}

/** An officer returns a submitted sheet with a reason: its targets go back to returned; the raters are told. */
export async function returnExternalSheet(
  db: Db,
  caller: Caller,
  id: string,
  raterUnitId: string,
  input: { version: number; reason: string },
) {
  return db.transaction(async (tx): Promise<ExternalSheetState> => {
    const campaign = await lockWritableCampaign(tx, caller, id);
    const s = { campaignId: id, raterUnitId };
    const row = await findSheet(tx, s, { lock: true });
    if (!row) throw sheetNotFound();
    if (row.version !== input.version) throw staleVersion(toSheetState(row, raterUnitId));
    const from = row.state as TargetPhaseState;
    const role = actorRoleOf(caller);
    transitionTargetPhase(EXTERNAL, from, 'returned', { role, reason: input.reason });
    const after = await updateSheet(tx, s, { state: 'returned', returnedReason: input.reason });
    const targetIds = new Set((await listAssignments(tx, id, raterUnitId)).map((a) => a.targetUnitId));
    const phases = await lockTargetPhases(tx, id, targetIds);
    for (const [unitId, phase] of phases) {
      if (phase.state === 'returned' || isPhaseEditable(phase.state)) continue;
      // An accepted (rated) target refuses here: the core has no step back from rated.
      transitionTargetPhase(EXTERNAL, phase.state, 'returned', { role, reason: input.reason });
      await updatePhase(tx, { campaignId: id, unitId }, EXTERNAL, {
        state: 'returned',
        returnedReason: input.reason,
      });
    }
    for (const account of await raterAccountsOf(tx, [raterUnitId])) {
      await createNotification(tx, {
        userId: account.userId,
        title: { zh: '外部评价表被退回', en: 'External rating sheet returned' },
        body: {
          zh: `“${campaign.name}”的外部评价表已被编办退回，请修改后重新提交。退回原因：${input.reason}`,
          en: `The office returned your department’s rating sheet in “${campaign.name}”. Reason: ${input.reason}`,
        },
        link: `/campaigns/${id}/external`,
      });
    }
    await auditSheet(
      tx,
      caller,
      sheetEntity(s),
      'external.sheet.return',
      { state: from },
      {
        state: 'returned',
        reason: input.reason,
      },
    );
    return toSheetState(after, raterUnitId);
  });
}

/** An officer accepts a target whose sheets are all in: submitted → rated. */
export async function acceptExternalTarget(
  db: Db,
  caller: Caller,
  id: string,
  unitId: string,
  version: number,
) {
  return db.transaction(async (tx) => {
    await lockWritableCampaign(tx, caller, id);
    const t = { campaignId: id, unitId };
    if (!(await findTarget(tx, t))) throw notFound({ zh: '评估对象', en: 'Target' }, 'unitId');
    const row = await findPhase(tx, t, EXTERNAL, { lock: true });
    const phase = toPhase(row);
    if (phase.version !== version) throw staleVersion(phase);
    transitionTargetPhase(EXTERNAL, phase.state, 'rated', { role: actorRoleOf(caller) });
    const after = toPhase(await updatePhase(tx, t, EXTERNAL, { state: 'rated' }));
    await auditTarget(tx, caller, t, 'external.target.accept', { state: phase.state }, { state: 'rated' });
    return { unitId, state: after.state, version: after.version };
  });
}
