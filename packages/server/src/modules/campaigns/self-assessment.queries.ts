import type { ScoreInput } from '@bianping/core/campaigns/score-input';
import type { StaffingPlan } from '@bianping/core/campaigns/self-assessment';
import type { SelfEntry, SelfPhase } from '@bianping/core/campaigns/self-assessment-api';
import type { TargetPhaseState } from '@bianping/core/campaigns/target-phase';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { type Db, selectRows } from '../../db/client.ts';
import {
  campaignTargets,
  evidenceFiles,
  files,
  selfAssessmentEntries,
  selfAssessmentExtras,
  staffMembers,
  targetPhases,
} from '../../db/schema/index.ts';

/** All SQL of 单位自评: phase rows, entries, the plan/report row, evidence files, roster rows. */

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
type Target = { campaignId: string; unitId: string };
const ofTarget = (cols: { campaignId: AnyPgColumn; unitId: AnyPgColumn }, t: Target) =>
  and(eq(cols.campaignId, t.campaignId), eq(cols.unitId, t.unitId));

export async function findTarget(db: Db, t: Target) {
  const [row] = await db.select().from(campaignTargets).where(ofTarget(campaignTargets, t));
  return row;
}

/** The phase row (absent = notStarted), optionally locked. */
export async function findPhase(db: Db, t: Target, phase: string, opts: { lock?: boolean } = {}) {
  const query = db
    .select()
    .from(targetPhases)
    .where(and(ofTarget(targetPhases, t), eq(targetPhases.phase, phase)));
  const [row] = await (opts.lock ? query.for('update') : query);
  return row;
}
export type PhaseRow = typeof targetPhases.$inferSelect;

export const toPhase = (row: PhaseRow | undefined): SelfPhase => ({
  state: (row?.state ?? 'notStarted') as TargetPhaseState,
  returnedReason: row?.returnedReason ?? null,
  submittedAt: iso(row?.submittedAt ?? null),
  version: row?.version ?? 0,
  updatedAt: iso(row?.updatedAt ?? null),
});

/** Creates the phase row in `state` unless it exists; a concurrent creation is harmless. */
export async function ensurePhase(db: Db, t: Target, phase: string, state: TargetPhaseState) {
  await db
    .insert(targetPhases)
    .values({ ...t, phase, state })
    .onConflictDoNothing();
}

export async function updatePhase(
  db: Db,
  t: Target,
  phase: string,
  changes: Partial<Pick<PhaseRow, 'state' | 'returnedReason' | 'submittedAt' | 'submittedBy'>>,
) {
  const [row] = await db
    .update(targetPhases)
    .set({ ...changes, updatedAt: new Date(), version: sql`${targetPhases.version} + 1` })
    .where(and(ofTarget(targetPhases, t), eq(targetPhases.phase, phase)))
    .returning();
  return row as PhaseRow;
}

type EntryRow = typeof selfAssessmentEntries.$inferSelect;
export const toEntry = (row: EntryRow): SelfEntry => ({
  nodeId: row.nodeId,
  input: row.input as ScoreInput,
  narrative: row.narrative,
  evidenceFileIds: row.evidenceFileIds as string[],
  version: row.version,
  updatedAt: iso(row.updatedAt) as string,
});

export async function listEntries(db: Db, t: Target) {
  const rows = await db
    .select()
    .from(selfAssessmentEntries)
    .where(ofTarget(selfAssessmentEntries, t))
    .orderBy(asc(selfAssessmentEntries.nodeId));
  return rows.map(toEntry);
}

export async function findEntry(db: Db, t: Target, nodeId: string, opts: { lock?: boolean } = {}) {
  const query = db
    .select()
    .from(selfAssessmentEntries)
    .where(and(ofTarget(selfAssessmentEntries, t), eq(selfAssessmentEntries.nodeId, nodeId)));
  const [row] = await (opts.lock ? query.for('update') : query);
  return row ? toEntry(row) : undefined;
}

type EntryValues = Pick<EntryRow, 'input' | 'narrative' | 'evidenceFileIds' | 'updatedBy'>;

/** Inserts the first version of an entry, or bumps the existing one's version. */
export async function saveEntry(db: Db, t: Target, nodeId: string, values: EntryValues, existing: boolean) {
  const now = new Date();
  const [row] = existing
    ? await db
        .update(selfAssessmentEntries)
        .set({ ...values, updatedAt: now, version: sql`${selfAssessmentEntries.version} + 1` })
        .where(and(ofTarget(selfAssessmentEntries, t), eq(selfAssessmentEntries.nodeId, nodeId)))
        .returning()
    : await db
        .insert(selfAssessmentEntries)
        .values({ ...t, nodeId, ...values, updatedAt: now })
        .returning();
  return toEntry(row as EntryRow);
}

