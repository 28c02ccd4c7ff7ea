import type { CampaignDetail } from '@bianping/core/campaigns/api';
import type { CampaignStatus } from '@bianping/core/campaigns/campaign-status';
import { launchBlockers, nextCampaignStatuses } from '@bianping/core/campaigns/campaign-status';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../plugins/auth.ts';
import { readCampaign } from './campaign-read.ts';
import { checkDraft, hasCategorySetIn } from './campaign-sets.ts';
import { listTargets } from './campaign-targets.queries.ts';
import { countTargets, loadFrozenSets, planOf, toCampaign } from './campaigns.queries.ts';

/** The campaign page: the campaign, its launch check for those who write it, what may come next. */
export async function getCampaignDetail(db: Db, principal: Principal, id: string): Promise<CampaignDetail> {
  const { row, wholePlan, canEdit } = await readCampaign(db, principal, id);
  const [targetCount, frozen] = await Promise.all([countTargets(db, id), loadFrozenSets(db, id)]);
  const campaign = toCampaign(row, { targetCount, frozen });
  if (!wholePlan) {
    // A unit's users see the basics and the timetable, not the teams or the draw.
    campaign.teams = [];
    campaign.teamDraw = null;
  }
  let launchCheck: CampaignDetail['launchCheck'] = null;
  if (canEdit && row.status === 'draft') {
    const { check } = await checkDraft(db, row);
    const blockers = launchBlockers(check);
    launchCheck = { canLaunch: blockers.length === 0, problems: check.problems, blockers };
  }
  const status = row.status as CampaignStatus;
  return {
    campaign,
    launchCheck,
    nextStatuses: canEdit ? nextCampaignStatuses(status).filter((s) => s !== 'launched') : [],
    canEdit,
  };
}

/** One page of the targets the principal may see (a unit's users: their own rows only). */
export async function listCampaignTargets(
  db: Db,
  principal: Principal,
  id: string,
  query: { page: number; pageSize: number; q?: string; category?: string; teamNo?: number },
) {
  const { row, ownUnitIds } = await readCampaign(db, principal, id);
  const { page, pageSize, ...filter } = query;
  const result = await listTargets(
    db,
    id,
    { ...filter, ...(ownUnitIds ? { unitIds: ownUnitIds } : {}) },
    hasCategorySetIn(planOf(row)),
    page,
    pageSize,
  );
  return { ...result, page, pageSize };
}
