import type { CampaignSlips } from '@bianping/core/campaigns/supervision-api';
import { slipOccurrences, slipsForCampaign } from '@bianping/core/campaigns/supervision-slips';
import { sql } from 'drizzle-orm';
import { type Db, selectRows } from '../../db/client.ts';
import type { Principal } from '../../plugins/auth.ts';
import { todayInChina } from '../../time.ts';
import { loadFrozenSets } from '../campaigns/campaigns.queries.ts';
import { onsiteAccessOf } from '../campaigns/onsite.policy.ts';
import { listCountingSlips } from './supervision.queries.ts';

/**
 * The slips a campaign takes for one target (DOMAIN.md §8.8, core `slipsForCampaign`): those of
 * the unit that count, dated after the launch of the unit's previous launched campaign and up to
 * this campaign's launch (today while it is a draft), with their cases as occurrences of the
 * target's frozen deduction indicators. There is no campaign item → indicator map yet, so only
 * an item's own `indicatorCode` places its cases.
 */

const dateOf = (at: Date) => todayInChina(at);

/** Launch day of the unit's latest campaign launched before `before` (any, when null). */
async function previousLaunch(db: Db, unitId: string, campaignId: string, before: Date | null) {
  const [row] = await selectRows<{ at: Date | string | null }>(
    db,
    sql`select max(c.launched_at) as at from campaigns c
        join campaign_targets ct on ct.campaign_id = c.id and ct.unit_id = ${unitId}::uuid
        where c.id <> ${campaignId}::uuid and c.launched_at is not null
          ${before ? sql`and c.launched_at < ${before.toISOString()}::timestamptz` : sql``}`,
  );
  return row?.at ? dateOf(new Date(row.at)) : null;
}

export async function campaignSlips(
  db: Db,
  principal: Principal,
  campaignId: string,
  unitId: string,
): Promise<CampaignSlips> {
  const access = await onsiteAccessOf(db, principal, campaignId, unitId);
  const launchedAt = access.campaign.launchedAt ? new Date(access.campaign.launchedAt) : null;
  const window = {
    since: await previousLaunch(db, unitId, campaignId, launchedAt),
    until: launchedAt ? dateOf(launchedAt) : todayInChina(),
  };
  const stored = await listCountingSlips(db, unitId, window.since, window.until);
  const slips = slipsForCampaign(stored, unitId, window);
  // Sets in the target's order (common set first); a code found in two sets counts against the first.
  const sets = (await loadFrozenSets(db, campaignId)).filter((s) => access.setIds.includes(s.id));
  sets.sort((a, b) => access.setIds.indexOf(a.id) - access.setIds.indexOf(b.id));
  const seen = new Set<string>();
  const nodes = sets
    .flatMap((s) => s.nodes)
    .filter((n) => !seen.has(n.code) && seen.add(n.code))
    .map((n) => ({ id: n.id, code: n.code, rule: n.rule }));
  return {
    window,
    slips: slips.map(({ items: _items, ...item }) => item),
    occurrences: slipOccurrences(slips, nodes, {}),
  };
}
