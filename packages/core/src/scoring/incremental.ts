import { AppError, ErrorCode } from '../errors.ts';
import { type PlannedSet, planScoring, SOURCES } from './campaign-plan.ts';
import { finishTarget, rankTargets, scoreComparedLeaf, scoreDirectLeaves } from './campaign-score.ts';
import type {
  CampaignScore,
  CampaignScoringInput,
  ScoringTarget,
  TargetScore,
  VetoHit,
} from './score-types.ts';

/**
 * Re-scoring after one entry changed (a self, on-site, external, survey or registry entry of one
 * target and leaf). `input` already holds the new entry; `previous` is the score before it. Only
 * the target is recomputed, unless the leaf's rule compares targets — then that leaf for every
 * target of its set, and the totals of the targets whose points on it moved. Ranks are always
 * recomputed. The result equals a full `scoreCampaign(input)` (property-tested).
 */

export type EntryChange = { targetId: string; nodeId: string };

const notFound = (zh: string, en: string, field: string) =>
  new AppError(ErrorCode.Validation, { zh, en }, field);

/** A target's set row in cents, from its previous node points. */
function previousRow(score: TargetScore, setPosition: number, ps: PlannedSet): Int32Array {
  const points = (score.sets[setPosition] as TargetScore['sets'][number]).nodePoints;
  const row = new Int32Array(ps.nodeCount);
  for (let k = 0; k < ps.nodeCount; k++) row[k] = Math.round((points[k] as number) * 100);
  return row;
}

/** The score after the entry of `change` was replaced in `input`. */
export function rescoreAfterChange(
  input: CampaignScoringInput,
  previous: CampaignScore,
  change: EntryChange,
): CampaignScore {
  const plan = planScoring(input);
  const ti = plan.targetIndex.get(change.targetId);
  if (ti === undefined || previous.targets[ti]?.targetId !== change.targetId)
    throw notFound('评估对象不在本项目中', 'the target is not in the campaign', 'targetId');
  const sets = plan.targetSets[ti] as PlannedSet[];
  const position = sets.findIndex((ps) => ps.nodeIndex.has(change.nodeId));
  const ps = sets[position];
  const leafIndex = ps ? (ps.leafOfNode[ps.nodeIndex.get(change.nodeId) as number] as number) : -1;
  const leaf = ps?.leaves[leafIndex];
  if (!ps || !leaf) throw notFound('该指标不是本对象的末级指标', 'not a leaf of the target’s sets', 'nodeId');
  const mapping = input.grading.externalRatingMapping;
  const targets = previous.targets.slice();

  /** Recomputes target `tj` from its previous rows, `patch` changing the rows first. */
  const rebuild = (tj: number, patch: (setPosition: number, row: Int32Array) => VetoHit[] | null) => {
    const prev = targets[tj] as TargetScore;
    const target = input.targets[tj] as ScoringTarget;
    const parts = (plan.targetSets[tj] as PlannedSet[]).map((p, k) => {
      const row = previousRow(prev, k, p);
      const vetoes = patch(k, row) ?? (prev.sets[k] as TargetScore['sets'][number]).vetoes;
      return { ps: p, row, offset: 0, vetoes };
    });
    targets[tj] = finishTarget(input, target, parts);
  };

  if (leaf.comparedIndex < 0) {
    const slot = new Int32Array(SOURCES.length);
    const target = input.targets[ti] as ScoringTarget;
    rebuild(ti, (k, row) => (k === position ? scoreDirectLeaves(ps, target, row, 0, mapping, slot) : null));
    return { targets: rankTargets(targets), compared: previous.compared };
  }

  const out = scoreComparedLeaf(ps, leaf, input.targets, mapping);
  for (let r = 0; r < ps.targets.length; r++) {
    const tj = ps.targets[r] as number;
    const k = (plan.targetSets[tj] as PlannedSet[]).indexOf(ps);
    const before = (targets[tj] as TargetScore).sets[k]?.nodePoints[leaf.nodeIndex] as number;
    const now = out.cents[r] as number;
    if (Math.round(before * 100) === now) continue;
    rebuild(tj, (kk, row) => {
      if (kk === k) row[leaf.nodeIndex] = now;
      return null;
    });
  }
  return {
    targets: rankTargets(targets),
    compared: { ...previous.compared, [change.nodeId]: out.compared },
  };
}
