import { type CampaignStatus, transitionCampaign } from '@bianping/core/campaigns/campaign-status';
import type { FrozenSet } from '@bianping/core/campaigns/freeze';
import type { PhaseWindow } from '@bianping/core/campaigns/phases';
import { automaticSetIds } from '@bianping/core/campaigns/target-sets';
import { type DrawnTeam, drawTeams, type TeamDrawRecord } from '@bianping/core/campaigns/team-draw';
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { campaigns, campaignTargets, experts, units, users } from '../../db/schema/index.ts';
import { freezeTargetSets } from '../campaigns/campaign-launch.service.ts';
import { checkDraft } from '../campaigns/campaign-sets.ts';
import { loadTargetableUnits } from '../campaigns/campaign-targets.queries.ts';
import {
  findCampaign,
  insertCampaign,
  type PlanSections,
  updateCampaign,
} from '../campaigns/campaigns.queries.ts';
import { defaultPlan } from '../campaigns/campaigns.service.ts';
import { loadPool } from '../campaigns/experts.queries.ts';
import { referenceChoice } from './demo-campaigns.ts';
import { streamFor } from './random.ts';

/**
 * 制定方案 and 启动 of the demo's launched campaigns: every active county unit as a target with
 * the common set and its category's X set, six teams drawn from the expert pool with the core's
 * draw, then the server's own launch step (`checkDraft` + `freezeTargetSets`) and the status
 * walked through the core's transitions. The draw seed is searched (deterministically from the
 * demo seed) until the demo evaluator leads a team and the demo expert sits on one, so both
 * accounts have targets; the recorded seed replays like any other draw.
 */

export type DemoCampaignSpec = {
  name: string;
  year: number;
  type: 'annual' | 'supervision';
  description: string;
  phases: PhaseWindow[];
  launchedOn: string;
  status: CampaignStatus;
};

export type DemoTarget = {
  unitId: string;
  shortName: string;
  kind: string;
  teamNo: number;
  sets: FrozenSet[];
};

/** The demo accounts the phases write as (null when an account name was already taken). */
export type DemoActors = {
  officer: string | null;
  evaluator: string | null;
  rater: string | null;
  unit: string | null;
  /** The unit the demo unit account fills for (县教体局). */
  unitAccountUnitId: string | null;
  raterAccountUnitId: string | null;
};

export type LaunchedDemoCampaign = {
  id: string;
  spec: DemoCampaignSpec;
  plan: PlanSections;
  targets: DemoTarget[];
  teams: DrawnTeam[];
  /** Team number → an account linked to the team's leader or a member (who records interviews). */
  teamAccounts: Map<number, string>;
  actors: DemoActors;
  /** Short name → unit id of every county unit (rater departments, the demo unit). */
  unitsByShortName: Map<string, string>;
};

const TEAMS = 6;
const MEMBERS = 2;
const MAX_DRAWS = 500;

/** Campaign statuses in order: a demo campaign walks through them up to its own. */
const STATUS_PATH: CampaignStatus[] = ['draft', 'launched', 'collecting', 'scoring', 'reporting', 'closed'];

async function loadActors(tx: Db, byShort: Map<string, string>): Promise<DemoActors> {
  const rows = await tx
    .select({ id: users.id, username: users.username })
    .from(users)
    .where(inArray(users.username, ['demo-officer', 'demo-evaluator', 'demo-rater', 'demo-unit']));
  const id = (name: string) => rows.find((r) => r.username === name)?.id ?? null;
  return {
    officer: id('demo-officer'),
    evaluator: id('demo-evaluator'),
    rater: id('demo-rater'),
    unit: id('demo-unit'),
    unitAccountUnitId: byShort.get('县教体局') ?? null,
    raterAccountUnitId: byShort.get('县财政局') ?? null,
  };
}

/** Draws until the linked demo evaluator leads a team and the demo expert is on one. */
async function drawForDemoAccounts(tx: Db, seed: number, year: number, targetUnitIds: string[]) {
  const pool = await loadPool(tx);
  const linked = await tx
    .select({ id: experts.id, userId: experts.userId, username: users.username })
    .from(experts)
    .innerJoin(users, eq(users.id, experts.userId))
    .where(isNotNull(experts.userId));
  const evaluator = linked.find((l) => l.username === 'demo-evaluator')?.id;
  const expert = linked.find((l) => l.username === 'demo-expert')?.id;
  const rnd = streamFor(seed, `campaign-draw-${year}`);
  let record: TeamDrawRecord | null = null;
  for (let attempt = 0; attempt < MAX_DRAWS; attempt++) {
    record = drawTeams({
      seed: rnd.int(0, 0xffffffff),
      teamCount: TEAMS,
      membersPerTeam: MEMBERS,
      pool,
      targetUnitIds,
    });
    const leads = !evaluator || record.teams.some((t) => t.leaderId === evaluator);
    const sits = !expert || record.teams.some((t) => t.leaderId === expert || t.memberIds.includes(expert));
    if (leads && sits) break;
  }
  const accountOf = new Map(linked.map((l) => [l.id, l.userId as string]));
  const teamAccounts = new Map<number, string>();
  for (const team of record?.teams ?? []) {
    const account = [team.leaderId, ...team.memberIds].map((e) => accountOf.get(e)).find(Boolean);
    if (account) teamAccounts.set(team.no, account);
  }
  return { record: record as TeamDrawRecord, teamAccounts };
}

