import type { DocumentReviewItem, InterviewRecord } from '@bianping/core/campaigns/onsite';
import type { OnsiteFinding, OnsiteScore } from '@bianping/core/campaigns/onsite-api';
import type { ScoreInput } from '@bianping/core/campaigns/score-input';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { type Db, selectRows } from '../../db/client.ts';
import { documentChecks, interviewRecords, onsiteEntries, onsiteFindings } from '../../db/schema/index.ts';

/** All SQL of 实地评估: scores, findings, interview records, the checklist, the assigned list. */

type Target = { campaignId: string; unitId: string };
const iso = (d: Date | string) => new Date(d).toISOString();
const ofTarget = (cols: { campaignId: AnyPgColumn; unitId: AnyPgColumn }, t: Target) =>
  and(eq(cols.campaignId, t.campaignId), eq(cols.unitId, t.unitId));
const bump = (col: AnyPgColumn) => sql`${col} + 1`;

type EntryRow = typeof onsiteEntries.$inferSelect;
const toScore = (r: EntryRow): OnsiteScore => ({
  nodeId: r.nodeId,
  input: r.input as ScoreInput,
  justification: r.justification,
  version: r.version,
  updatedBy: r.updatedBy,
  updatedAt: iso(r.updatedAt),
});

export async function listScores(db: Db, t: Target) {
  const rows = await db.select().from(onsiteEntries).where(ofTarget(onsiteEntries, t));
  return rows.map(toScore);
}

export async function findScore(db: Db, t: Target, nodeId: string) {
  const [row] = await db
    .select()
    .from(onsiteEntries)
    .where(and(ofTarget(onsiteEntries, t), eq(onsiteEntries.nodeId, nodeId)))
    .for('update');
  return row ? toScore(row) : undefined;
}

/** Inserts the first version of a score or bumps the stored one. */
export async function saveScore(
  db: Db,
  t: Target,
  nodeId: string,
  values: { input: ScoreInput; justification: string; updatedBy: string },
  existing: boolean,
) {
  const now = new Date();
  const [row] = existing
    ? await db
        .update(onsiteEntries)
        .set({ ...values, updatedAt: now, version: bump(onsiteEntries.version) })
        .where(and(ofTarget(onsiteEntries, t), eq(onsiteEntries.nodeId, nodeId)))
        .returning()
    : await db
        .insert(onsiteEntries)
        .values({ ...t, nodeId, ...values, updatedAt: now })
        .returning();
  return toScore(row as EntryRow);
}

type FindingRow = typeof onsiteFindings.$inferSelect;
const toFinding = (r: FindingRow): OnsiteFinding => ({
  id: r.id,
  nodeId: r.nodeId,
  indicatorCode: r.indicatorCode,
  category: r.category as OnsiteFinding['category'],
  severity: r.severity as OnsiteFinding['severity'],
  description: r.description,
  evidenceFileIds: r.evidenceFileIds as string[],
  version: r.version,
  createdBy: r.createdBy,
  updatedAt: iso(r.updatedAt),
});
export type FindingValues = Pick<
  FindingRow,
  'nodeId' | 'indicatorCode' | 'category' | 'severity' | 'description' | 'evidenceFileIds'
>;

export async function listFindings(db: Db, t: Target) {
  const rows = await db
    .select()
    .from(onsiteFindings)
    .where(ofTarget(onsiteFindings, t))
    .orderBy(asc(onsiteFindings.createdAt), asc(onsiteFindings.id));
  return rows.map(toFinding);
}

export async function findFinding(db: Db, t: Target, id: string) {
  const [row] = await db
    .select()
    .from(onsiteFindings)
    .where(and(ofTarget(onsiteFindings, t), eq(onsiteFindings.id, id)))
    .for('update');
  return row ? toFinding(row) : undefined;
}

export async function insertFinding(db: Db, t: Target, values: FindingValues, createdBy: string) {
  const [row] = await db
    .insert(onsiteFindings)
    .values({ ...t, ...values, createdBy })
    .returning();
  return toFinding(row as FindingRow);
}

export async function updateFinding(db: Db, id: string, values: FindingValues) {
  const [row] = await db
    .update(onsiteFindings)
    .set({ ...values, updatedAt: new Date(), version: bump(onsiteFindings.version) })
    .where(eq(onsiteFindings.id, id))
    .returning();
  return toFinding(row as FindingRow);
}

