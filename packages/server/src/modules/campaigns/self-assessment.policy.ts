import type { Role } from '@bianping/core/auth/roles';
import { notFound } from '@bianping/core/errors';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { experts } from '../../db/schema/index.ts';
import type { Principal } from '../../plugins/auth.ts';
import { campaignScopeOf, canWriteRegion } from './campaigns.policy.ts';
import { type CampaignRow, drawOf, findCampaign } from './campaigns.queries.ts';
import { findTarget } from './self-assessment.queries.ts';

/**
 * Who sees and changes one target's self-assessment. The unit's own users fill it; officers and
 * administrators whose region scope holds the campaign read it and may return it; leaders of that
 * scope and the target's evaluation team (evaluators/experts whose expert record is the leader or a
 * member of the target's team) read it. Everyone else — other units' users, other teams — gets
 * 404, as if the target did not exist; raters are refused by role on every route.
 */

export const selfReaders: readonly Role[] = ['admin', 'officer', 'leader', 'evaluator', 'expert', 'unit'];
export const selfFillers: readonly Role[] = ['unit'];
export const selfReturners: readonly Role[] = ['admin', 'officer'];

const targetLabel = { zh: '评估对象的自评', en: 'Self-assessment of the target' };
export const selfAssessmentNotFound = () => notFound(targetLabel);

export type TargetAccess = {
  campaign: CampaignRow;
  teamNo: number | null;
  /** The target's frozen set ids. */
  setIds: string[];
  /** A user of the target unit: may fill the form (subject to the phase). */
  isFiller: boolean;
  /** An officer or administrator over the campaign's region: may return it. */
  mayReturn: boolean;
};

/** Unit ids where the principal holds the `unit` role. */
export const unitIdsOf = (principal: Principal) =>
  principal.roles
    .filter((a) => a.role === 'unit' && a.scopeType === 'unit' && a.scopeId)
    .map((a) => a.scopeId as string);

/** Whether the principal's expert record sits on the given team of the campaign. */
async function isOnTeam(db: Db, principal: Principal, campaign: CampaignRow, teamNo: number | null) {
  if (teamNo === null) return false;
  if (!principal.roles.some((a) => a.role === 'evaluator' || a.role === 'expert')) return false;
  const team = drawOf(campaign)?.teams.find((t) => t.no === teamNo);
  if (!team) return false;
  const [expert] = await db
    .select({ id: experts.id })
    .from(experts)
    .where(eq(experts.userId, principal.userId));
  return !!expert && (team.leaderId === expert.id || team.memberIds.includes(expert.id));
}

/** The caller's access to a target's self-assessment; 404 when it may not see it at all. */
export async function targetAccessOf(
  db: Db,
  principal: Principal,
  campaignId: string,
  unitId: string,
): Promise<TargetAccess> {
  const campaign = await findCampaign(db, campaignId);
  const target = campaign ? await findTarget(db, { campaignId, unitId }) : undefined;
  if (!campaign || !target) throw selfAssessmentNotFound();
  const isFiller = unitIdsOf(principal).includes(unitId);
  const scope = await campaignScopeOf(db, principal);
  const inRegion = scope.planRegions === 'all' || scope.planRegions.includes(campaign.regionId);
  const onTeam = !isFiller && !inRegion && (await isOnTeam(db, principal, campaign, target.teamNo));
  if (!isFiller && !inRegion && !onTeam) throw selfAssessmentNotFound();
  const mayReturn = inRegion && (await canWriteRegion(db, principal, campaign.regionId));
  return { campaign, teamNo: target.teamNo, setIds: target.setIds as string[], isFiller, mayReturn };
}
