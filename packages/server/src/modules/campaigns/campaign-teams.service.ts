import { randomInt } from 'node:crypto';
import type { CampaignTeamDrawInput, CampaignTeams } from '@bianping/core/campaigns/api';
import { drawTeams, replayDraw, type TeamDrawRecord } from '@bianping/core/campaigns/team-draw';
import { AppError, ErrorCode } from '@bianping/core/errors';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { campaignTargets, units } from '../../db/schema/index.ts';
import type { Principal } from '../../plugins/auth.ts';
import { assertDraft, type Caller, editCampaign } from './campaign-edit.ts';
import { readCampaign } from './campaign-read.ts';
import { clearTeams } from './campaign-targets.queries.ts';
import { drawOf, teamsOf } from './campaigns.queries.ts';
import { getExperts, loadPool, loadPoolByIds } from './experts.queries.ts';

/**
 * 评估组: the seeded draw over the expert pool (core `drawTeams`), stored as its record and
 * written onto the targets as their team numbers; reading it replays the draw against today's
 * pool to show whether it still comes out the same.
 */

export async function drawCampaignTeams(db: Db, caller: Caller, id: string, input: CampaignTeamDrawInput) {
  return editCampaign(db, caller, id, input.version, async (tx, row) => {
    assertDraft(row, { zh: '评估组', en: 'the teams' });
    const targets = await tx
      .select({ unitId: campaignTargets.unitId })
      .from(campaignTargets)
      .where(eq(campaignTargets.campaignId, id));
    const pool = await loadPool(tx, input.poolIds);
    if (input.poolIds && pool.length !== new Set(input.poolIds).size) {
      throw new AppError(
        ErrorCode.Validation,
        {
          zh: `所选专家中有 ${new Set(input.poolIds).size - pool.length} 人不在专家库或已停用`,
          en: `${new Set(input.poolIds).size - pool.length} chosen expert(s) are unknown or inactive`,
        },
        'poolIds',
      );
    }
    // A seed the officer did not give is still recorded, so the draw replays all the same.
    const seed = input.seed ?? randomInt(0, 0xffffffff);
    const record = drawTeams({
      seed,
      teamCount: input.teamCount,
      membersPerTeam: input.membersPerTeam,
      pool,
      targetUnitIds: targets.map((t) => t.unitId),
    });
    await clearTeams(tx, id);
    for (const team of record.teams) {
      await tx
        .update(campaignTargets)
        .set({ teamNo: team.no })
        .where(and(eq(campaignTargets.campaignId, id), inArray(campaignTargets.unitId, team.targetUnitIds)));
    }
    return {
      action: 'campaign.teams.draw',
      before: { teamDraw: drawOf(row) ? { seed: drawOf(row)?.seed } : null },
      after: { seed, teamCount: input.teamCount, membersPerTeam: input.membersPerTeam, teams: record.teams },
      changes: { teamDraw: record },
    };
  });
}

/** The teams of a draw with the names of their experts and targets. */
export async function namedTeams(db: Db, record: TeamDrawRecord | null): Promise<CampaignTeams['teams']> {
  if (!record) return [];
  const expertIds = record.teams.flatMap((t) => [t.leaderId, ...t.memberIds]);
  const unitIds = record.teams.flatMap((t) => t.targetUnitIds);
  const [experts, unitRows] = await Promise.all([
    getExperts(db, expertIds),
    unitIds.length
      ? db.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, unitIds))
      : Promise.resolve([]),
  ]);
  const byId = new Map(experts.map((e) => [e.id, e]));
  const unitName = new Map(unitRows.map((u) => [u.id, u.name]));
  const member = (expertId: string) => {
    const e = byId.get(expertId);
    return {
      id: expertId,
      name: e?.name ?? '',
      specialty: e?.specialty ?? '',
      employerUnitName: e?.employerUnitName ?? null,
    };
  };
  return teamsOf(record).map((t) => ({
    no: t.no,
    name: t.name,
    leader: member(t.leaderId),
    members: t.memberIds.map(member),
    targets: t.targetUnitIds.map((unitId) => ({ unitId, unitName: unitName.get(unitId) ?? '' })),
  }));
}

/** Whether the record still comes out the same; a pool now too small to draw it does not. */
async function replaysToday(db: Db, record: TeamDrawRecord) {
  try {
    return replayDraw(record, await loadPoolByIds(db, record.poolIds));
  } catch {
    return false;
  }
}

/** The recorded draw and whether it replays from its seed against today's pool. */
export async function getCampaignTeams(db: Db, principal: Principal, id: string): Promise<CampaignTeams> {
  const { row, wholePlan } = await readCampaign(db, principal, id);
  const record = wholePlan ? drawOf(row) : null;
  const replays = record ? await replaysToday(db, record) : null;
  return { record, replays, teams: await namedTeams(db, record), version: row.version };
}
