import type { SetChoice } from '@bianping/core/campaigns/target-sets';
import { automaticSetIds, selectTargets } from '@bianping/core/campaigns/target-sets';
import { drawTeams } from '@bianping/core/campaigns/team-draw';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  campaigns,
  campaignTargets,
  expertConflicts,
  experts,
  indicatorSets,
  users,
} from '../../db/schema/index.ts';
import { loadTargetableUnits } from '../campaigns/campaign-targets.queries.ts';
import { insertCampaign, updateCampaign } from '../campaigns/campaigns.queries.ts';
import { defaultPlan } from '../campaigns/campaigns.service.ts';
import { loadPool } from '../campaigns/experts.queries.ts';
import { makeName } from './names.ts';
import { streamFor } from './random.ts';

/**
 * The demo's plan (制定方案): an expert pool of 30 (some employed by county units, a few with
 * declared conflicts) and one draft campaign over the county's government organs, with the
 * reference "1+X" sets chosen, the timetable set and six teams drawn from the demo seed. The
 * demo accounts for evaluator and expert are linked to drawn experts, so they see the campaign.
 * A campaign already there under the demo name is left alone.
 */

export const DEMO_CAMPAIGN_NAME = '2026年度机构编制执行情况和使用效益评估（示范县）';

const SPECIALTIES = ['机构编制管理', '财务审计', '人力资源', '法律', '公共管理', '统计分析'];
const POOL_SIZE = 30;

async function insertExperts(tx: Db, seed: number, unitIds: readonly string[]) {
  const rnd = streamFor(seed, 'experts');
  const employers = rnd.shuffle(unitIds).slice(0, 8);
  const ids: string[] = [];
  for (let i = 0; i < POOL_SIZE; i++) {
    const [row] = await tx
      .insert(experts)
      .values({
        name: makeName(rnd, rnd.chance(0.5) ? 'male' : 'female', rnd.int(1962, 1988)),
        // The first eight work in county units; the rest come from the city, universities, firms.
        employerUnitId: employers[i] ?? null,
        specialty: rnd.pick(SPECIALTIES),
        canLead: i % 3 !== 2,
      })
      .returning({ id: experts.id });
    if (row) ids.push(row.id);
  }
  const conflicted = rnd.shuffle(ids.slice(8)).slice(0, 4);
  await tx.insert(expertConflicts).values(
    conflicted.map((expertId) => ({
      expertId,
      unitId: rnd.pick(unitIds),
      reason: rnd.pick(['近亲属在该单位任职', '近三年曾在该单位工作', '承担该单位委托课题']),
    })),
  );
  return ids.length;
}

/** The library-wide reference sets as the campaign's "1" and "X"s. */
export async function referenceChoice(tx: Db): Promise<SetChoice> {
  const rows = await tx
    .select({ id: indicatorSets.id, kind: indicatorSets.kind, category: indicatorSets.category })
    .from(indicatorSets)
    .where(and(isNull(indicatorSets.regionId), eq(indicatorSets.status, 'published')))
    .orderBy(indicatorSets.name);
  const categorySetIds: Record<string, string> = {};
  for (const r of rows) if (r.kind === 'category' && r.category) categorySetIds[r.category] ??= r.id;
  return { commonSetId: rows.find((r) => r.kind === 'common')?.id ?? null, categorySetIds };
}

/** Links the demo evaluator and expert accounts to drawn experts. */
async function linkAccounts(tx: Db, teams: readonly { leaderId: string; memberIds: string[] }[]) {
  const accounts = await tx
    .select({ id: users.id, username: users.username })
    .from(users)
    .where(inArray(users.username, ['demo-evaluator', 'demo-expert']));
  const byName = new Map(accounts.map((a) => [a.username, a.id]));
  const links = [
    [byName.get('demo-evaluator'), teams[0]?.leaderId],
    [byName.get('demo-expert'), teams[1]?.memberIds[0]],
  ] as const;
  for (const [userId, expertId] of links) {
    if (userId && expertId) await tx.update(experts).set({ userId }).where(eq(experts.id, expertId));
  }
}

export async function insertDemoCampaign(tx: Db, countyId: string, seed: number) {
  const [existing] = await tx
    .select({ id: campaigns.id })
    .from(campaigns)
    .where(eq(campaigns.name, DEMO_CAMPAIGN_NAME));
  if (existing) return { experts: 0, targets: 0, teams: 0 };
  const units = await loadTargetableUnits(tx, [countyId]);
  const expertCount = await insertExperts(
    tx,
    seed,
    units.filter((u) => u.status === 'active').map((u) => u.id),
  );
  const setChoice = await referenceChoice(tx);
  const plan = {
    ...defaultPlan(),
    setChoice,
    phases: [
      { phase: 'self' as const, start: '2026-11-09', end: '2026-11-27' },
      { phase: 'onsite' as const, start: '2026-11-30', end: '2026-12-18' },
      { phase: 'external' as const, start: '2026-11-30', end: '2026-12-18' },
      { phase: 'scoring' as const, start: '2026-12-21', end: '2026-12-25' },
      { phase: 'report' as const, start: '2026-12-28', end: '2027-01-08' },
    ],
  };
  const id = await insertCampaign(tx, {
    name: DEMO_CAMPAIGN_NAME,
    year: 2026,
    type: 'annual',
    regionId: countyId,
    description: '对全县党政机关2026年度机构编制执行情况和使用效益进行评估。',
    createdBy: null,
    plan,
  });
  const targets = selectTargets(units, { kinds: ['administrative', 'party'] });
  await tx
    .insert(campaignTargets)
    .values(targets.map((u) => ({ campaignId: id, unitId: u.id, setIds: automaticSetIds(u, setChoice) })));
  const record = drawTeams({
    seed,
    teamCount: 6,
    membersPerTeam: 2,
    pool: await loadPool(tx),
    targetUnitIds: targets.map((t) => t.id),
  });
  for (const team of record.teams) {
    await tx
      .update(campaignTargets)
      .set({ teamNo: team.no })
      .where(and(eq(campaignTargets.campaignId, id), inArray(campaignTargets.unitId, team.targetUnitIds)));
  }
  await updateCampaign(tx, id, { teamDraw: record });
  await linkAccounts(tx, record.teams);
  return { experts: expertCount, targets: targets.length, teams: record.teams.length };
}
