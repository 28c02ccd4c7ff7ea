import type { ExternalItem, ExternalRating } from '@bianping/core/campaigns/external';
import type { ExternalSheetState } from '@bianping/core/campaigns/external-api';
import type { FindingInput } from '@bianping/core/campaigns/finding';
import type { TargetPhaseState } from '@bianping/core/campaigns/target-phase';
import type { ExternalRatingLevel } from '@bianping/core/campaigns/vocabulary';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { type Db, selectRows } from '../../db/client.ts';
import {
  campaignTargets,
  externalAssignments,
  externalFindings,
  externalSheets,
  roleAssignments,
  targetPhases,
  units,
  users,
} from '../../db/schema/index.ts';

/** All SQL of 外部评价: assignments with their ratings, findings, the rater departments' sheets. */

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export type AssignmentRow = typeof externalAssignments.$inferSelect;
export type SheetRow = typeof externalSheets.$inferSelect;
type FindingRow = typeof externalFindings.$inferSelect;
export type Sheet = { campaignId: string; raterUnitId: string };

const ofSheet = (s: Sheet) =>
  and(eq(externalSheets.campaignId, s.campaignId), eq(externalSheets.raterUnitId, s.raterUnitId));

export const toSheetState = (row: SheetRow | undefined, raterUnitId: string): ExternalSheetState => ({
  raterUnitId,
  state: (row?.state ?? 'notStarted') as TargetPhaseState,
  version: row?.version ?? 1,
  returnedReason: row?.returnedReason ?? null,
  submittedAt: iso(row?.submittedAt ?? null),
});

export async function findSheet(db: Db, s: Sheet, opts: { lock?: boolean } = {}) {
  const query = db.select().from(externalSheets).where(ofSheet(s));
  const [row] = await (opts.lock ? query.for('update') : query);
  return row;
}

/** Creates the departments' sheets (notStarted) unless they exist. */
export async function ensureSheets(db: Db, campaignId: string, raterUnitIds: readonly string[]) {
  if (raterUnitIds.length === 0) return;
  await db
    .insert(externalSheets)
    .values(raterUnitIds.map((raterUnitId) => ({ campaignId, raterUnitId })))
    .onConflictDoNothing();
}

export async function updateSheet(
  db: Db,
  s: Sheet,
  changes: Partial<Pick<SheetRow, 'state' | 'returnedReason' | 'submittedAt' | 'submittedBy'>>,
) {
  const [row] = await db
    .update(externalSheets)
    .set({ ...changes, updatedAt: new Date(), version: sql`${externalSheets.version} + 1` })
    .where(ofSheet(s))
    .returning();
  return row as SheetRow;
}

/** Every sheet of the campaign. */
export function listSheets(db: Db, campaignId: string) {
  return db.select().from(externalSheets).where(eq(externalSheets.campaignId, campaignId));
}

/** Every assignment of the campaign, or of one department's sheet. */
export function listAssignments(db: Db, campaignId: string, raterUnitId?: string) {
  return db
    .select()
    .from(externalAssignments)
    .where(
      raterUnitId
        ? and(
            eq(externalAssignments.campaignId, campaignId),
            eq(externalAssignments.raterUnitId, raterUnitId),
          )
        : eq(externalAssignments.campaignId, campaignId),
    )
    .orderBy(asc(externalAssignments.createdAt), asc(externalAssignments.id));
}

export async function findAssignment(db: Db, campaignId: string, id: string, opts: { lock?: boolean } = {}) {
  const query = db
    .select()
    .from(externalAssignments)
    .where(and(eq(externalAssignments.campaignId, campaignId), eq(externalAssignments.id, id)));
  const [row] = await (opts.lock ? query.for('update') : query);
  return row;
}

export type NewAssignment = {
  raterUnitId: string;
  targetUnitId: string;
  item: ExternalItem;
  itemKey: string;
};

