import type { CampaignPlan } from '@bianping/core/campaigns/api';
import type { IndicatorNode } from '@bianping/core/indicators';
import { unitCategories } from '@bianping/core/registry/vocabulary';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { regions } from '../../db/schema/index.ts';
import type { Principal } from '../../plugins/auth.ts';
import { loadNodes } from '../indicators/indicator-nodes.queries.ts';
import { findSet } from '../indicators/indicators.queries.ts';
import { readCampaign } from './campaign-read.ts';
import { hasCategorySetIn } from './campaign-sets.ts';
import { loadAllTargets } from './campaign-targets.queries.ts';
import { namedTeams } from './campaign-teams.service.ts';
import { drawOf, loadFrozenSets, planOf } from './campaigns.queries.ts';

/**
 * 评估方案: what the printable plan page shows, in one read — basics, timetable, targets grouped by
 * category, a summary of each set (its level-1 indicators and points), weights, grade bands and
 * teams with the draw's seed. After launch the sets are the campaign's frozen copies; before it,
 * the library sets the targets use, whatever their status (the launch check names unpublished ones).
 */

type PlanSet = CampaignPlan['sets'][number];

const topLevel = (nodes: readonly Pick<IndicatorNode, 'parentId' | 'code' | 'name' | 'maxPoints'>[]) =>
  nodes
    .filter((n) => n.parentId === null)
    .map((n) => ({ code: n.code, name: n.name, maxPoints: n.maxPoints }));

async function librarySets(db: Db, ids: readonly string[]): Promise<PlanSet[]> {
  const out: PlanSet[] = [];
  for (const id of new Set(ids)) {
    const found = await findSet(db, id);
    if (!found) continue;
    const { set } = found;
    out.push({
      id,
      name: set.name,
      kind: set.kind,
      category: set.category,
      fullMark: set.fullMark,
      frozen: false,
      indicators: topLevel(await loadNodes(db, id)),
    });
  }
  return out;
}

export async function getCampaignPlan(db: Db, principal: Principal, id: string): Promise<CampaignPlan> {
  const { row, wholePlan, ownUnitIds } = await readCampaign(db, principal, id);
  const plan = planOf(row);
  const all = await loadAllTargets(db, id, hasCategorySetIn(plan));
  const targets = ownUnitIds ? all.filter((t) => ownUnitIds.includes(t.unitId)) : all;
  const [region] = await db.select({ name: regions.name }).from(regions).where(eq(regions.id, row.regionId));

  const sets: PlanSet[] =
    row.status === 'draft'
      ? await librarySets(
          db,
          targets.flatMap((t) => t.setIds),
        )
      : (await loadFrozenSets(db, id))
          .filter((f) => targets.some((t) => t.setIds.includes(f.id)))
          .map((f) => ({
            id: f.id,
            name: f.name,
            kind: f.kind,
            category: f.category,
            fullMark: f.fullMark,
            frozen: true,
            indicators: topLevel(f.nodes),
          }));

  const draw = wholePlan ? drawOf(row) : null;
  return {
    campaign: {
      id: row.id,
      name: row.name,
      year: row.year,
      type: row.type as CampaignPlan['campaign']['type'],
      regionId: row.regionId,
      regionName: region?.name ?? '',
      status: row.status as CampaignPlan['campaign']['status'],
      description: row.description,
      launchedAt: row.launchedAt ? new Date(row.launchedAt).toISOString() : null,
      version: row.version,
    },
    phases: plan.phases,
    sourceWeights: plan.sourceWeights,
    grading: plan.grading,
    commonShare: plan.setMix.commonShare,
    targetGroups: unitCategories.codes
      .map((category) => ({
        category,
        targets: targets
          .filter((t) => t.category === category)
          .map((t) => ({ unitId: t.unitId, unitName: t.unitName, setIds: t.setIds, teamNo: t.teamNo })),
      }))
      .filter((g) => g.targets.length > 0),
    sets,
    teams: await namedTeams(db, draw),
    drawSeed: draw?.seed ?? null,
  };
}
