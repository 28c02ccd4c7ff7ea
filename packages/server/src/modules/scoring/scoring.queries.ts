import type { FrozenSet } from '@bianping/core/campaigns/freeze';
import type { ScoreInput } from '@bianping/core/campaigns/score-input';
import type { TargetScore } from '@bianping/core/scoring/score-types';
import { sql } from 'drizzle-orm';
import { type Db, selectJson, selectRows } from '../../db/client.ts';

/**
 * All SQL of 综合评定: the campaign's data read in one query per table (never one per target),
 * the stored scores and the per-campaign run row, the previous campaign's scores for the rank
 * change and 同比去年, and the findings and evidence linked to a target's indicators.
 */

export type TargetRow = {
  unitId: string;
  name: string;
  category: string;
  setIds: string[];
  teamNo: number | null;
};
export type PersonEntryRow = {
  unitId: string;
  nodeId: string;
  input: ScoreInput;
  by: string | null;
  userId: string | null;
};
export type ExternalRow = {
  unitId: string;
  item: { kind: 'indicator'; setId: string; nodeCode: string } | { kind: 'free'; item: string };
  itemKey: string;
  level: string | null;
  rater: string;
};

export function loadTargets(db: Db, campaignId: string, unitId?: string) {
  const only = unitId ? sql`and ct.unit_id = ${unitId}::uuid` : sql``;
  return selectJson<TargetRow>(
    db,
    sql`select ct.unit_id as "unitId", u.name, u.category, ct.set_ids as "setIds", ct.team_no as "teamNo"
        from campaign_targets ct join units u on u.id = ct.unit_id
        where ct.campaign_id = ${campaignId}::uuid ${only} order by u.name, u.id`,
  );
}

/** Self or on-site entries of the campaign (or of one target and leaf), with who last saved them. */
export function loadPersonEntries(
  db: Db,
  table: 'self_assessment_entries' | 'onsite_entries',
  campaignId: string,
  only?: { unitId: string; nodeId: string },
) {
  const where = only ? sql`and e.unit_id = ${only.unitId}::uuid and e.node_id = ${only.nodeId}::uuid` : sql``;
  return selectJson<PersonEntryRow>(
    db,
    sql`select e.unit_id as "unitId", e.node_id as "nodeId", e.input, us.display_name as "by", e.updated_by as "userId"
        from ${sql.identifier(table)} e left join users us on us.id = e.updated_by
        where e.campaign_id = ${campaignId}::uuid ${where}`,
  );
}

/** External assignments of the campaign (or one target), with the rater department's name. */
export function loadExternalRows(db: Db, campaignId: string, unitId?: string) {
  const only = unitId ? sql`and a.target_unit_id = ${unitId}::uuid` : sql``;
  return selectJson<ExternalRow>(
    db,
    sql`select a.target_unit_id as "unitId", a.item, a.item_key as "itemKey", a.level, u.name as rater
        from external_assignments a join units u on u.id = a.rater_unit_id
        where a.campaign_id = ${campaignId}::uuid ${only} order by u.name, a.id`,
  );
}

export function loadFrozenSetsOf(db: Db, campaignId: string) {
  return selectJson<{ content: FrozenSet }>(
    db,
    sql`select content from campaign_frozen_sets where campaign_id = ${campaignId}::uuid order by source_set_id`,
  ).then((rows) => rows.map((r) => r.content));
}

// ——— stored scores ———

/** `scored`: scores are stored (a run row without them is a first run's placeholder). */
export type RunRow = {
  computedAt: string;
  jobId: string | null;
  stale: boolean;
  stamp: number;
  scored: boolean;
};

export async function findRun(db: Db, campaignId: string, opts: { lock?: boolean } = {}) {
  const lock = opts.lock ? sql`for update` : sql``;
  const [row] = await selectRows<RunRow>(
    db,
    sql`select r.computed_at as "computedAt", r.job_id as "jobId", r.stale, r.stamp,
          exists (select 1 from campaign_scores s where s.campaign_id = r.campaign_id) as scored
        from campaign_score_runs r where r.campaign_id = ${campaignId}::uuid ${lock}`,
  );
  return row ? { ...row, computedAt: new Date(row.computedAt).toISOString() } : null;
}

/**
 * The run row's stamp, creating the row (stale, no scores yet) on a first run, so that from now
 * on every entry change bumps the stamp and a full run can tell whether its read is still current.
 */
export async function ensureRun(db: Db, campaignId: string) {
  const [row] = await selectRows<{ stamp: number }>(
    db,
    sql`insert into campaign_score_runs (campaign_id, stale) values (${campaignId}::uuid, true)
        on conflict (campaign_id) do update set stale = campaign_score_runs.stale returning stamp`,
  );
  return row?.stamp as number;
}

/** Marks the scores stale (an entry changed that could not be re-scored here); returns the new stamp. */
export async function markStale(db: Db, campaignId: string) {
  const [row] = await selectRows<{ stamp: number }>(
    db,
    sql`update campaign_score_runs set stale = true, stamp = stamp + 1
        where campaign_id = ${campaignId}::uuid returning stamp`,
  );
  return row?.stamp ?? null;
}