export async function insertAssignments(db: Db, campaignId: string, rows: readonly NewAssignment[]) {
  if (rows.length === 0) return 0;
  // Chunks keep the statement's parameter count well below PostgreSQL's limit at the seed's scale.
  let created = 0;
  for (let i = 0; i < rows.length; i += 1000) {
    const inserted = await db
      .insert(externalAssignments)
      .values(rows.slice(i, i + 1000).map((r) => ({ ...r, campaignId })))
      .onConflictDoNothing()
      .returning({ id: externalAssignments.id });
    created += inserted.length;
  }
  return created;
}

export async function deleteAssignments(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return;
  await db.delete(externalAssignments).where(inArray(externalAssignments.id, [...ids]));
}

export async function saveRating(
  db: Db,
  id: string,
  values: { level: ExternalRatingLevel; comment: string; ratedBy: string },
) {
  const [row] = await db
    .update(externalAssignments)
    .set({ ...values, ratedAt: new Date(), version: sql`${externalAssignments.version} + 1` })
    .where(eq(externalAssignments.id, id))
    .returning();
  return row as AssignmentRow;
}

export async function listFindingsOf(db: Db, assignmentIds: readonly string[]) {
  if (assignmentIds.length === 0) return [];
  return db
    .select()
    .from(externalFindings)
    .where(inArray(externalFindings.assignmentId, [...assignmentIds]))
    .orderBy(asc(externalFindings.createdAt), asc(externalFindings.id));
}

/** Replaces an assignment's findings with these (given ids are kept). */
export async function replaceFindings(
  db: Db,
  a: AssignmentRow,
  findings: readonly (FindingInput & { id?: string })[],
  createdBy: string,
) {
  await db.delete(externalFindings).where(eq(externalFindings.assignmentId, a.id));
  if (findings.length === 0) return;
  await db.insert(externalFindings).values(
    findings.map((f) => ({
      ...(f.id ? { id: f.id } : {}),
      assignmentId: a.id,
      campaignId: a.campaignId,
      targetUnitId: a.targetUnitId,
      indicatorCode: f.indicatorCode,
      category: f.category,
      severity: f.severity,
      description: f.description,
      evidenceFileIds: f.evidenceFileIds,
      createdBy,
    })),
  );
}

export const toFinding = (f: FindingRow): ExternalRating['findings'][number] => ({
  id: f.id,
  category: f.category as FindingInput['category'],
  severity: f.severity as FindingInput['severity'],
  description: f.description,
  evidenceFileIds: f.evidenceFileIds as string[],
  indicatorCode: f.indicatorCode,
});

