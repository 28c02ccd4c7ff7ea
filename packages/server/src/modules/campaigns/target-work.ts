import { type CampaignStatus, campaignStatuses } from '@bianping/core/campaigns/campaign-status';
import {
  isPhaseEditable,
  targetPhaseStates,
  transitionTargetPhase,
} from '@bianping/core/campaigns/target-phase';
import { AppError, ErrorCode, type LocalizedText, staleVersion } from '@bianping/core/errors';
import type { Db } from '../../db/client.ts';
import { appendAudit } from '../audit/audit.queries.ts';
import type { Caller } from './campaign-edit.ts';
import { ensurePhase, findPhase, type PhaseRow, toPhase, updatePhase } from './self-assessment.queries.ts';

/** One target of one campaign: what the self-assessment and the on-site review are written for. */
export type Target = { campaignId: string; unitId: string };

/**
 * The audit writer of one kind of work on a target (entity `campaignId:unitId`), so every phase
 * records its changes the same way.
 */
export const targetAuditor =
  (entityType: string) =>
  (tx: Db, caller: Caller, t: Target, action: string, before: unknown, after: unknown) =>
    appendAudit(tx, {
      ...caller.actor,
      action,
      entityType,
      entityId: `${t.campaignId}:${t.unitId}`,
      before,
      after,
    });

/** Refuses work when the campaign's status does not allow it; `work` names it ("自评" / "the self-assessment"). */
export function assertCampaignAllows(
  status: CampaignStatus,
  isOpen: (status: CampaignStatus) => boolean,
  work: LocalizedText,
) {
  if (isOpen(status)) return;
  const label = campaignStatuses.labels[status];
  throw new AppError(
    ErrorCode.IllegalTransition,
    {
      zh: `评估项目${label.zh}，不能填报或更改${work.zh}`,
      en: `The campaign is ${label.en.toLowerCase()}; ${work.en} cannot be changed`,
    },
    'status',
    { status },
  );
}

/**
 * Locks a target's phase row and checks the version the caller saw (0 = not started yet): a stale
 * step is `E_STALE_VERSION` with the current phase. Every step of a form phase starts here, so a
 * save, a submit, a return and an acceptance of one target are serialised.
 */
export async function lockPhaseAt(tx: Db, t: Target, phase: string, version: number) {
  const row = await findPhase(tx, t, phase, { lock: true });
  if ((row?.version ?? 0) !== version) throw staleVersion(toPhase(row));
  return row;
}

/**
 * Opens a target's form phase for writing: locks its row (created on first use), refuses a phase
 * that is submitted or accepted (`work` names it: "自评" / "the self-assessment"), and starts a
 * phase not started yet (notStarted → inProgress, the core's `start` by `role`). Returns the
 * locked, current row.
 */
export async function openPhaseForWriting(
  tx: Db,
  t: Target,
  phase: 'self' | 'onsite',
  work: LocalizedText,
  role: 'unit' | 'evaluator',
): Promise<PhaseRow> {
  await ensurePhase(tx, t, phase, 'notStarted');
  const row = (await findPhase(tx, t, phase, { lock: true })) as PhaseRow;
  const state = toPhase(row).state;
  if (!isPhaseEditable(state)) {
    const label = targetPhaseStates.labels[state];
    throw new AppError(
      ErrorCode.IllegalTransition,
      {
        zh: `${work.zh}${label.zh}，不能再修改；如需更正请联系编办退回`,
        en: `${capitalise(work.en)} is ${label.en.toLowerCase()} and locked; ask the office to return it`,
      },
      'state',
      { state },
    );
  }
  if (state !== 'notStarted') return row;
  transitionTargetPhase(phase, state, 'inProgress', { role });
  return updatePhase(tx, t, phase, { state: 'inProgress' });
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