/**
 * Writes the scores of `targets` (all of the campaign on a full run, which first deletes the
 * rest) in one statement, and the run row; returns the new stamp.
 */
export async function writeScores(
  db: Db,
  campaignId: string,
  targets: readonly TargetScore[],
  run: { full: boolean; jobId: string | null },
) {
  if (run.full) await db.execute(sql`delete from campaign_scores where campaign_id = ${campaignId}::uuid`);
  if (targets.length) {
    const records = targets.map((t) => ({
      unit_id: t.targetId,
      total: t.total,
      grade: t.grade,
      veto: t.veto,
      rank: t.rank,
      category_rank: t.categoryRank,
      result: t,
    }));
    await db.execute(sql`
      insert into campaign_scores (campaign_id, unit_id, total, grade, veto, rank, category_rank, result, computed_at)
      select ${campaignId}::uuid, r.unit_id, r.total, r.grade, r.veto, r.rank, r.category_rank, r.result, now()
      from jsonb_to_recordset(${JSON.stringify(records)}::jsonb)
        as r(unit_id uuid, total double precision, grade text, veto text, rank int, category_rank int, result jsonb)
      on conflict (campaign_id, unit_id) do update set total = excluded.total, grade = excluded.grade,
        veto = excluded.veto, rank = excluded.rank, category_rank = excluded.category_rank,
        result = excluded.result, computed_at = excluded.computed_at`);
  }
  const jobId = run.full ? sql`${run.jobId}::uuid` : sql`campaign_score_runs.job_id`;
  const [row] = await selectRows<{ stamp: number }>(
    db,
    sql`insert into campaign_score_runs (campaign_id, computed_at, job_id, stale, stamp)
        values (${campaignId}::uuid, now(), ${run.jobId}::uuid, false, 1)
        on conflict (campaign_id) do update set computed_at = now(), job_id = ${jobId}, stale = false,
          stamp = campaign_score_runs.stamp + 1
        returning stamp`,
  );
  return row?.stamp as number;
}

export type StoredScore = { unitId: string; result: TargetScore };

/** The stored scores of a campaign (or one target), in rank order. */
export function loadStoredScores(db: Db, campaignId: string, unitId?: string) {
  const only = unitId ? sql`and unit_id = ${unitId}::uuid` : sql``;
  return selectJson<StoredScore>(
    db,
    sql`select unit_id as "unitId", result from campaign_scores
        where campaign_id = ${campaignId}::uuid ${only} order by rank, unit_id`,
  );
}

/**
 * The most recent earlier campaign of the same type that scored these units, per unit: its rank
 * and stored result (for 名次变化 and 同比去年).
 */
export function loadPreviousScores(db: Db, campaignId: string, unitIds: readonly string[]) {
  if (unitIds.length === 0) return Promise.resolve([]);
  return selectJson<{
    unitId: string;
    campaignId: string;
    campaignName: string;
    rank: number;
    result: TargetScore;
  }>(
    db,
    sql`select distinct on (s.unit_id) s.unit_id as "unitId", p.id as "campaignId", p.name as "campaignName",
          s.rank, s.result
        from campaigns c
        join campaigns p on p.id <> c.id and p.type = c.type
          and coalesce(p.launched_at, p.created_at) < coalesce(c.launched_at, c.created_at)
        join campaign_scores s on s.campaign_id = p.id
        where c.id = ${campaignId}::uuid
          and s.unit_id in (select jsonb_array_elements_text(${JSON.stringify(unitIds)}::jsonb)::uuid)
        order by s.unit_id, coalesce(p.launched_at, p.created_at) desc`,
  );
}

/** Findings (on-site and external) and evidence files of one target, with the nodes they name. */
export async function loadTargetLinks(db: Db, campaignId: string, unitId: string) {
  const [onsite, external, evidence] = await Promise.all([
    selectJson<{ id: string; nodeId: string | null; text: string }>(
      db,
      sql`select id, node_id as "nodeId", description as text from onsite_findings
          where campaign_id = ${campaignId}::uuid and unit_id = ${unitId}::uuid order by created_at, id`,
    ),
    selectJson<{ id: string; item: ExternalRow['item']; text: string }>(
      db,
      sql`select f.id, a.item, f.description as text from external_findings f
          join external_assignments a on a.id = f.assignment_id
          where f.campaign_id = ${campaignId}::uuid and f.target_unit_id = ${unitId}::uuid order by f.created_at, f.id`,
    ),
    selectJson<{ id: string; fileId: string; nodeId: string | null; fileName: string }>(
      db,
      sql`select ef.file_id as id, ef.file_id as "fileId", ef.node_id as "nodeId", f.name as "fileName"
          from evidence_files ef join files f on f.id = ef.file_id
          where ef.campaign_id = ${campaignId}::uuid and ef.unit_id = ${unitId}::uuid order by ef.created_at, ef.file_id`,
    ),
  ]);
  return { onsite, external, evidence };
}
