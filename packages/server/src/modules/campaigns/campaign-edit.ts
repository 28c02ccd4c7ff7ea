import type { CampaignStatus } from '@bianping/core/campaigns/campaign-status';
import { campaignStatuses, isPlanEditable } from '@bianping/core/campaigns/campaign-status';
import { AppError, ErrorCode, staleVersion } from '@bianping/core/errors';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/client.ts';
import { type Principal, principalOf } from '../../plugins/auth.ts';
import { appendAudit } from '../audit/audit.queries.ts';
import { type AuditActor, actorOf } from '../audit/audit-actor.ts';
import { assertWritableRegion, campaignNotFound, campaignScopeOf } from './campaigns.policy.ts';
import { type CampaignRow, findCampaign, isCampaignVisible, updateCampaign } from './campaigns.queries.ts';

/**
 * The one way a campaign is changed: in a transaction, lock the row, check it is visible (else
 * 404) and writable by the caller (else 403), check the stated version and that the plan may
 * still change, apply, bump the version and audit — so every section edit behaves the same.
 */

export type Caller = { principal: Principal; actor: AuditActor };

export const callerOf = (request: FastifyRequest): Caller => ({
  principal: principalOf(request),
  actor: actorOf(request),
});

/** The role a campaign transition is made in (the core's actor). */
export const actorRoleOf = (caller: Caller) =>
  caller.principal.roles.some((a) => a.role === 'admin') ? 'admin' : 'officer';

export const auditCampaign = (
  tx: Db,
  caller: Caller,
  action: string,
  entityId: string,
  before: unknown,
  after: unknown,
) => appendAudit(tx, { ...caller.actor, action, entityType: 'campaign', entityId, before, after });

/** The locked row of a campaign the caller may write, version checked. */
export async function lockWritableCampaign(tx: Db, caller: Caller, id: string, version?: number) {
  const scope = await campaignScopeOf(tx, caller.principal);
  if (!(await isCampaignVisible(tx, scope, id))) throw campaignNotFound();
  const row = await findCampaign(tx, id, { lock: true });
  if (!row) throw campaignNotFound();
  await assertWritableRegion(tx, caller.principal, row.regionId);
  if (version !== undefined && row.version !== version) throw staleVersion(row.version);
  return row;
}

/** Refuses a plan change once the campaign has launched. */
export function assertDraft(row: CampaignRow, what = { zh: '方案', en: 'the plan' }) {
  const status = row.status as CampaignStatus;
  if (isPlanEditable(status)) return;
  const label = campaignStatuses.labels[status];
  throw new AppError(
    ErrorCode.IllegalTransition,
    {
      zh: `评估项目已${label.zh}，不能再修改${what.zh}`,
      en: `The campaign is ${label.en.toLowerCase()}; ${what.en} can no longer change`,
    },
    'status',
    { status },
  );
}

type Change = {
  action: string;
  before: unknown;
  after: unknown;
  /** Campaign columns to change besides the version bump; absent when only other tables change. */
  changes?: Parameters<typeof updateCampaign>[2];
};

/**
 * Runs an edit of a campaign: `apply` may write other tables through `tx` and returns what to
 * change on the campaign row and what to audit. Returns the new version.
 */
export async function editCampaign(
  db: Db,
  caller: Caller,
  id: string,
  version: number,
  apply: (tx: Db, row: CampaignRow) => Promise<Change>,
): Promise<number> {
  return db.transaction(async (tx) => {
    const row = await lockWritableCampaign(tx, caller, id, version);
    const change = await apply(tx, row);
    const next = await updateCampaign(tx, id, change.changes ?? {});
    await auditCampaign(tx, caller, change.action, id, change.before, change.after);
    return next;
  });
}
