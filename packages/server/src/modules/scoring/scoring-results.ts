import type { FrozenSet } from '@bianping/core/campaigns/freeze';
import { campaignGrades } from '@bianping/core/campaigns/vocabulary';
import type { UnitCategory } from '@bianping/core/registry/vocabulary';
import type { CampaignScores, ScoreRankingRow } from '@bianping/core/scoring/api';
import type { TargetScore } from '@bianping/core/scoring/score-types';
import type { Db } from '../../db/client.ts';
import type { ScoreView } from './scoring.policy.ts';
import {
  findRun,
  loadFrozenSetsOf,
  loadPreviousScores,
  loadStoredScores,
  loadTargets,
} from './scoring.queries.ts';

/**
 * The ranking as stored (GET /campaigns/:id/scores): rows with the first-level points, the rank
 * change against each unit's previous campaign of the same type, the grade distribution and the
 * campaign average of each first-level indicator.
 */

/** First-level nodes of a set: no parent inside the set. */
export function firstLevelOf(set: FrozenSet) {
  const ids = new Set(set.nodes.map((n) => n.id));
  return set.nodes
    .map((n, index) => ({ n, index }))
    .filter(({ n }) => n.parentId === null || !ids.has(n.parentId))
    .sort((a, b) => a.n.seq - b.n.seq);
}

/** A target's points on each first-level indicator of its sets. */
export function firstLevelPoints(result: TargetScore, setsById: ReadonlyMap<string, FrozenSet>) {
  return result.sets.flatMap((s) => {
    const set = setsById.get(s.setId);
    if (!set) return [];
    return firstLevelOf(set).map(({ n, index }) => ({
      setId: s.setId,
      code: n.code,
      points: s.nodePoints[index] ?? 0,
    }));
  });
}

/** The most frequent previous campaign of the rows (they may differ per unit). */
function mainPrevious(previous: readonly { campaignId: string; campaignName: string }[]) {
  const counts = new Map<string, { id: string; name: string; n: number }>();
  for (const p of previous) {
    const c = counts.get(p.campaignId) ?? { id: p.campaignId, name: p.campaignName, n: 0 };
    c.n++;
    counts.set(p.campaignId, c);
  }
  const best = [...counts.values()].sort((a, b) => b.n - a.n)[0];
  return best ? { id: best.id, name: best.name } : null;
}

export async function loadCampaignScores(db: Db, view: ScoreView): Promise<CampaignScores> {
  const campaignId = view.campaign.id;
  const [found, sets, stored, targets] = await Promise.all([
    findRun(db, campaignId),
    loadFrozenSetsOf(db, campaignId),
    loadStoredScores(db, campaignId),
    loadTargets(db, campaignId),
  ]);
  const run = found?.scored ? found : null;
  const setsById = new Map(sets.map((s) => [s.id, s]));
  const columns = sets.map((s) => ({
    setId: s.id,
    name: s.name,
    kind: s.kind,
    category: s.category,
    firstLevel: firstLevelOf(s).map(({ n }) => ({
      nodeId: n.id,
      code: n.code,
      name: n.name,
      maxPoints: n.maxPoints,
      role: n.role,
    })),
  }));
  const names = new Map(targets.map((t) => [t.unitId, t.name]));
  const visible = view.ownUnitId === null ? stored : stored.filter((s) => s.unitId === view.ownUnitId);
  const previous =
    run === null
      ? []
      : await loadPreviousScores(
          db,
          campaignId,
          visible.map((s) => s.unitId),
        );
  const previousRank = new Map(previous.map((p) => [p.unitId, p.rank]));
  const rows: ScoreRankingRow[] = visible.map(({ unitId, result }) => {
    const before = previousRank.get(unitId) ?? null;
    return {
      unitId,
      unitName: names.get(unitId) ?? '',
      category: result.category as UnitCategory,
      total: result.total,
      grade: result.grade,
      veto: result.veto,
      vetoes: result.vetoes,
      rank: result.rank,
      categoryRank: result.categoryRank,
      previousRank: before,
      rankChange: before === null ? null : before - result.rank,
      missingCategorySet: result.missingCategorySet,
      firstLevel: firstLevelPoints(result, setsById),
    };
  });
  rows.sort((a, b) => a.rank - b.rank || a.unitName.localeCompare(b.unitName, 'zh-CN'));
  const averages = new Map<string, { setId: string; code: string; sum: number; targets: number }>();
  for (const s of stored) {
    for (const p of firstLevelPoints(s.result, setsById)) {
      const key = `${p.setId}/${p.code}`;
      const a = averages.get(key) ?? { setId: p.setId, code: p.code, sum: 0, targets: 0 };
      a.sum += p.points;
      a.targets++;
      averages.set(key, a);
    }
  }
  return {
    campaignId,
    computedAt: run?.computedAt ?? null,
    stale: run?.stale ?? false,
    jobId: run?.jobId ?? null,
    previousCampaign: mainPrevious(previous),
    sets: columns,
    rows,
    gradeDistribution: campaignGrades.codes.map((grade) => ({
      grade,
      count: stored.filter((s) => s.result.grade === grade).length,
    })),
    averages: [...averages.values()].map((a) => ({
      setId: a.setId,
      code: a.code,
      points: Math.round((a.sum / a.targets) * 100) / 100,
      targets: a.targets,
    })),
  };
}
