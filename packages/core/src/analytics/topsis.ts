import {
  analyzeError,
  booleanVector,
  column,
  normalizedWeights,
  numberMatrix,
  oneOf,
} from './input-checks.ts';

/**
 * TOPSIS (逼近理想解排序法) exactly as ANALYZE.md § topsis: normalise (vector, as Hwang & Yoon;
 * min–max; or none), weight (weights scaled to sum 1), ideal and anti-ideal points, Euclidean
 * distances, closeness = d⁻ / (d⁺ + d⁻), rank 1 = best with ties sharing the smaller rank.
 */

export const topsisNormalizations = ['vector', 'minmax', 'none'] as const;
export type TopsisNormalization = (typeof topsisNormalizations)[number];

export type TopsisInput = {
  matrix: number[][];
  weights: number[];
  benefit: boolean[];
  normalization?: TopsisNormalization;
};
export type TopsisResult = { closeness: number[]; rank: number[]; dPlus: number[]; dMinus: number[] };

/** Competition ranks of `values`, larger first; ties share the smaller (better) rank. */
export function ranksDescending(values: readonly number[]): number[] {
  return values.map((v) => 1 + values.filter((w) => w > v).length);
}

function normalizeColumn(
  values: number[],
  normalization: TopsisNormalization,
  benefit: boolean,
  j: number,
): number[] {
  if (normalization === 'vector') {
    const norm = Math.sqrt(values.reduce((s, x) => s + x * x, 0));
    if (!(norm > 0))
      throw analyzeError(
        'E_VALUE',
        `matrix[*][${j}]`,
        '向量标准化时列不能全为 0',
        'must not be all zero with vector normalization',
      );
    return values.map((x) => x / norm);
  }
  if (normalization === 'minmax') {
    const min = Math.min(...values);
    const max = Math.max(...values);
    // A constant column separates nobody: it contributes 0 to both distances.
    if (max === min) return values.map(() => 0);
    return values.map((x) => (benefit ? (x - min) / (max - min) : (max - x) / (max - min)));
  }
  return values;
}

/** Closeness to the ideal solution of each alternative (row) of `matrix`, and its rank. */
export function analyzeTopsis(input: TopsisInput): TopsisResult {
  const matrix = numberMatrix(input.matrix, 'matrix');
  const m = matrix.length;
  const n = matrix[0]?.length ?? 0;
  const weights = normalizedWeights(input.weights, 'weights', n);
  const benefit = booleanVector(input.benefit, 'benefit', n);
  const normalization = oneOf(input.normalization, 'normalization', topsisNormalizations, 'vector');

  const weighted = Array.from({ length: n }, (_, j) =>
    normalizeColumn(column(matrix, j), normalization, benefit[j] ?? true, j).map(
      (x) => x * (weights[j] ?? 0),
    ),
  ); // column-major
  // After min–max every column is "more is better"; otherwise the direction picks the ideal.
  const higherIsBetter = (j: number) => normalization === 'minmax' || (benefit[j] ?? true);
  const ideal = weighted.map((col, j) => (higherIsBetter(j) ? Math.max(...col) : Math.min(...col)));
  const anti = weighted.map((col, j) => (higherIsBetter(j) ? Math.min(...col) : Math.max(...col)));
  const distance = (i: number, point: number[]) =>
    Math.sqrt(weighted.reduce((s, col, j) => s + ((col[i] ?? 0) - (point[j] ?? 0)) ** 2, 0));
  const dPlus = Array.from({ length: m }, (_, i) => distance(i, ideal));
  const dMinus = Array.from({ length: m }, (_, i) => distance(i, anti));
  const closeness = dPlus.map((dp, i) => {
    const dm = dMinus[i] ?? 0;
    if (!(dp + dm > 0))
      throw analyzeError(
        'E_DEGENERATE',
        'matrix',
        '所有备选对象（加权后）完全相同，无法排序',
        'all alternatives are identical (after weighting): nothing to rank',
      );
    return dm / (dp + dm);
  });
  return { closeness, rank: ranksDescending(closeness), dPlus, dMinus };
}