export async function findExtras(db: Db, t: Target, opts: { lock?: boolean } = {}) {
  const query = db.select().from(selfAssessmentExtras).where(ofTarget(selfAssessmentExtras, t));
  const [row] = await (opts.lock ? query.for('update') : query);
  return row ? { ...row, staffingPlan: row.staffingPlan as StaffingPlan | null } : undefined;
}

/**
 * Saves the staffing plan, bumping the extras version. The row may have been created by a
 * report upload at version 0, which is why the version starts from the stored one.
 */
export async function saveStaffingPlan(db: Db, t: Target, plan: StaffingPlan) {
  const [row] = await db
    .insert(selfAssessmentExtras)
    .values({ ...t, staffingPlan: plan, version: 1 })
    .onConflictDoUpdate({
      target: [selfAssessmentExtras.campaignId, selfAssessmentExtras.unitId],
      set: { staffingPlan: plan, updatedAt: new Date(), version: sql`${selfAssessmentExtras.version} + 1` },
    })
    .returning();
  return row as typeof selfAssessmentExtras.$inferSelect;
}

/** Points the target at its latest report; not versioned (the newest upload is the report). */
export async function setReportFile(db: Db, t: Target, fileId: string) {
  await db
    .insert(selfAssessmentExtras)
    .values({ ...t, reportFileId: fileId, version: 0 })
    .onConflictDoUpdate({
      target: [selfAssessmentExtras.campaignId, selfAssessmentExtras.unitId],
      set: { reportFileId: fileId, updatedAt: new Date() },
    });
}

const evidenceColumns = {
  fileId: evidenceFiles.fileId,
  campaignId: evidenceFiles.campaignId,
  unitId: evidenceFiles.unitId,
  nodeId: evidenceFiles.nodeId,
  purpose: evidenceFiles.purpose,
  createdAt: evidenceFiles.createdAt,
  name: files.name,
  size: files.size,
  mimeType: files.mimeType,
};

/** The target's uploaded files (without content), oldest first. */
export async function listEvidence(db: Db, t: Target) {
  const rows = await db
    .select(evidenceColumns)
    .from(evidenceFiles)
    .innerJoin(files, eq(files.id, evidenceFiles.fileId))
    .where(ofTarget(evidenceFiles, t))
    .orderBy(asc(evidenceFiles.createdAt), asc(evidenceFiles.fileId));
  return rows.map((r) => ({
    ...r,
    purpose: r.purpose as 'evidence' | 'selfInspectionReport',
    createdAt: iso(r.createdAt) as string,
  }));
}

/** An evidence file of a campaign with its content, for the download. */
export async function findEvidenceWithContent(db: Db, campaignId: string, fileId: string) {
  const [row] = await db
    .select({ ...evidenceColumns, content: files.content })
    .from(evidenceFiles)
    .innerJoin(files, eq(files.id, evidenceFiles.fileId))
    .where(and(eq(evidenceFiles.campaignId, campaignId), eq(evidenceFiles.fileId, fileId)));
  return row;
}

type NewFile = { name: string; mimeType: string; size: number; sha256: string; content: Buffer };

/** Stores an uploaded file and links it to the target. */
export async function insertEvidence(
  db: Db,
  t: Target,
  file: NewFile,
  link: { nodeId: string | null; purpose: string; uploadedBy: string },
) {
  const [stored] = await db
    .insert(files)
    .values({ ...file, createdBy: link.uploadedBy })
    .returning({ id: files.id });
  const fileId = (stored as { id: string }).id;
  await db.insert(evidenceFiles).values({ fileId, ...t, ...link });
  return fileId;
}

/** What the staffing-structure analysis reads of the unit's roster. */
export async function loadStructureRows(db: Db, unitId: string) {
  return db
    .select({
      staffingType: staffMembers.staffingType,
      birthDate: staffMembers.birthDate,
      education: staffMembers.education,
    })
    .from(staffMembers)
    .where(eq(staffMembers.unitId, unitId));
}

export type MyCampaignRow = {
  campaign_id: string;
  name: string;
  year: number;
  status: string;
  plan: { phases?: { phase: string; start: string; end: string }[] };
  unit_id: string;
  unit_name: string;
  state: string | null;
  returned_reason: string | null;
};

/** Launched (not draft) campaigns targeting the units, with the self phase state, newest first. */
export async function listMyCampaigns(db: Db, unitIds: readonly string[]) {
  if (unitIds.length === 0) return [];
  const ids = sql.join(
    unitIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  return selectRows<MyCampaignRow>(
    db,
    sql`select c.id as campaign_id, c.name, c.year, c.status, c.plan, ct.unit_id, u.name as unit_name,
          tp.state, tp.returned_reason
        from campaign_targets ct
        join campaigns c on c.id = ct.campaign_id
        join units u on u.id = ct.unit_id
        left join target_phases tp on tp.campaign_id = ct.campaign_id and tp.unit_id = ct.unit_id and tp.phase = 'self'
        where ct.unit_id in (${ids}) and c.status <> 'draft'
        order by c.year desc, c.created_at desc, u.name`,
  );
}
