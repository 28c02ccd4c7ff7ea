import type { PhaseWindow } from '@bianping/core/campaigns/phases';
import { windowOf } from '@bianping/core/campaigns/phases';
import type { MyCampaign } from '@bianping/core/campaigns/self-assessment-api';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../plugins/auth.ts';
import { unitIdsOf } from './self-assessment.policy.ts';
import { listMyCampaigns } from './self-assessment.queries.ts';

/**
 * The unit user's work list: launched campaigns (drafts are the office's business) where one of
 * the user's units is a target, with the self phase state and its deadline.
 */
export async function listMine(db: Db, principal: Principal): Promise<MyCampaign[]> {
  const rows = await listMyCampaigns(db, unitIdsOf(principal));
  return rows.map((r) => ({
    campaignId: r.campaign_id,
    name: r.name,
    year: r.year,
    status: r.status as MyCampaign['status'],
    unitId: r.unit_id,
    unitName: r.unit_name,
    selfState: (r.state ?? 'notStarted') as MyCampaign['selfState'],
    returnedReason: r.returned_reason,
    deadline: windowOf((r.plan.phases ?? []) as PhaseWindow[], 'self')?.end ?? null,
  }));
}
