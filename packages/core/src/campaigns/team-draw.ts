import { z } from 'zod';
import { AppError, ErrorCode } from '../errors.ts';
import { mulberry32, seedFrom, shuffled } from './prng.ts';

/**
 * Drawing the evaluation teams (评估组): the targets are dealt to the teams evenly, then each team
 * gets a leader and members drawn from the expert pool, leaving out anyone employed by one of
 * the team's targets or marked as conflicted with it, and nobody sits on two teams. The draw is
 * seeded and recorded (seed, pool in order, exclusions with reasons, result): the same seed,
 * pool and targets give the same teams, whatever order they were listed in, so anyone can replay
 * it (`replayDraw`). Teams whose targets exclude the most experts draw first, so a narrow team
 * is not starved by a wide one.
 */

/** Identifies this algorithm in the record: a changed algorithm must not claim to replay old draws. */
export const DRAW_ALGORITHM = 'mulberry32-fisher-yates/v1';

export const ExpertPoolEntrySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  /** The unit the expert works for; an expert never evaluates their own unit. */
  employerUnitId: z.uuid().nullable(),
  /** Units the expert declared (or was found) to have a conflict of interest with. */
  conflictUnitIds: z.array(z.uuid()).default([]),
  /** May lead a team (评估组组长). */
  canLead: z.boolean().default(true),
});
export type ExpertPoolEntry = z.infer<typeof ExpertPoolEntrySchema>;

export const TeamDrawInputSchema = z.object({
  version: z.number().int().min(1),
  seed: z.union([z.number().int().min(0).max(0xffffffff), z.string().trim().min(1).max(64)]),
  teamCount: z.number().int().min(1).max(100),
  /** Members besides the leader. */
  membersPerTeam: z.number().int().min(0).max(20),
  /** The pool to draw from: expert ids (the server loads their employers and conflicts). */
  poolIds: z.array(z.uuid()).min(1).max(2000),
});
export type TeamDrawInput = z.infer<typeof TeamDrawInputSchema>;

export const DrawnTeamSchema = z.object({
  /** 1-based team number (第 1 组 …). */
  no: z.number().int().min(1),
  leaderId: z.uuid(),
  memberIds: z.array(z.uuid()),
  targetUnitIds: z.array(z.uuid()),
});
export type DrawnTeam = z.infer<typeof DrawnTeamSchema>;

export const DrawExclusionSchema = z.object({
  expertId: z.uuid(),
  unitId: z.uuid(),
  reason: z.enum(['employer', 'conflict']),
});
export type DrawExclusion = z.infer<typeof DrawExclusionSchema>;

/** Everything needed to check a draw afterwards. */
export const TeamDrawRecordSchema = z
  .object({
    algorithm: z.string(),
    seed: z.union([z.number().int(), z.string()]),
    teamCount: z.number().int(),
    membersPerTeam: z.number().int(),
    /** The pool sorted by id: the order the draw shuffled. */
    poolIds: z.array(z.uuid()),
    /** The targets sorted by id. */
    targetUnitIds: z.array(z.uuid()),
    exclusions: z.array(DrawExclusionSchema),
    teams: z.array(DrawnTeamSchema),
  })
  .meta({ id: 'TeamDrawRecord' });
export type TeamDrawRecord = z.infer<typeof TeamDrawRecordSchema>;

export type TeamDrawRequest = {
  seed: number | string;
  teamCount: number;
  membersPerTeam: number;
  pool: readonly ExpertPoolEntry[];
  targetUnitIds: readonly string[];
};

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function exclusionsOf(pool: readonly ExpertPoolEntry[], targets: ReadonlySet<string>): DrawExclusion[] {
  const out: DrawExclusion[] = [];
  for (const expert of pool) {
    if (expert.employerUnitId && targets.has(expert.employerUnitId)) {
      out.push({ expertId: expert.id, unitId: expert.employerUnitId, reason: 'employer' });
    }
    for (const unitId of [...new Set(expert.conflictUnitIds)].sort()) {
      if (targets.has(unitId) && unitId !== expert.employerUnitId) {
        out.push({ expertId: expert.id, unitId, reason: 'conflict' });
      }
    }
  }
  return out;
}

