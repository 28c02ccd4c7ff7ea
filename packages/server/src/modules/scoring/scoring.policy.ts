import type { Role } from '@bianping/core/auth/roles';
import type { CampaignStatus } from '@bianping/core/campaigns/campaign-status';
import { sql } from 'drizzle-orm';
import { type Db, selectRows } from '../../db/client.ts';
import type { Principal } from '../../plugins/auth.ts';
import { campaignNotFound, campaignScopeOf } from '../campaigns/campaigns.policy.ts';
import { type CampaignRow, findCampaign } from '../campaigns/campaigns.queries.ts';

/**
 * Who sees 综合评定: officers and administrators whose region scope holds the campaign and the
 * leaders of that scope read everything; a unit's users read their own target's result and
 * explanation once the campaign is reporting or closed (before that, and for other targets, the
 * campaign is simply not found). Only officers and administrators run a re-score. Evaluators,
 * experts and raters are refused by role.
 */

export const scoreReaders: readonly Role[] = ['admin', 'officer', 'leader', 'unit'];
/** The office's views: export, rater consistency, lenses, fuzzy evaluation. */
export const scoreOfficeReaders: readonly Role[] = ['admin', 'officer', 'leader'];
export const scoreRunners: readonly Role[] = ['admin', 'officer'];

const publishedToUnits: readonly CampaignStatus[] = ['reporting', 'closed'];

/** What of a campaign's scores the principal reads: all targets, or its own unit's only. */
export type ScoreView = { campaign: CampaignRow; ownUnitId: string | null };

/** The campaign's scores as the principal may read them; 404 when not at all. */
export async function scoreViewOf(db: Db, principal: Principal, id: string): Promise<ScoreView> {
  const row = await findCampaign(db, id);
  if (!row) throw campaignNotFound();
  const scope = await campaignScopeOf(db, principal);
  if (scope.planRegions === 'all' || scope.planRegions.includes(row.regionId))
    return { campaign: row, ownUnitId: null };
  if (scope.unitIds.length && publishedToUnits.includes(row.status as CampaignStatus)) {
    const [target] = await selectRows<{ unitId: string }>(
      db,
      sql`select unit_id as "unitId" from campaign_targets where campaign_id = ${id}::uuid
          and unit_id in (select jsonb_array_elements_text(${JSON.stringify(scope.unitIds)}::jsonb)::uuid)
          order by unit_id limit 1`,
    );
    if (target) return { campaign: row, ownUnitId: target.unitId };
  }
  throw campaignNotFound();
}

/** The office's view (no unit restriction); a unit user reaching it is refused by role first. */
export async function officeViewOf(db: Db, principal: Principal, id: string) {
  const view = await scoreViewOf(db, principal, id);
  if (view.ownUnitId !== null) throw campaignNotFound();
  return view.campaign;
}

/** May the principal read this target's explanation? (its own unit, or the office). */
export const canReadTarget = (view: ScoreView, unitId: string) =>
  view.ownUnitId === null || view.ownUnitId === unitId;
