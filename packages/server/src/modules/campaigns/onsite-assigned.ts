import type { AssignedTarget } from '@bianping/core/campaigns/onsite-api';
import { type PhaseWindow, windowOf } from '@bianping/core/campaigns/phases';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../plugins/auth.ts';
import { listAssignedTargets } from './onsite.queries.ts';

/**
 * 我的评估任务: the targets of every team the caller's expert record leads or sits on, in
 * launched campaigns, with the on-site state and deadline. Nobody else's targets appear.
 */
export async function listAssigned(db: Db, principal: Principal): Promise<AssignedTarget[]> {
  const rows = await listAssignedTargets(db, principal.userId);
  return rows.map((r) => ({
    campaignId: r.campaign_id,
    campaignName: r.name,
    year: r.year,
    status: r.status as AssignedTarget['status'],
    unitId: r.unit_id,
    unitName: r.unit_name,
    teamNo: r.team_no,
    isLeader: r.is_leader,
    onsiteState: (r.state ?? 'notStarted') as AssignedTarget['onsiteState'],
    deadline: windowOf((r.plan.phases ?? []) as PhaseWindow[], 'onsite')?.end ?? null,
  }));
}
