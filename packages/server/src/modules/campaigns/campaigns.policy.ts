import type { Role } from '@bianping/core/auth/roles';
import { AppError, ErrorCode, notFound } from '@bianping/core/errors';
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../plugins/auth.ts';
import { regionSubtreeIds } from '../regions/regions.queries.ts';

/**
 * Who sees and writes which campaign. Officers and administrators write campaigns whose region
 * lies in their scope; leaders read those of their scope; evaluators and experts read only the
 * campaigns whose drawn teams name them (through their expert record); a unit's users read only
 * campaigns where their unit is a target, and only their own target row. Raters see nothing yet
 * (their assignments come with external ratings). The rule is one SQL condition, so a campaign
 * out of scope is simply not found.
 */

export const campaignWriters: readonly Role[] = ['admin', 'officer'];
/** Read the whole plan of campaigns in their region scope. */
export const campaignPlanReaders: readonly Role[] = ['admin', 'officer', 'leader'];
export const campaignReaders: readonly Role[] = [...campaignPlanReaders, 'evaluator', 'expert', 'unit'];
/** The expert pool. */
export const expertReaders: readonly Role[] = ['admin', 'officer', 'leader'];
export const expertWriters: readonly Role[] = campaignWriters;

const campaignLabel = { zh: '评估项目', en: 'Campaign' };
export const campaignNotFound = () => notFound(campaignLabel);

/** All regions, or the region subtrees where the principal holds one of the roles. */
async function regionsOf(db: Db, principal: Principal, wanted: readonly Role[]): Promise<'all' | string[]> {
  const held = principal.roles.filter((a) => wanted.includes(a.role));
  if (held.some((a) => a.scopeType === 'all')) return 'all';
  const roots = held.filter((a) => a.scopeType === 'region' && a.scopeId).map((a) => a.scopeId as string);
  return roots.length ? regionSubtreeIds(db, roots) : [];
}

/** What a principal may see of campaigns: SQL over the `c` alias of `campaigns`. */
export type CampaignScope = {
  /** Plan readers' regions ('all' or ids); such campaigns are seen whole. */
  planRegions: 'all' | string[];
  /** Units whose campaigns a unit user sees (basics and own targets only). */
  unitIds: string[];
  /** The principal's expert record, when evaluator or expert. */
  onTeams: boolean;
  userId: string;
};

export async function campaignScopeOf(db: Db, principal: Principal): Promise<CampaignScope> {
  const has = (r: Role) => principal.roles.some((a) => a.role === r);
  return {
    planRegions: await regionsOf(db, principal, campaignPlanReaders),
    unitIds: principal.roles
      .filter((a) => a.role === 'unit' && a.scopeType === 'unit' && a.scopeId)
      .map((a) => a.scopeId as string),
    onTeams: has('evaluator') || has('expert'),
    userId: principal.userId,
  };
}

const uuidList = (ids: readonly string[]) =>
  sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );

/** The SQL condition "campaign `c` is visible" for the scope. */
export function campaignVisibleSql(scope: CampaignScope): SQL {
  const parts: SQL[] = [];
  if (scope.planRegions === 'all') return sql`true`;
  if (scope.planRegions.length) parts.push(sql`c.region_id in (${uuidList(scope.planRegions)})`);
  if (scope.unitIds.length) {
    parts.push(
      sql`exists (select 1 from campaign_targets ct where ct.campaign_id = c.id and ct.unit_id in (${uuidList(scope.unitIds)}))`,
    );
  }
  if (scope.onTeams) {
    // The draw record names experts by id; the principal's expert record links the account.
    parts.push(sql`exists (select 1 from experts e where e.user_id = ${scope.userId}::uuid and (
      c.team_draw->'teams' @> jsonb_build_array(jsonb_build_object('leaderId', e.id::text))
      or c.team_draw->'teams' @> jsonb_build_array(jsonb_build_object('memberIds', jsonb_build_array(e.id::text)))))`);
  }
  return parts.length ? sql`(${sql.join(parts, sql` or `)})` : sql`false`;
}

/** Whether the principal sees this campaign's whole plan (not only basics and own targets). */
export const seesWholePlan = (scope: CampaignScope, campaign: { regionId: string }, onTeam: boolean) =>
  scope.planRegions === 'all' || scope.planRegions.includes(campaign.regionId) || onTeam;

/** Whether the principal may write campaigns of this region. */
export async function canWriteRegion(db: Db, principal: Principal, regionId: string) {
  const regions = await regionsOf(db, principal, campaignWriters);
  return regions === 'all' || regions.includes(regionId);
}

/** Refuses a campaign region outside the writer's scope. */
export async function assertWritableRegion(db: Db, principal: Principal, regionId: string) {
  if (await canWriteRegion(db, principal, regionId)) return;
  throw new AppError(
    ErrorCode.Forbidden,
    {
      zh: '您只能为本级（及下级）区划制定评估项目',
      en: 'You can only plan campaigns for your own region and the regions below it',
    },
    'regionId',
  );
}
