import type { Campaign, CampaignSummary, SetMix } from '@bianping/core/campaigns';
import type { CampaignStatus } from '@bianping/core/campaigns/campaign-status';
import { type FrozenSet, refOfFrozenSet } from '@bianping/core/campaigns/freeze';
import type { CampaignGrading } from '@bianping/core/campaigns/grading';
import type { DocumentChecklistConfig, InterviewOutlinesConfig } from '@bianping/core/campaigns/onsite';
import type { PhaseWindow } from '@bianping/core/campaigns/phases';
import type { SourceWeights } from '@bianping/core/campaigns/source-weights';
import type { SetChoice } from '@bianping/core/campaigns/target-sets';
import { type TeamDrawRecord, TeamDrawRecordSchema } from '@bianping/core/campaigns/team-draw';
import { and, asc, count, desc, eq, ilike, type SQL, sql } from 'drizzle-orm';
import { type Db, selectRows } from '../../db/client.ts';
import { campaignFrozenSets, campaigns, campaignTargets } from '../../db/schema/index.ts';
import { type CampaignScope, campaignVisibleSql } from './campaigns.policy.ts';

/** All SQL on `campaigns` and `campaign_frozen_sets`; targets are in `campaign-targets.queries.ts`. */

/** The plan's sections as stored in `campaigns.plan`. */
export type PlanSections = {
  phases: PhaseWindow[];
  sourceWeights: SourceWeights;
  setMix: SetMix;
  grading: CampaignGrading;
  interviewOutlines: InterviewOutlinesConfig;
  documentChecklist: DocumentChecklistConfig;
  setChoice: SetChoice;
};

export type CampaignRow = typeof campaigns.$inferSelect;
const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export const planOf = (row: CampaignRow) => row.plan as PlanSections;
/**
 * The recorded draw. jsonb reorders object keys, and the replay compares records as JSON, so the
 * record is parsed back into the schema's key order.
 */
export const drawOf = (row: CampaignRow): TeamDrawRecord | null =>
  row.teamDraw ? TeamDrawRecordSchema.parse(row.teamDraw) : null;

/** The teams of a draw with their display names (第 N 组). */
export const teamsOf = (draw: TeamDrawRecord | null) =>
  (draw?.teams ?? []).map((t) => ({ ...t, name: `第${t.no}组` }));

/** A stored campaign as the API shows it. */
export function toCampaign(row: CampaignRow, extras: { targetCount: number; frozen: FrozenSet[] }): Campaign {
  const plan = planOf(row);
  return {
    id: row.id,
    name: row.name,
    year: row.year,
    type: row.type as Campaign['type'],
    regionId: row.regionId,
    description: row.description,
    status: row.status as CampaignStatus,
    ...plan,
    frozenSets: extras.frozen.map(refOfFrozenSet),
    targetCount: extras.targetCount,
    teams: teamsOf(drawOf(row)),
    teamDraw: drawOf(row),
    version: row.version,
    createdAt: iso(row.createdAt) as string,
    updatedAt: iso(row.updatedAt) as string,
    launchedAt: iso(row.launchedAt),
  };
}

export async function findCampaign(db: Db, id: string, opts: { lock?: boolean } = {}) {
  const query = db.select().from(campaigns).where(eq(campaigns.id, id));
  const [row] = await (opts.lock ? query.for('update') : query);
  return row;
}

/** Whether the scope sees the campaign (one SQL condition, see the policy). */
export async function isCampaignVisible(db: Db, scope: CampaignScope, id: string) {
  const rows = await selectRows<{ id: string }>(
    db,
    sql`select c.id from campaigns c where c.id = ${id}::uuid and ${campaignVisibleSql(scope)}`,
  );
  return rows.length > 0;
}

export type CampaignListFilter = { q?: string; year?: number; type?: string; status?: string };

export async function listCampaigns(
  db: Db,
  scope: CampaignScope,
  filter: CampaignListFilter,
  page: number,
  pageSize: number,
): Promise<{ items: CampaignSummary[]; total: number }> {
  const parts: SQL[] = [
    sql`${campaigns.id} in (select c.id from campaigns c where ${campaignVisibleSql(scope)})`,
  ];
  if (filter.q) parts.push(ilike(campaigns.name, `%${filter.q}%`));
  if (filter.year) parts.push(eq(campaigns.year, filter.year));
  if (filter.type) parts.push(eq(campaigns.type, filter.type));
  if (filter.status) parts.push(eq(campaigns.status, filter.status));
  const where = and(...parts);
  const targetCount = sql<number>`(select count(*)::int from campaign_targets ct where ct.campaign_id = ${campaigns.id})`;
  const [rows, [total]] = await Promise.all([
    db
      .select({ row: campaigns, targetCount })
      .from(campaigns)
      .where(where)
      .orderBy(desc(campaigns.year), desc(campaigns.createdAt), asc(campaigns.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(campaigns).where(where),
  ]);
  return {
    items: rows.map(({ row, targetCount }) => {
      const full = toCampaign(row, { targetCount: Number(targetCount), frozen: [] });
      return {
        id: full.id,
        name: full.name,
        year: full.year,
        type: full.type,
        regionId: full.regionId,
        status: full.status,
        phases: full.phases,
        targetCount: full.targetCount,
        version: full.version,
        updatedAt: full.updatedAt,
      };
    }),
    total: total?.n ?? 0,
  };
}

export type NewCampaign = Pick<
  typeof campaigns.$inferInsert,
  'name' | 'year' | 'type' | 'regionId' | 'description' | 'createdBy'
> & { plan: PlanSections };

export async function insertCampaign(db: Db, input: NewCampaign): Promise<string> {
  const [row] = await db.insert(campaigns).values(input).returning({ id: campaigns.id });
  if (!row) throw new Error('campaign insert failed');
  return row.id;
}

type CampaignChanges = Partial<
  Pick<CampaignRow, 'name' | 'year' | 'type' | 'regionId' | 'description' | 'status' | 'launchedAt'>
> & { plan?: PlanSections; teamDraw?: TeamDrawRecord | null };

/** Applies changes and bumps the version (one optimistic lock for the whole plan). */
export async function updateCampaign(db: Db, id: string, changes: CampaignChanges): Promise<number> {
  const [row] = await db
    .update(campaigns)
    .set({ ...changes, version: sql`${campaigns.version} + 1`, updatedAt: new Date() })
    .where(eq(campaigns.id, id))
    .returning({ version: campaigns.version });
  return row?.version ?? 0;
}

export async function deleteCampaign(db: Db, id: string) {
  await db.delete(campaigns).where(eq(campaigns.id, id));
}

export async function countTargets(db: Db, campaignId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(campaignTargets)
    .where(eq(campaignTargets.campaignId, campaignId));
  return row?.n ?? 0;
}

export async function insertFrozenSets(db: Db, campaignId: string, sets: readonly FrozenSet[]) {
  if (sets.length === 0) return;
  await db
    .insert(campaignFrozenSets)
    .values(sets.map((s) => ({ id: s.id, campaignId, sourceSetId: s.source.setId, content: s })));
}

/** The campaign's frozen copies, in the order they were taken. */
export async function loadFrozenSets(db: Db, campaignId: string): Promise<FrozenSet[]> {
  const rows = await db
    .select({ content: campaignFrozenSets.content })
    .from(campaignFrozenSets)
    .where(eq(campaignFrozenSets.campaignId, campaignId))
    .orderBy(asc(campaignFrozenSets.sourceSetId));
  return rows.map((r) => r.content as FrozenSet);
}