/** Creates, draws and launches one demo campaign, then moves it on to the spec's status. */
export async function launchDemoCampaign(
  tx: Db,
  countyId: string,
  seed: number,
  spec: DemoCampaignSpec,
): Promise<LaunchedDemoCampaign> {
  const countyUnits = await loadTargetableUnits(tx, [countyId]);
  const active = countyUnits.filter((u) => u.status === 'active');
  const setChoice = await referenceChoice(tx);
  const plan: PlanSections = { ...defaultPlan(), setChoice, phases: spec.phases };
  const id = await insertCampaign(tx, {
    name: spec.name,
    year: spec.year,
    type: spec.type,
    regionId: countyId,
    description: spec.description,
    createdBy: null,
    plan,
  });
  await tx
    .insert(campaignTargets)
    .values(active.map((u) => ({ campaignId: id, unitId: u.id, setIds: automaticSetIds(u, setChoice) })));
  const { record, teamAccounts } = await drawForDemoAccounts(
    tx,
    seed,
    spec.year,
    active.map((u) => u.id),
  );
  for (const team of record.teams) {
    await tx
      .update(campaignTargets)
      .set({ teamNo: team.no })
      .where(and(eq(campaignTargets.campaignId, id), inArray(campaignTargets.unitId, team.targetUnitIds)));
  }
  await updateCampaign(tx, id, { teamDraw: record });

  const row = await findCampaign(tx, id);
  if (!row) throw new Error(`demo campaign ${spec.name} vanished`);
  const { targets, library, check } = await checkDraft(tx, row);
  transitionCampaign('draft', 'launched', 'officer', check);
  const idRandom = streamFor(seed, `campaign-frozen-${spec.year}`);
  const frozen = await freezeTargetSets(tx, id, targets, library, idRandom.uuid);
  const upTo = STATUS_PATH.indexOf(spec.status);
  for (let i = 2; i <= upTo; i++) {
    transitionCampaign(STATUS_PATH[i - 1] as CampaignStatus, STATUS_PATH[i] as CampaignStatus, 'officer');
  }
  await updateCampaign(tx, id, {
    status: spec.status,
    launchedAt: new Date(`${spec.launchedOn}T09:00:00+08:00`),
  });

  const shortNames = await tx
    .select({ id: units.id, shortName: units.shortName })
    .from(units)
    .where(eq(units.regionId, countyId));
  const unitsByShortName = new Map(shortNames.map((u) => [u.shortName ?? u.id, u.id]));
  const shortOf = new Map(shortNames.map((u) => [u.id, u.shortName]));
  const kindOf = new Map(active.map((u) => [u.id, u.kind as string]));
  const frozenById = new Map(frozen.map((f) => [f.id, f]));
  const stored = await tx
    .select({
      unitId: campaignTargets.unitId,
      setIds: campaignTargets.setIds,
      teamNo: campaignTargets.teamNo,
    })
    .from(campaignTargets)
    .where(eq(campaignTargets.campaignId, id));
  const demoTargets = stored
    .map((t) => ({
      unitId: t.unitId,
      shortName: shortOf.get(t.unitId) ?? '',
      kind: kindOf.get(t.unitId) ?? '',
      teamNo: t.teamNo ?? 1,
      sets: (t.setIds as string[]).map((s) => frozenById.get(s)).filter((s): s is FrozenSet => Boolean(s)),
    }))
    .sort((a, b) => (a.unitId < b.unitId ? -1 : 1));
  return {
    id,
    spec,
    plan,
    targets: demoTargets,
    teams: record.teams,
    teamAccounts,
    actors: await loadActors(tx, unitsByShortName),
    unitsByShortName,
  };
}

/** Whether a campaign of that name is already there (the demo then leaves it alone). */
export async function hasCampaignNamed(tx: Db, name: string): Promise<boolean> {
  const [row] = await tx.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.name, name));
  return Boolean(row);
}
