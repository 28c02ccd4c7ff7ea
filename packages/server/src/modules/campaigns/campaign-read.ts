import type { TeamDrawRecord } from '@bianping/core/campaigns/team-draw';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../plugins/auth.ts';
import { campaignNotFound, campaignScopeOf, canWriteRegion, seesWholePlan } from './campaigns.policy.ts';
import { drawOf, findCampaign, isCampaignVisible } from './campaigns.queries.ts';
import { expertIdOfUser } from './experts.queries.ts';

/**
 * Reading one campaign as a principal: 404 when out of scope; otherwise the row with what the
 * principal may see of it — the whole plan (plan readers of its region, members of its teams)
 * or only the basics and the targets of their own units (unit users).
 */

const isOnTeam = (draw: TeamDrawRecord | null, expertId: string | null) =>
  expertId !== null &&
  (draw?.teams ?? []).some((t) => t.leaderId === expertId || t.memberIds.includes(expertId));

export async function readCampaign(db: Db, principal: Principal, id: string) {
  const scope = await campaignScopeOf(db, principal);
  if (!(await isCampaignVisible(db, scope, id))) throw campaignNotFound();
  const row = await findCampaign(db, id);
  if (!row) throw campaignNotFound();
  const onTeam = scope.onTeams && isOnTeam(drawOf(row), await expertIdOfUser(db, principal.userId));
  const wholePlan = seesWholePlan(scope, row, onTeam);
  return {
    row,
    wholePlan,
    canEdit: await canWriteRegion(db, principal, row.regionId),
    /** Targets limited to these units, or undefined for all. */
    ownUnitIds: wholePlan ? undefined : scope.unitIds,
  };
}
