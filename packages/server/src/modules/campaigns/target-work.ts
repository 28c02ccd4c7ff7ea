import { type CampaignStatus, campaignStatuses } from '@bianping/core/campaigns/campaign-status';
import { AppError, ErrorCode, type LocalizedText } from '@bianping/core/errors';
import type { Db } from '../../db/client.ts';
import { appendAudit } from '../audit/audit.queries.ts';
import type { Caller } from './campaign-edit.ts';

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