export async function deleteFinding(db: Db, id: string) {
  await db.delete(onsiteFindings).where(eq(onsiteFindings.id, id));
}

type InterviewRow = typeof interviewRecords.$inferSelect;
const toInterview = (r: InterviewRow): InterviewRecord => ({
  id: r.id,
  outline: r.outline as InterviewRecord['outline'],
  intervieweeRole: r.intervieweeRole,
  heldOn: r.heldOn,
  answeredQuestionIds: r.answeredQuestionIds as string[],
  notes: r.notes,
  recordedBy: r.recordedBy,
  version: r.version,
});
export type InterviewValues = Pick<
  InterviewRow,
  'outline' | 'intervieweeRole' | 'heldOn' | 'answeredQuestionIds' | 'notes'
>;

export async function listInterviews(db: Db, t: Target) {
  const rows = await db
    .select()
    .from(interviewRecords)
    .where(ofTarget(interviewRecords, t))
    .orderBy(asc(interviewRecords.heldOn), asc(interviewRecords.createdAt));
  return rows.map(toInterview);
}

export async function findInterview(db: Db, t: Target, id: string) {
  const [row] = await db
    .select()
    .from(interviewRecords)
    .where(and(ofTarget(interviewRecords, t), eq(interviewRecords.id, id)))
    .for('update');
  return row ? toInterview(row) : undefined;
}

export async function insertInterview(db: Db, t: Target, values: InterviewValues, recordedBy: string) {
  const [row] = await db
    .insert(interviewRecords)
    .values({ ...t, ...values, recordedBy })
    .returning();
  return toInterview(row as InterviewRow);
}

export async function updateInterview(db: Db, id: string, values: InterviewValues) {
  const [row] = await db
    .update(interviewRecords)
    .set({ ...values, updatedAt: new Date(), version: bump(interviewRecords.version) })
    .where(eq(interviewRecords.id, id))
    .returning();
  return toInterview(row as InterviewRow);
}

/** The checklist as saved, with its version (0 before the first save). */
export async function findDocumentReview(db: Db, t: Target) {
  const rows = await db
    .select()
    .from(documentChecks)
    .where(ofTarget(documentChecks, t))
    .orderBy(asc(documentChecks.itemId));
  const items: DocumentReviewItem[] = rows.map((r) => ({
    itemId: r.itemId,
    checked: r.checked,
    notes: r.notes,
  }));
  return { items, version: Math.max(0, ...rows.map((r) => r.version)) };
}

/** Replaces the checklist's rows with the items at the given version. */
export async function replaceDocumentReview(
  db: Db,
  t: Target,
  items: readonly DocumentReviewItem[],
  version: number,
  updatedBy: string,
) {
  await db.delete(documentChecks).where(ofTarget(documentChecks, t));
  if (items.length) {
    await db.insert(documentChecks).values(items.map((i) => ({ ...t, ...i, version, updatedBy })));
  }
}

export type AssignedRow = {
  campaign_id: string;
  name: string;
  year: number;
  status: string;
  plan: { phases?: { phase: string; start: string; end: string }[] };
  unit_id: string;
  unit_name: string;
  team_no: number;
  is_leader: boolean;
  state: string | null;
};

/** Launched campaigns' targets whose drawn team names the user's expert record, newest first. */
export async function listAssignedTargets(db: Db, userId: string) {
  return selectRows<AssignedRow>(
    db,
    sql`select c.id as campaign_id, c.name, c.year, c.status, c.plan, ct.unit_id, u.name as unit_name,
          ct.team_no, (team->>'leaderId') = e.id::text as is_leader, tp.state
        from experts e
        join campaigns c on c.status <> 'draft'
        cross join lateral jsonb_array_elements(c.team_draw->'teams') team
        join campaign_targets ct on ct.campaign_id = c.id and ct.team_no = (team->>'no')::int
        join units u on u.id = ct.unit_id
        left join target_phases tp on tp.campaign_id = ct.campaign_id and tp.unit_id = ct.unit_id and tp.phase = 'onsite'
        where e.user_id = ${userId}::uuid
          and ((team->>'leaderId') = e.id::text or (team->'memberIds') @> jsonb_build_array(e.id::text))
        order by c.year desc, c.created_at desc, ct.team_no, u.name`,
  );
}
