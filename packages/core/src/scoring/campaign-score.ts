import { type ExternalRatingMapping, gradeOf } from '../campaigns/grading.ts';
import { summarisePeers } from '../indicators/rules/peers.ts';
import { strongestVeto } from '../indicators/rules/totals.ts';
import type { PlannedLeaf, PlannedSet, ScoringPlan } from './campaign-plan.ts';
import { planScoring, SOURCES } from './campaign-plan.ts';
import { centsOf, NO_DATA, sourceCents } from './leaf-points.ts';
import { combineCents, comparedSourceInputs, directSourceCents, vetoOf } from './leaf-sources.ts';
import { competitionRanks, mixTotal, rollUpRow, setShares } from './roll-up.ts';
import type {
  CampaignScore,
  CampaignScoringInput,
  ComparedLeaf,
  ScoringTarget,
  SetScore,
  TargetScore,
  VetoHit,
} from './score-types.ts';

/**
 * The overall score (综合评定) of every target of a campaign, in four passes:
 *
 * 1. per target and leaf that does not compare targets: each source through the leaf's rule,
 *    combined with the renormalised weights of the sources present (`leaf-sources.ts`);
 * 2. per comparing leaf (`rankPoints`, `rankFromBottom`, `proportionalToBest`, a peer-average
 *    threshold, `fallbackAverage`): the value sources combined into one value per target first,
 *    then ranked or compared over the targets scored on that leaf's set; a target without any data
 *    for a `fallbackAverage` leaf gets the average points of those with data;
 * 3. roll-up per set (deductions floor at 0 in the rules, bonus items capped per item, per bonus
 *    group and per set), the 1+X mix, the grade by the bands with the strongest veto;
 * 4. competition ranks in the campaign and per category.
 *
 * A leaf without any data and without a fallback scores 0.
 */

const EMPTY_VETOES: VetoHit[] = [];

/** Points of a comparing leaf for every target of its set, and what they were compared on. */
export function scoreComparedLeaf(
  ps: PlannedSet,
  leaf: PlannedLeaf,
  targets: readonly ScoringTarget[],
  mapping: ExternalRatingMapping,
): { cents: Int32Array; compared: ComparedLeaf } {
  const rows = ps.targets.length;
  const cents = new Int32Array(rows).fill(NO_DATA);
  const values: (number | null)[] = new Array(rows).fill(null);
  const masks = new Uint8Array(rows);
  const others = new Int32Array(rows * SOURCES.length);
  const slot = new Int32Array(SOURCES.length);
  const id = leaf.node.id;
  for (let r = 0; r < rows; r++) {
    const entries = (targets[ps.targets[r] as number] as ScoringTarget).entries[id];
    if (leaf.comparesValues) {
      const { value, valueMask } = comparedSourceInputs(leaf, entries, mapping, slot);
      values[r] = value;
      masks[r] = valueMask;
      others.set(slot, r * SOURCES.length);
    } else {
      directSourceCents(leaf, entries, mapping, slot);
      cents[r] = combineCents(leaf.weights, slot);
    }
  }
  if (leaf.comparesValues && leaf.base) {
    const peers = summarisePeers(values);
    for (let r = 0; r < rows; r++) {
      slot.set(others.subarray(r * SOURCES.length, (r + 1) * SOURCES.length));
      const v = values[r];
      if (v != null) {
        const pc = sourceCents(leaf.base, leaf.max, { value: v }, peers);
        const mask = masks[r] as number;
        for (let s = 0; s < SOURCES.length; s++) if (mask & (1 << s)) slot[s] = pc;
      }
      cents[r] = combineCents(leaf.weights, slot);
    }
  }
  const points = Array.from(cents, (c) => (c === NO_DATA ? null : c / 100));
  if (leaf.fallback) {
    let sum = 0;
    let count = 0;
    for (const p of points) {
      if (p === null) continue;
      sum += p;
      count++;
    }
    const average = count ? centsOf(sum / count) : NO_DATA;
    for (let r = 0; r < rows; r++) if (cents[r] === NO_DATA) cents[r] = average;
  }
  for (let r = 0; r < rows; r++) if (cents[r] === NO_DATA) cents[r] = 0;
  const targetIds = ps.targets.map((ti) => (targets[ti] as ScoringTarget).id);
  return { cents, compared: { targetIds, values, points } };
}

