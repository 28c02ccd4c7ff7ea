import type { FrozenSet } from '@bianping/core/campaigns/freeze';
import { notFound } from '@bianping/core/errors';
import type { TargetExplanation } from '@bianping/core/scoring/api';
import { explainTarget, type NodeLinks, type PreviousPoints } from '@bianping/core/scoring/explain';
import type { TargetScore } from '@bianping/core/scoring/score-types';
import type { Db } from '../../db/client.ts';
import { canReadTarget, type ScoreView } from './scoring.policy.ts';
import { loadFrozenSetsOf, loadPreviousScores, loadTargetLinks } from './scoring.queries.ts';
import { currentScore } from './scoring.service.ts';
import { nodeIdsByCode } from './scoring-input.ts';

/**
 * One target's explanation: the core `explainTarget` over the campaign's input and score (cached
 * or recomputed, see `currentScore`), with the findings and evidence linked per indicator and the
 * previous campaign's points by library series and code for 同比去年.
 */

const targetLabel = { zh: '评估对象', en: 'Target' };
const scoresLabel = { zh: '综合评定结果', en: 'Overall scores' };

/** The previous campaign's leaf points of a unit, keyed by library series and stable code. */
function previousPoints(result: TargetScore, sets: readonly FrozenSet[]): PreviousPoints[] {
  const byId = new Map(sets.map((s) => [s.id, s]));
  return result.sets.flatMap((s) => {
    const set = byId.get(s.setId);
    if (!set) return [];
    return set.nodes.map((n, i) => ({
      seriesId: set.source.seriesId,
      code: n.code,
      points: s.nodePoints[i] ?? 0,
    }));
  });
}

function linksOf(sets: readonly FrozenSet[], links: Awaited<ReturnType<typeof loadTargetLinks>>) {
  const byNode: Record<string, { findingIds: string[]; evidenceIds: string[] }> = {};
  const at = (nodeId: string) => {
    byNode[nodeId] ??= { findingIds: [], evidenceIds: [] };
    return byNode[nodeId];
  };
  const nodeOf = nodeIdsByCode(sets);
  for (const f of links.onsite) if (f.nodeId) at(f.nodeId).findingIds.push(f.id);
  const external = links.external.map((f) => ({
    id: f.id,
    text: f.text,
    nodeId: f.item.kind === 'indicator' ? (nodeOf.get(`${f.item.setId}:${f.item.nodeCode}`) ?? null) : null,
  }));
  for (const f of external) if (f.nodeId) at(f.nodeId).findingIds.push(f.id);
  for (const e of links.evidence) if (e.nodeId) at(e.nodeId).evidenceIds.push(e.fileId);
  return {
    byNode: byNode as Record<string, NodeLinks>,
    shown: {
      findings: [
        ...links.onsite.map((f) => ({ ...f, source: 'onsite' as const })),
        ...external.map((f) => ({ ...f, source: 'external' as const })),
      ],
      evidence: links.evidence,
    },
  };
}

export async function loadExplanation(db: Db, view: ScoreView, unitId: string): Promise<TargetExplanation> {
  if (!canReadTarget(view, unitId)) throw notFound(targetLabel, 'unitId');
  const current = await currentScore(db, view.campaign);
  if (!current) throw notFound(scoresLabel, 'scores');
  if (!current.input.targets.some((t) => t.id === unitId)) throw notFound(targetLabel, 'unitId');
  const [links, [previous]] = await Promise.all([
    loadTargetLinks(db, view.campaign.id, unitId),
    loadPreviousScores(db, view.campaign.id, [unitId]),
  ]);
  const previousSets = previous ? await loadFrozenSetsOf(db, previous.campaignId) : [];
  const linked = linksOf(current.sets, links);
  const explanation = explainTarget(current.input, current.score, unitId, {
    links: linked.byNode,
    previous: previous ? previousPoints(previous.result, previousSets) : [],
  });
  return {
    ...explanation,
    campaignId: view.campaign.id,
    previousCampaign: previous ? { id: previous.campaignId, name: previous.campaignName } : null,
    computedAt: current.run.computedAt,
    stale: current.run.stale,
    links: linked.shown,
  };
}
