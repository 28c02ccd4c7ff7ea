import type { Role } from '@bianping/core/auth/roles';
import { notFound } from '@bianping/core/errors';
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../plugins/auth.ts';
import { regionSubtreeIds } from '../regions/regions.queries.ts';

/**
 * Who sees and changes which 督查确认单. Administrators, officers and leaders see the slips of
 * units in their region scope; evaluators too, and an evaluator scoped to a campaign sees the
 * slips it created or inspects on. A unit's users see their own unit's slips once sent — never a
 * draft. Raters and experts are refused by role. The rule is one SQL condition over the slip `s`
 * and its unit `u`, so a slip out of scope is simply not found (404).
 *
 * Writers (evaluators, officers, administrators) create slips for units in their scope (a
 * campaign-scoped evaluator: the targets of its campaign); a draft is edited, sent or deleted by
 * its creator, its inspectors, or an officer/administrator over its unit. Only officers and
 * administrators over the unit settle a dispute; only the unit answers.
 */

export const slipReaders: readonly Role[] = ['admin', 'officer', 'leader', 'evaluator', 'unit'];
export const slipWriters: readonly Role[] = ['admin', 'officer', 'evaluator'];
export const slipSettlers: readonly Role[] = ['admin', 'officer'];
export const slipAnswerers: readonly Role[] = ['unit'];

export const slipNotFound = () => notFound({ zh: '督查确认单', en: 'Supervision slip' });

export type SlipScope = {
  /** Every unit's slips. */
  all: boolean;
  /** Slips of units in these regions. */
  regionIds: string[];
  /** Units whose users answer: their non-draft slips. */
  unitIds: string[];
  /** Slips the principal created or inspects on (evaluators, officers). */
  userId: string | null;
};

/** All, or the region subtrees where the principal holds one of the roles. */
async function regionsOf(db: Db, principal: Principal, wanted: readonly Role[]) {
  const held = principal.roles.filter((a) => wanted.includes(a.role));
  if (held.some((a) => a.scopeType === 'all')) return 'all' as const;
  const roots = held.filter((a) => a.scopeType === 'region' && a.scopeId).map((a) => a.scopeId as string);
  return regionSubtreeIds(db, roots);
}

export const unitIdsOf = (principal: Principal) =>
  principal.roles
    .filter((a) => a.role === 'unit' && a.scopeType === 'unit' && a.scopeId)
    .map((a) => a.scopeId as string);

/** What the principal may read. */
export async function slipScopeOf(db: Db, principal: Principal): Promise<SlipScope> {
  const regions = await regionsOf(db, principal, ['admin', 'officer', 'leader', 'evaluator']);
  const writes = principal.roles.some((a) => slipWriters.includes(a.role));
  return {
    all: regions === 'all',
    regionIds: regions === 'all' ? [] : regions,
    unitIds: unitIdsOf(principal),
    userId: writes ? principal.userId : null,
  };
}

const uuidList = (ids: readonly string[]) =>
  sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );

/** "Slip `s` of unit `u` is visible" for the scope. */
export function slipVisibleSql(scope: SlipScope): SQL {
  if (scope.all) return sql`true`;
  const parts: SQL[] = [];
  if (scope.regionIds.length) parts.push(sql`u.region_id in (${uuidList(scope.regionIds)})`);
  if (scope.unitIds.length)
    parts.push(sql`(s.unit_id in (${uuidList(scope.unitIds)}) and s.status <> 'draft')`);
  if (scope.userId) {
    parts.push(
      sql`(s.created_by = ${scope.userId}::uuid or s.inspector_ids @> jsonb_build_array(${scope.userId}::text))`,
    );
  }
  return parts.length ? sql`(${sql.join(parts, sql` or `)})` : sql`false`;
}

/** "Unit `u` may be inspected by the principal": region scope, or the targets of its campaigns. */
export async function inspectableUnitsSql(db: Db, principal: Principal): Promise<SQL> {
  const regions = await regionsOf(db, principal, slipWriters);
  if (regions === 'all') return sql`true`;
  const campaignIds = principal.roles
    .filter((a) => a.role === 'evaluator' && a.scopeType === 'campaign' && a.scopeId)
    .map((a) => a.scopeId as string);
  const parts: SQL[] = [];
  if (regions.length) parts.push(sql`u.region_id in (${uuidList(regions)})`);
  if (campaignIds.length) {
    parts.push(
      sql`exists (select 1 from campaign_targets ct where ct.unit_id = u.id and ct.campaign_id in (${uuidList(campaignIds)}))`,
    );
  }
  return parts.length ? sql`(${sql.join(parts, sql` or `)})` : sql`false`;
}

/** Whether the principal is an officer/administrator over the unit's region (edits any draft, settles). */
export async function managesRegion(db: Db, principal: Principal, regionId: string) {
  const regions = await regionsOf(db, principal, slipSettlers);
  return regions === 'all' || regions.includes(regionId);
}

/** The role a step is taken in: the first of the step's actors the principal holds. */
export function roleFor(principal: Principal, actors: readonly Role[]): Role {
  const held = principal.roles.map((a) => a.role);
  return actors.find((r) => held.includes(r)) ?? (held[0] as Role);
}