/** Scores the leaves of one target's row that do not compare targets; returns its vetoes. */
export function scoreDirectLeaves(
  ps: PlannedSet,
  target: ScoringTarget,
  row: Int32Array,
  offset: number,
  mapping: ExternalRatingMapping,
  slot: Int32Array,
): VetoHit[] {
  let vetoes = EMPTY_VETOES;
  for (const leaf of ps.leaves) {
    if (leaf.comparedIndex >= 0) continue;
    const entries = target.entries[leaf.node.id];
    if (leaf.isVeto) {
      row[offset + leaf.nodeIndex] = 0;
      if (vetoOf(leaf, entries) && leaf.rule?.kind === 'veto') {
        if (vetoes === EMPTY_VETOES) vetoes = [];
        vetoes.push({
          setId: ps.set.id,
          nodeId: leaf.node.id,
          code: leaf.node.code,
          effect: leaf.rule.effect,
        });
      }
      continue;
    }
    directSourceCents(leaf, entries, mapping, slot);
    const c = combineCents(leaf.weights, slot);
    row[offset + leaf.nodeIndex] = c === NO_DATA ? 0 : c;
  }
  return vetoes;
}

/** A target's set rows rolled up into its score (ranks filled later). */
export function finishTarget(
  input: CampaignScoringInput,
  target: ScoringTarget,
  parts: readonly { ps: PlannedSet; row: Int32Array; offset: number; vetoes: VetoHit[] }[],
): TargetScore {
  const shares = setShares(
    parts.map((p) => p.ps),
    input.setMix.commonShare,
  );
  const setCents: number[] = [];
  const vetoes: VetoHit[] = [];
  const sets: SetScore[] = parts.map((p, i) => {
    const totals = rollUpRow(p.ps, p.row, p.offset);
    setCents.push(totals.total);
    for (const v of p.vetoes) vetoes.push(v);
    const nodePoints = new Array<number>(p.ps.nodeCount);
    for (let k = 0; k < p.ps.nodeCount; k++) nodePoints[k] = (p.row[p.offset + k] as number) / 100;
    return {
      setId: p.ps.set.id,
      kind: p.ps.set.kind,
      total: totals.total / 100,
      scoredTotal: totals.scored / 100,
      bonus: {
        uncapped: totals.bonusUncapped / 100,
        total: totals.bonus / 100,
        capped: totals.bonus < totals.bonusUncapped,
      },
      share: shares[i] as number,
      nodePoints,
      vetoes: p.vetoes,
    };
  });
  const total = mixTotal(shares, setCents) / 100;
  const veto = strongestVeto(vetoes.map((v) => v.effect));
  return {
    targetId: target.id,
    category: target.category,
    total,
    grade: gradeOf(total, input.grading.gradeBands, veto),
    veto,
    vetoes,
    rank: 0,
    categoryRank: 0,
    missingCategorySet: !parts.some((p) => p.ps.set.kind === 'category'),
    sets,
  };
}

/** Sets `rank` and `categoryRank` (competition ranking on the total; ties share a rank). */
export function rankTargets(targets: TargetScore[]): TargetScore[] {
  const cents = targets.map((t) => Math.round(t.total * 100));
  const overall = competitionRanks(cents);
  const byCategory = competitionRanks(
    cents,
    targets.map((t) => t.category),
  );
  return targets.map((t, i) =>
    t.rank === overall[i] && t.categoryRank === byCategory[i]
      ? t
      : { ...t, rank: overall[i] as number, categoryRank: byCategory[i] as number },
  );
}

/** Per set, one row of node cents per target of the set, with the leaves scored. */
export function scoreRows(plan: ScoringPlan, input: CampaignScoringInput) {
  const mapping = input.grading.externalRatingMapping;
  const slot = new Int32Array(SOURCES.length);
  const compared: Record<string, ComparedLeaf> = {};
  const rows = plan.sets.map((ps) => {
    const row = new Int32Array(ps.targets.length * ps.nodeCount);
    const vetoes = ps.targets.map((ti, r) =>
      scoreDirectLeaves(ps, input.targets[ti] as ScoringTarget, row, r * ps.nodeCount, mapping, slot),
    );
    for (const leaf of ps.comparedLeaves) {
      const out = scoreComparedLeaf(ps, leaf, input.targets, mapping);
      compared[leaf.node.id] = out.compared;
      for (let r = 0; r < ps.targets.length; r++)
        row[r * ps.nodeCount + leaf.nodeIndex] = out.cents[r] as number;
    }
    return { row, vetoes };
  });
  return { rows, compared };
}

/** Scores every target of a campaign (see the passes above). */
export function scoreCampaign(input: CampaignScoringInput): CampaignScore {
  const plan = planScoring(input);
  const { rows, compared } = scoreRows(plan, input);
  const targets = input.targets.map((t, ti) =>
    finishTarget(
      input,
      t,
      (plan.targetSets[ti] as PlannedSet[]).map((ps) => {
        const r = ps.rowOf[ti] as number;
        const data = rows[ps.index] as (typeof rows)[number];
        return { ps, row: data.row, offset: r * ps.nodeCount, vetoes: data.vetoes[r] as VetoHit[] };
      }),
    ),
  );
  return { targets: rankTargets(targets), compared };
}
