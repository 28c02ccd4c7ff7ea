import { checkPlanForLaunch } from '@bianping/core/campaigns/plan-check';
import type { WeightedNode } from '@bianping/core/campaigns/source-weights';
import type { IndicatorNode, IndicatorSet } from '@bianping/core/indicators';
import type { Db } from '../../db/client.ts';
import { loadNodes } from '../indicators/indicator-nodes.queries.ts';
import { findSet } from '../indicators/indicators.queries.ts';
import { loadAllTargets } from './campaign-targets.queries.ts';
import type { CampaignRow, PlanSections } from './campaigns.queries.ts';
import { planOf } from './campaigns.queries.ts';

/**
 * The library sets a draft plan uses, read from the indicator library: the launch check needs
 * their nodes, launch freezes them, the plan page summarises them. Only published editions
 * count; a draft or archived set is "unknown" to the check, which then names it.
 */

export type LibrarySet = { set: IndicatorSet; nodes: IndicatorNode[] };

/** Published sets among the ids, with their nodes in tree order. */
export async function loadPublishedSets(db: Db, ids: Iterable<string>): Promise<Map<string, LibrarySet>> {
  const out = new Map<string, LibrarySet>();
  for (const id of new Set(ids)) {
    const found = await findSet(db, id);
    if (found?.set.status === 'published') out.set(id, { set: found.set, nodes: await loadNodes(db, id) });
  }
  return out;
}

/** A set's nodes as the weight check sees them. */
export function weightedNodesOf(nodes: readonly IndicatorNode[]): WeightedNode[] {
  const parents = new Set(nodes.map((n) => n.parentId).filter((id) => id !== null));
  return nodes.map((n) => ({ code: n.code, sources: n.sources, isLeaf: !parents.has(n.id) }));
}

/** Whether the plan chose an X set for a category: targets without one are flagged. */
export const hasCategorySetIn = (plan: PlanSections) => (category: string) =>
  plan.setChoice.categorySetIds[category as keyof PlanSections['setChoice']['categorySetIds']] !== undefined;

/** The launch check of a draft: targets, chosen published sets and the core's verdict. */
export async function checkDraft(db: Db, row: CampaignRow) {
  const plan = planOf(row);
  const targets = await loadAllTargets(db, row.id, hasCategorySetIn(plan));
  const wanted = [...targets.flatMap((t) => t.setIds), ...plan.sourceWeights.overrides.map((o) => o.setId)];
  const library = await loadPublishedSets(db, wanted);
  const nodesBySet = new Map([...library].map(([id, s]) => [id, weightedNodesOf(s.nodes)]));
  const check = checkPlanForLaunch({
    phases: plan.phases,
    sourceWeights: plan.sourceWeights,
    targets,
    nodesBySet,
  });
  return { plan, targets, library, check };
}
