import type { CampaignTargetRow } from '@bianping/core/campaigns/api';
import type { TargetableUnit } from '@bianping/core/campaigns/target-sets';
import type { UnitKind } from '@bianping/core/registry/vocabulary';
import { and, asc, count, eq, ilike, inArray, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { campaignTargets, units } from '../../db/schema/index.ts';

/** All SQL on `campaign_targets` and the units a campaign may pick from. */

/** The units of the given regions that the picker filters (active or not: the core decides). */
export async function loadTargetableUnits(
  db: Db,
  regionIds: readonly string[],
): Promise<(TargetableUnit & { kind: UnitKind })[]> {
  if (regionIds.length === 0) return [];
  const rows = await db
    .select({
      id: units.id,
      name: units.name,
      kind: units.kind,
      category: units.category,
      regionId: units.regionId,
      status: units.status,
    })
    .from(units)
    .where(inArray(units.regionId, [...regionIds]))
    .orderBy(asc(units.name), asc(units.id));
  return rows as (TargetableUnit & { kind: UnitKind })[];
}

export type StoredTarget = {
  unitId: string;
  setIds: string[];
  setsOverridden: boolean;
  teamNo: number | null;
};

const targetColumns = {
  unitId: campaignTargets.unitId,
  setIds: campaignTargets.setIds,
  setsOverridden: campaignTargets.setsOverridden,
  teamNo: campaignTargets.teamNo,
  unitName: units.name,
  kind: units.kind,
  category: units.category,
  regionId: units.regionId,
};

type JoinedRow = {
  unitId: string;
  setIds: unknown;
  setsOverridden: boolean;
  teamNo: number | null;
  unitName: string;
  kind: string;
  category: string;
  regionId: string;
};

/** A joined row as the API shows it; `hasCategorySet` says whether the plan chose an X for it. */
function toTargetRow(row: JoinedRow, hasCategorySet: (category: string) => boolean): CampaignTargetRow {
  return {
    unitId: row.unitId,
    unitName: row.unitName,
    kind: row.kind as CampaignTargetRow['kind'],
    category: row.category as CampaignTargetRow['category'],
    regionId: row.regionId,
    setIds: row.setIds as string[],
    origin: row.setsOverridden ? 'override' : 'auto',
    missingCategorySet: !row.setsOverridden && !hasCategorySet(row.category),
    teamNo: row.teamNo,
  };
}

export type TargetListFilter = { q?: string; category?: string; teamNo?: number; unitIds?: string[] };

function targetWhere(campaignId: string, filter: TargetListFilter) {
  const parts: SQL[] = [eq(campaignTargets.campaignId, campaignId)];
  if (filter.q) parts.push(ilike(units.name, `%${filter.q}%`));
  if (filter.category) parts.push(eq(units.category, filter.category));
  if (filter.teamNo) parts.push(eq(campaignTargets.teamNo, filter.teamNo));
  if (filter.unitIds)
    parts.push(inArray(campaignTargets.unitId, filter.unitIds.length ? filter.unitIds : ['']));
  return and(...parts);
}

/** One page of a campaign's targets, by unit name. */
export async function listTargets(
  db: Db,
  campaignId: string,
  filter: TargetListFilter,
  hasCategorySet: (category: string) => boolean,
  page: number,
  pageSize: number,
) {
  if (filter.unitIds?.length === 0) return { items: [], total: 0 };
  const where = targetWhere(campaignId, filter);
  const [rows, [total]] = await Promise.all([
    db
      .select(targetColumns)
      .from(campaignTargets)
      .innerJoin(units, eq(units.id, campaignTargets.unitId))
      .where(where)
      .orderBy(asc(units.name), asc(units.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db
      .select({ n: count() })
      .from(campaignTargets)
      .innerJoin(units, eq(units.id, campaignTargets.unitId))
      .where(where),
  ]);
  return { items: rows.map((r) => toTargetRow(r, hasCategorySet)), total: total?.n ?? 0 };
}

/** Every target of a campaign (for the launch check, the draw and the plan page). */
export async function loadAllTargets(
  db: Db,
  campaignId: string,
  hasCategorySet: (category: string) => boolean,
) {
  const rows = await db
    .select(targetColumns)
    .from(campaignTargets)
    .innerJoin(units, eq(units.id, campaignTargets.unitId))
    .where(eq(campaignTargets.campaignId, campaignId))
    .orderBy(asc(units.name), asc(units.id));
  return rows.map((r) => toTargetRow(r, hasCategorySet));
}

export async function insertTargets(db: Db, campaignId: string, targets: readonly StoredTarget[]) {
  if (targets.length === 0) return;
  // Chunks keep the statement under the parameter limit for a county's 400+ units.
  for (let i = 0; i < targets.length; i += 500) {
    await db
      .insert(campaignTargets)
      .values(targets.slice(i, i + 500).map((t) => ({ campaignId, ...t })))
      .onConflictDoNothing();
  }
}

export async function updateTarget(
  db: Db,
  campaignId: string,
  unitId: string,
  changes: Partial<Omit<StoredTarget, 'unitId'>>,
) {
  await db
    .update(campaignTargets)
    .set(changes)
    .where(and(eq(campaignTargets.campaignId, campaignId), eq(campaignTargets.unitId, unitId)));
}

export async function deleteTarget(db: Db, campaignId: string, unitId: string) {
  await db
    .delete(campaignTargets)
    .where(and(eq(campaignTargets.campaignId, campaignId), eq(campaignTargets.unitId, unitId)));
}

/** Clears every target's team (a new draw, or a target set change that voids the draw). */
export async function clearTeams(db: Db, campaignId: string) {
  await db.update(campaignTargets).set({ teamNo: null }).where(eq(campaignTargets.campaignId, campaignId));
}
