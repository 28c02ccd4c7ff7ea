import type { LocalizedText } from '../errors.ts';
import { type AhpOptions, type AhpResult, analyzeAhpGroup, type Matrix } from './ahp.ts';
import type { AhpWeighting } from './indicators.schemas.ts';
import { formatNumber as n } from './rules/numbers.ts';

/**
 * AHP as the indicator editor uses it for the children of a node: entry of the upper triangle on
 * Saaty's 1–9 scale with the reciprocals filled in, the comparisons that make a matrix
 * inconsistent (and the value that would fit), and the conversion of weights into points in
 * steps of 0.5 whose sum is exactly the parent's points. A CR of 0.1 or more blocks applying.
 */

/** Saaty's scale: what the editor offers for "row over column". */
export const saatyScale: readonly { value: number; label: LocalizedText }[] = [
  { value: 1, label: { zh: '同等重要', en: 'Equal importance' } },
  { value: 2, label: { zh: '介于同等与稍微重要之间', en: 'Between equal and moderate' } },
  { value: 3, label: { zh: '稍微重要', en: 'Moderate importance' } },
  { value: 4, label: { zh: '介于稍微与明显重要之间', en: 'Between moderate and strong' } },
  { value: 5, label: { zh: '明显重要', en: 'Strong importance' } },
  { value: 6, label: { zh: '介于明显与强烈重要之间', en: 'Between strong and very strong' } },
  { value: 7, label: { zh: '强烈重要', en: 'Very strong importance' } },
  { value: 8, label: { zh: '介于强烈与极端重要之间', en: 'Between very strong and extreme' } },
  { value: 9, label: { zh: '极端重要', en: 'Extreme importance' } },
];

/** 1/9 … 1/2, 1, 2 … 9. */
const scaleValues = [
  ...saatyScale
    .map((s) => 1 / s.value)
    .reverse()
    .slice(0, -1),
  ...saatyScale.map((s) => s.value),
];

/** The scale value closest to `ratio` on a logarithmic scale (3 and 1/3 are equally far from 1). */
export const nearestSaatyValue = (ratio: number) =>
  scaleValues.reduce(
    (best, v) => (Math.abs(Math.log(v / ratio)) < Math.abs(Math.log(best / ratio)) ? v : best),
    1,
  );

/**
 * A full matrix from the upper triangle (`upper[i][j]` for j > i; the rest is ignored): unit
 * diagonal, reciprocals below. `missing` lists the pairs still to be compared.
 */
export function fillReciprocal(upper: readonly (readonly (number | null)[])[]): {
  matrix: number[][];
  missing: [number, number][];
} {
  const size = upper.length;
  const missing: [number, number][] = [];
  const matrix = Array.from({ length: size }, () => Array.from({ length: size }, () => 1));
  for (let i = 0; i < size; i++) {
    for (let j = i + 1; j < size; j++) {
      const value = upper[i]?.[j] ?? null;
      if (value === null || !(value > 0) || !Number.isFinite(value)) {
        missing.push([i, j]);
        continue;
      }
      (matrix[i] as number[])[j] = value;
      (matrix[j] as number[])[i] = 1 / value;
    }
  }
  return { matrix, missing };
}

export type Inconsistency = {
  row: number;
  column: number;
  /** What was entered: row over column. */
  given: number;
  /** What the weights imply: w_row / w_column. */
  implied: number;
  /** The scale value nearest to `implied`. */
  suggested: number;
  /** Share of λmax − n this pair accounts for (all pairs sum to 1). */
  share: number;
};

/**
 * The comparisons that contribute most to the inconsistency, worst first. With ε = a_ij·w_j/w_i,
 * λmax − n = (1/n) Σ_{i<j} (ε + 1/ε − 2) for the eigenvector weights, so each pair's term is its
 * exact share of CI.
 */
