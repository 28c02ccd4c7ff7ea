import { notFound } from '@bianping/core/errors';
import type { IndicatorSource } from '@bianping/core/indicators/vocabulary';
import type { RaterConsistency } from '@bianping/core/scoring/api';
import { explainTarget, type NodeExplanation } from '@bianping/core/scoring/explain';
import {
  type ItemScore,
  raterLeniency,
  type TeamScore,
  teamConcordance,
} from '@bianping/core/scoring/rater-consistency';
import type { Db } from '../../db/client.ts';
import type { CampaignRow } from '../campaigns/campaigns.queries.ts';
import { loadPersonEntries, loadTargets } from './scoring.queries.ts';
import { currentScore } from './scoring.service.ts';

/**
 * Rater consistency of the on-site review, computed by the core (`raterLeniency`,
 * `teamConcordance`). The team enters one score per leaf; its evaluator is the account that last
 * saved it. Each on-site score is compared with the other sources' points on the same target and
 * leaf (as the explanation computes them); per team, Kendall's W over its evaluators' scores
 * (points ÷ max, averaged per target) of the targets every one of them scored. Nothing is ever
 * corrected, only shown.
 */

type LeafPoints = { max: number; sources: { source: IndicatorSource; points: number }[] };

function leavesOf(nodes: readonly NodeExplanation[], out: Map<string, LeafPoints>) {
  for (const n of nodes) {
    if (n.children.length) {
      leavesOf(n.children, out);
      continue;
    }
    const sources = n.sources
      .filter((s) => s.points !== null)
      .map((s) => ({ source: s.source, points: s.points as number }));
    if (n.maxPoints > 0 && sources.some((s) => s.source === 'onsite'))
      out.set(n.nodeId, { max: n.maxPoints, sources });
  }
}

const noConcordance = {
  zh: '需要至少 2 名组员对至少 2 个相同对象评分',
  en: 'Needs at least 2 members scoring at least 2 of the same targets',
};

export async function loadConsistency(db: Db, campaign: CampaignRow): Promise<RaterConsistency> {
  const current = await currentScore(db, campaign);
  if (!current) throw notFound({ zh: '综合评定结果', en: 'Overall scores' }, 'scores');
  const [entries, targets] = await Promise.all([
    loadPersonEntries(db, 'onsite_entries', campaign.id),
    loadTargets(db, campaign.id),
  ]);
  const teamOf = new Map(targets.map((t) => [t.unitId, t.teamNo]));
  const names = new Map<string, string>();
  const raterTeams = new Map<string, Set<number>>();
  const items: ItemScore[] = [];
  const teamScores: TeamScore[] = [];
  const unitIds = [...new Set(entries.filter((e) => e.userId).map((e) => e.unitId))];
  for (const unitId of unitIds) {
    const leaves = new Map<string, LeafPoints>();
    for (const set of explainTarget(current.input, current.score, unitId).sets) leavesOf(set.nodes, leaves);
    const teamNo = teamOf.get(unitId) ?? null;
    for (const e of entries) {
      const leaf = e.unitId === unitId && e.userId ? leaves.get(e.nodeId) : undefined;
      if (!leaf || !e.userId) continue;
      names.set(e.userId, e.by ?? '');
      for (const s of leaf.sources) {
        const raterId = s.source === 'onsite' ? e.userId : null;
        items.push({
          raterId,
          source: s.source,
          targetId: unitId,
          itemId: e.nodeId,
          maxPoints: leaf.max,
          points: s.points,
        });
      }
      const onsite = leaf.sources.find((s) => s.source === 'onsite') as { points: number };
      if (teamNo !== null) {
        raterTeams.set(e.userId, (raterTeams.get(e.userId) ?? new Set()).add(teamNo));
        teamScores.push({
          teamId: String(teamNo),
          raterId: e.userId,
          targetId: unitId,
          score: onsite.points / leaf.max,
        });
      }
    }
  }
  const evaluators = raterLeniency(items)
    .map((l) => {
      const teams = [...(raterTeams.get(l.raterId) ?? [])];
      return {
        userId: l.raterId,
        name: names.get(l.raterId) ?? '',
        teamNo: teams.length === 1 ? (teams[0] as number) : null,
        items: l.items,
        leniency: l.leniency,
        z: l.z,
        flagged: l.outlier,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  const byTeam = new Map(teamConcordance(teamScores).map((t) => [Number(t.teamId), t]));
  const teamNos = [...new Set(targets.map((t) => t.teamNo).filter((t): t is number => t !== null))].sort(
    (a, b) => a - b,
  );
  const teams = teamNos.map((teamNo) => {
    const c = byTeam.get(teamNo);
    const w = c?.w ?? null;
    return {
      teamNo,
      raters: c?.raters ?? 0,
      objects: c?.objects ?? 0,
      w,
      note: w === null ? noConcordance : null,
    };
  });
  return { evaluators, teams };
}