const tooSmall = (zh: string, en: string, details: unknown) =>
  new AppError(ErrorCode.Validation, { zh, en }, 'poolIds', details);

/** Draws the teams, or refuses with the team that could not be filled and why. */
export function drawTeams(request: TeamDrawRequest): TeamDrawRecord {
  const { teamCount, membersPerTeam, seed } = request;
  const pool = [...request.pool].sort(byId);
  const targetUnitIds = [...new Set(request.targetUnitIds)].sort();
  const perTeam = membersPerTeam + 1;
  if (targetUnitIds.length < teamCount) {
    throw tooSmall(
      `评估对象只有 ${targetUnitIds.length} 个，不能分成 ${teamCount} 个评估组`,
      `${targetUnitIds.length} target(s) cannot be split into ${teamCount} teams`,
      { targets: targetUnitIds.length, teamCount },
    );
  }
  if (pool.length < teamCount * perTeam) {
    throw tooSmall(
      `专家库只有 ${pool.length} 人，${teamCount} 个组每组 ${perTeam} 人共需 ${teamCount * perTeam} 人`,
      `The pool has ${pool.length} expert(s); ${teamCount} teams of ${perTeam} need ${teamCount * perTeam}`,
      { pool: pool.length, needed: teamCount * perTeam },
    );
  }
  const random = mulberry32(seedFrom(seed));
  const exclusions = exclusionsOf(pool, new Set(targetUnitIds));
  const excludedFrom = new Map<string, Set<string>>();
  for (const e of exclusions) {
    const set = excludedFrom.get(e.expertId) ?? new Set<string>();
    set.add(e.unitId);
    excludedFrom.set(e.expertId, set);
  }
  // Deal shuffled targets round-robin: team sizes differ by at most one.
  const targetsOf: string[][] = Array.from({ length: teamCount }, () => []);
  for (const [i, id] of shuffled(targetUnitIds, random).entries()) targetsOf[i % teamCount]?.push(id);
  const eligibleFor = (targets: readonly string[], used: ReadonlySet<string>) =>
    pool.filter((p) => !used.has(p.id) && !targets.some((t) => excludedFrom.get(p.id)?.has(t)));
  const none = new Set<string>();
  const order = targetsOf
    .map((targets, i) => ({ i, eligible: eligibleFor(targets, none).length }))
    .sort((a, b) => a.eligible - b.eligible || a.i - b.i);
  const used = new Set<string>();
  const teams: DrawnTeam[] = [];
  for (const { i } of order) {
    const targets = targetsOf[i] as string[];
    const eligible = shuffled(eligibleFor(targets, used), random);
    const leader = eligible.find((p) => p.canLead);
    if (eligible.length < perTeam || !leader) {
      throw tooSmall(
        `第 ${i + 1} 组需要 ${perTeam} 人（含可任组长者 1 人），排除本单位人员、利益冲突和已入选者后只剩 ${eligible.length} 人`,
        `Team ${i + 1} needs ${perTeam} (one able to lead); only ${eligible.length} remain after excluding employees, conflicts and experts already drawn`,
        { team: i + 1, needed: perTeam, eligible: eligible.length, hasLeader: Boolean(leader) },
      );
    }
    const members = eligible.filter((p) => p !== leader).slice(0, membersPerTeam);
    for (const p of [leader, ...members]) used.add(p.id);
    teams.push({
      no: i + 1,
      leaderId: leader.id,
      memberIds: members.map((m) => m.id),
      targetUnitIds: [...targets].sort(),
    });
  }
  teams.sort((a, b) => a.no - b.no);
  return {
    algorithm: DRAW_ALGORITHM,
    seed,
    teamCount,
    membersPerTeam,
    poolIds: pool.map((p) => p.id),
    targetUnitIds,
    exclusions,
    teams,
  };
}

/** Whether a recorded draw comes out the same from its seed, pool and targets. */
export function replayDraw(record: TeamDrawRecord, pool: readonly ExpertPoolEntry[]): boolean {
  if (record.algorithm !== DRAW_ALGORITHM) return false;
  const again = drawTeams({
    seed: record.seed,
    teamCount: record.teamCount,
    membersPerTeam: record.membersPerTeam,
    pool,
    targetUnitIds: record.targetUnitIds,
  });
  return JSON.stringify(again) === JSON.stringify(record);
}