export function rankInconsistencies(matrix: Matrix, weights: readonly number[]): Inconsistency[] {
  const out: (Inconsistency & { term: number })[] = [];
  for (let i = 0; i < matrix.length; i++) {
    for (let j = i + 1; j < matrix.length; j++) {
      const given = matrix[i]?.[j] ?? 1;
      const implied = (weights[i] ?? 0) / (weights[j] ?? 1);
      const e = given / implied;
      out.push({
        row: i,
        column: j,
        given,
        implied,
        suggested: nearestSaatyValue(implied),
        share: 0,
        term: e + 1 / e - 2,
      });
    }
  }
  const total = out.reduce((s, x) => s + x.term, 0);
  return out
    .map(({ term, ...x }) => ({ ...x, share: total > 0 ? term / total : 0 }))
    .sort((a, b) => b.share - a.share || a.row - b.row || a.column - b.column);
}

/**
 * Points from weights in steps of `step` whose sum is exactly `total` (largest remainder:
 * everyone gets the whole steps of their share, the steps left go to the largest remainders,
 * ties to the larger weight, then to the earlier child). When `total` is not a multiple of the
 * step (7.25 in steps of 0.5), the odd remainder goes to the heaviest child.
 */
export function weightsToPoints(weights: readonly number[], total: number, step = 0.5): number[] {
  if (!weights.length) return [];
  const units = Math.floor(total / step + 1e-9);
  const odd = Math.round((total - units * step) * 100) / 100;
  const sum = weights.reduce((s, w) => s + w, 0);
  const exact = weights.map((w) => (sum > 0 ? (w / sum) * units : units / weights.length));
  const whole = exact.map((x) => Math.floor(x + 1e-9));
  let left = units - whole.reduce((s, x) => s + x, 0);
  const order = exact
    .map((x, i) => ({ i, remainder: x - (whole[i] ?? 0), weight: weights[i] ?? 0 }))
    .sort((a, b) => b.remainder - a.remainder || b.weight - a.weight || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    whole[i] = (whole[i] ?? 0) + 1;
    left--;
  }
  const heaviest = weights.indexOf(Math.max(...weights));
  return whole.map((u, i) => Math.round((u * step + (i === heaviest ? odd : 0)) * 100) / 100);
}

export type AhpApplication =
  | { ok: true; result: AhpResult; weighting: AhpWeighting }
  | { ok: false; result: AhpResult; inconsistencies: Inconsistency[]; message: LocalizedText };

/**
 * Weighs the children of a node from one or several experts' matrices and converts the weights
 * into points summing to `totalPoints`. Refused when CR ≥ 0.1, with the worst comparisons.
 */
export function applyAhp(input: {
  childIds: string[];
  matrices: readonly Matrix[];
  totalPoints: number;
  appliedAt: string;
  step?: number;
  options?: AhpOptions;
}): AhpApplication {
  const analysis = analyzeAhpGroup({ ...input.options, matrices: input.matrices });
  const { matrix, ...result } = analysis;
  if (matrix.length !== input.childIds.length) {
    throw new RangeError(
      `the matrices are ${matrix.length}×${matrix.length} for ${input.childIds.length} children`,
    );
  }
  if (!result.consistent) {
    return {
      ok: false,
      result,
      inconsistencies: rankInconsistencies(matrix, result.weights),
      message: {
        zh: `一致性比率 CR = ${n(result.cr, 3)}，不小于 0.1，判断矩阵需要调整后才能应用权重`,
        en: `The consistency ratio CR = ${n(result.cr, 3)} is not below 0.1; revise the comparisons before applying the weights`,
      },
    };
  }
  return {
    ok: true,
    result,
    weighting: {
      childIds: input.childIds,
      matrices: input.matrices.map((m) => m.map((row) => [...row])),
      weights: result.weights,
      lambdaMax: result.lambdaMax,
      ci: result.ci,
      cr: result.cr,
      riTable: result.riTable,
      points: weightsToPoints(result.weights, input.totalPoints, input.step),
      appliedAt: input.appliedAt,
    },
  };
}
