import type { Role } from '@bianping/core/auth/roles';
import type { CampaignStatus } from '@bianping/core/campaigns/campaign-status';
import { notFound } from '@bianping/core/errors';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { experts } from '../../db/schema/index.ts';
import type { Principal } from '../../plugins/auth.ts';
import { campaignScopeOf, canWriteRegion } from './campaigns.policy.ts';
import { type CampaignRow, drawOf, findCampaign } from './campaigns.queries.ts';
import { unitIdsOf } from './self-assessment.policy.ts';
import { findTarget } from './self-assessment.queries.ts';

/**
 * Who sees and changes one target's on-site review. The target's drawn team (evaluators/experts
 * whose expert record leads or sits on it) writes, its leader submits; officers and
 * administrators whose region scope holds the campaign read and return; leaders of that scope
 * read. The unit itself sees nothing of it until the campaign reaches its report (404 before),
 * so the team's notes cannot steer the unit's answers. Another team and everyone else get 404;
 * raters are refused by role.
 */

export const onsiteReaders: readonly Role[] = ['admin', 'officer', 'leader', 'evaluator', 'expert', 'unit'];
export const onsiteWriters: readonly Role[] = ['evaluator', 'expert'];
export const onsiteReturners: readonly Role[] = ['admin', 'officer'];

const label = { zh: '评估对象的实地评估', en: 'On-site review of the target' };
export const onsiteNotFound = () => notFound(label);

/** Campaign states from which the unit may read its on-site review. */
const unitVisibleStatuses: readonly CampaignStatus[] = ['reporting', 'closed'];

export type OnsiteAccess = {
  campaign: CampaignRow;
  teamNo: number | null;
  setIds: string[];
  /** On the target's team: may write (subject to the phase). */
  isTeam: boolean;
  /** Leads the target's team: may submit. */
  isLeader: boolean;
  mayReturn: boolean;
};

/** 'leader', 'member' or null: the principal's place on a team of the campaign. */
export async function teamRoleOf(db: Db, principal: Principal, campaign: CampaignRow, teamNo: number | null) {
  if (teamNo === null) return null;
  if (!principal.roles.some((a) => onsiteWriters.includes(a.role))) return null;
  const team = drawOf(campaign)?.teams.find((t) => t.no === teamNo);
  if (!team) return null;
  const [expert] = await db
    .select({ id: experts.id })
    .from(experts)
    .where(eq(experts.userId, principal.userId));
  if (!expert) return null;
  if (team.leaderId === expert.id) return 'leader';
  return team.memberIds.includes(expert.id) ? 'member' : null;
}

/** The caller's access to a target's on-site review; 404 when it may not see it. */
export async function onsiteAccessOf(
  db: Db,
  principal: Principal,
  campaignId: string,
  unitId: string,
): Promise<OnsiteAccess> {
  const campaign = await findCampaign(db, campaignId);
  const target = campaign ? await findTarget(db, { campaignId, unitId }) : undefined;
  if (!campaign || !target) throw onsiteNotFound();
  const teamRole = await teamRoleOf(db, principal, campaign, target.teamNo);
  const scope = await campaignScopeOf(db, principal);
  const inRegion = scope.planRegions === 'all' || scope.planRegions.includes(campaign.regionId);
  const isUnitReader =
    unitIdsOf(principal).includes(unitId) && unitVisibleStatuses.includes(campaign.status as CampaignStatus);
  if (!teamRole && !inRegion && !isUnitReader) throw onsiteNotFound();
  const mayReturn = inRegion && (await canWriteRegion(db, principal, campaign.regionId));
  return {
    campaign,
    teamNo: target.teamNo,
    setIds: target.setIds as string[],
    isTeam: teamRole !== null,
    isLeader: teamRole === 'leader',
    mayReturn,
  };
}