/** Names of units by id. */
export async function unitNames(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(inArray(units.id, [...ids]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Active units of the regions, by name, with whether an active `rater` account is scoped to each. */
export async function listRaterCandidates(db: Db, regionIds: readonly string[]) {
  if (regionIds.length === 0) return [];
  const ids = sql.join(
    regionIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  return selectRows<{ unit_id: string; name: string; has_rater_accounts: boolean }>(
    db,
    sql`select u.id as unit_id, u.name, exists (
          select 1 from role_assignments ra join users us on us.id = ra.user_id
          where ra.role = 'rater' and ra.scope_type = 'unit' and ra.scope_id = u.id::text and us.active
        ) as has_rater_accounts
        from units u where u.region_id in (${ids}) and u.status = 'active'
        order by u.name, u.id`,
  );
}

/** The active accounts holding role `rater` over these departments. */
export async function raterAccountsOf(db: Db, raterUnitIds: readonly string[]) {
  if (raterUnitIds.length === 0) return [];
  return db
    .selectDistinct({ userId: roleAssignments.userId, raterUnitId: roleAssignments.scopeId })
    .from(roleAssignments)
    .innerJoin(users, eq(users.id, roleAssignments.userId))
    .where(
      and(
        eq(roleAssignments.role, 'rater'),
        eq(roleAssignments.scopeType, 'unit'),
        inArray(roleAssignments.scopeId, [...raterUnitIds]),
        eq(users.active, true),
      ),
    );
}

export type AssignedRow = {
  campaign_id: string;
  name: string;
  year: number;
  status: string;
  plan: { phases?: { phase: string; start: string; end: string }[] };
  rater_unit_id: string;
  state: string | null;
  returned_reason: string | null;
  graded: number;
  total: number;
};

/** Non-draft campaigns where the departments hold assignments, with their sheets, newest first. */
export async function listAssignedSheets(db: Db, raterUnitIds: readonly string[]) {
  if (raterUnitIds.length === 0) return [];
  const ids = sql.join(
    raterUnitIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  return selectRows<AssignedRow>(
    db,
    sql`select c.id as campaign_id, c.name, c.year, c.status, c.plan, a.rater_unit_id,
          s.state, s.returned_reason, count(a.level)::int as graded, count(*)::int as total
        from external_assignments a
        join campaigns c on c.id = a.campaign_id
        left join external_sheets s on s.campaign_id = a.campaign_id and s.rater_unit_id = a.rater_unit_id
        where a.rater_unit_id in (${ids}) and c.status <> 'draft'
        group by c.id, a.rater_unit_id, s.state, s.returned_reason
        order by c.year desc, c.created_at desc`,
  );
}

/** The departments among these holding assignments in the campaign. */
export async function departmentsWithAssignments(
  db: Db,
  campaignId: string,
  raterUnitIds: readonly string[],
) {
  if (raterUnitIds.length === 0) return [];
  const rows = await db
    .selectDistinct({ raterUnitId: externalAssignments.raterUnitId })
    .from(externalAssignments)
    .where(
      and(
        eq(externalAssignments.campaignId, campaignId),
        inArray(externalAssignments.raterUnitId, [...raterUnitIds]),
      ),
    )
    .orderBy(asc(externalAssignments.raterUnitId));
  return rows.map((r) => r.raterUnitId);
}

/** The campaign's targets by name, with their frozen set ids. */
export async function listCampaignTargets(db: Db, campaignId: string) {
  const rows = await db
    .select({ unitId: campaignTargets.unitId, name: units.name, setIds: campaignTargets.setIds })
    .from(campaignTargets)
    .innerJoin(units, eq(units.id, campaignTargets.unitId))
    .where(eq(campaignTargets.campaignId, campaignId))
    .orderBy(asc(units.name), asc(units.id));
  return rows.map((r) => ({ ...r, setIds: r.setIds as string[] }));
}

/** The targets' phase rows of 外部评价. */
export function listExternalPhases(db: Db, campaignId: string) {
  return db
    .select()
    .from(targetPhases)
    .where(and(eq(targetPhases.campaignId, campaignId), eq(targetPhases.phase, 'external')));
}

/**
 * Per target, the departments that still owe grades of it: they hold its assignments and their
 * sheet is not submitted (nor accepted).
 */
export async function owingDepartments(db: Db, campaignId: string) {
  const rows = await selectRows<{ target_unit_id: string; rater_unit_id: string }>(
    db,
    sql`select distinct a.target_unit_id, a.rater_unit_id
        from external_assignments a
        left join external_sheets s on s.campaign_id = a.campaign_id and s.rater_unit_id = a.rater_unit_id
        where a.campaign_id = ${campaignId}::uuid
          and coalesce(s.state, 'notStarted') in ('notStarted', 'inProgress', 'returned')`,
  );
  const byTarget = new Map<string, string[]>();
  for (const r of rows)
    byTarget.set(r.target_unit_id, [...(byTarget.get(r.target_unit_id) ?? []), r.rater_unit_id]);
  return byTarget;
}

/** Locks the departments' sheets in department order (the order every change takes them in). */
export function lockSheets(db: Db, campaignId: string, raterUnitIds: readonly string[]) {
  if (raterUnitIds.length === 0) return Promise.resolve([] as SheetRow[]);
  return db
    .select()
    .from(externalSheets)
    .where(
      and(eq(externalSheets.campaignId, campaignId), inArray(externalSheets.raterUnitId, [...raterUnitIds])),
    )
    .orderBy(asc(externalSheets.raterUnitId))
    .for('update');
}
