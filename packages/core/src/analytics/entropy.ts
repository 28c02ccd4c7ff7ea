import { analyzeError, booleanVector, column, numberMatrix, oneOf } from './input-checks.ts';

/**
 * Entropy weights (熵权法) exactly as ANALYZE.md § entropy: normalise each column (min–max with
 * benefit/cost direction, or the raw non-negative values), p_ij = x'_ij / Σ_i x'_ij,
 * e_j = −(1/ln m) Σ_i p_ij ln p_ij with 0·ln 0 = 0, d_j = 1 − e_j, w_j = d_j / Σ d.
 * A constant column says nothing about the alternatives: its entropy is 1 and its weight 0.
 */

export const entropyNormalizations = ['minmax', 'none'] as const;
export type EntropyNormalization = (typeof entropyNormalizations)[number];

export type EntropyInput = {
  matrix: number[][];
  /** Per criterion: true = more is better (default for every column). */
  benefit?: boolean[];
  normalization?: EntropyNormalization;
};
export type EntropyResult = { weights: number[]; entropy: number[]; divergence: number[] };

/** Entropy of one column of non-negative values (1 for a constant or all-zero column). */
function columnEntropy(values: readonly number[]): number {
  const m = values.length;
  const sum = values.reduce((s, x) => s + x, 0);
  if (!(sum > 0)) return 1;
  let h = 0;
  for (const x of values) {
    const p = x / sum;
    if (p > 0) h -= p * Math.log(p); // 0·ln 0 = 0
  }
  return h / Math.log(m);
}

/** Entropy weights of the criteria of `matrix` (rows = alternatives, columns = criteria). */
export function analyzeEntropy(input: EntropyInput): EntropyResult {
  const matrix = numberMatrix(input.matrix, 'matrix');
  const m = matrix.length;
  const n = matrix[0]?.length ?? 0;
  if (m < 2)
    throw analyzeError(
      'E_SHAPE',
      'matrix',
      '至少需要 2 个备选对象（行）',
      'needs at least 2 alternatives (rows)',
    );
  const normalization = oneOf(input.normalization, 'normalization', entropyNormalizations, 'minmax');
  const benefit =
    input.benefit === undefined || normalization === 'none'
      ? Array<boolean>(n).fill(true)
      : booleanVector(input.benefit, 'benefit', n);

  const entropy = Array.from({ length: n }, (_, j) => {
    const values = column(matrix, j);
    if (normalization === 'none') {
      values.forEach((x, i) => {
        if (x < 0)
          throw analyzeError(
            'E_VALUE',
            `matrix[${i}][${j}]`,
            '不做标准化时不能为负数',
            'must not be negative with normalization "none"',
          );
      });
      if (!(values.reduce((s, x) => s + x, 0) > 0))
        throw analyzeError(
          'E_VALUE',
          `matrix[*][${j}]`,
          '不做标准化时列和应大于 0',
          'must have a positive column sum with normalization "none"',
        );
      return columnEntropy(values);
    }
    const min = Math.min(...values);
    const max = Math.max(...values);
    if (max === min) return 1; // constant column: no information, weight 0
    const scaled = values.map((x) => (benefit[j] ? (x - min) / (max - min) : (max - x) / (max - min)));
    return columnEntropy(scaled);
  });
  const divergence = entropy.map((e) => 1 - e);
  const total = divergence.reduce((s, d) => s + d, 0);
  if (!(total > 0))
    throw analyzeError(
      'E_DEGENERATE',
      'matrix',
      '所有列都不区分备选对象（常数列），无法赋权',
      'every column is constant: no criterion tells the alternatives apart',
    );
  return { weights: divergence.map((d) => d / total), entropy, divergence };
}
