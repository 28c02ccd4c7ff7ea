import { analyzeError, numberMatrix, numberVector, oneOf } from './input-checks.ts';

/**
 * Fuzzy comprehensive evaluation (模糊综合评价) exactly as ANALYZE.md § fuzzy: B = A ∘ R with one
 * of the four classic composition operators, normalised, graded by the maximum-membership
 * principle and optionally scored; the two-level form evaluates each first-level factor, stacks
 * the B_k and evaluates that matrix with the top-level weights.
 */

export const fuzzyOperators = ['weighted-average', 'min-max', 'product-max', 'min-sum'] as const;
export type FuzzyOperator = (typeof fuzzyOperators)[number];

export type FuzzyResult = { vector: number[]; normalized: number[]; grade: number; score?: number };
export type FuzzyTwoLevelResult = FuzzyResult & { factors: FuzzyResult[] };

type Options = { operator?: FuzzyOperator; gradeScores?: number[] };
export type FuzzyInput = Options & { weights: number[]; membership: number[][] };
export type FuzzyTwoLevelInput = Options & {
  weights: number[];
  factors: { weights: number[]; membership: number[][] }[];
};

/** b_j for each grade j under the operator: M(·,+), M(∧,∨), M(·,∨), M(∧,⊕). */
function compose(a: readonly number[], r: readonly (readonly number[])[], operator: FuzzyOperator): number[] {
  const g = r[0]?.length ?? 0;
  return Array.from({ length: g }, (_, j) => {
    const terms = a.map((ai, i) => {
      const rij = r[i]?.[j] ?? 0;
      return operator === 'weighted-average' || operator === 'product-max' ? ai * rij : Math.min(ai, rij);
    });
    if (operator === 'weighted-average') return terms.reduce((s, x) => s + x, 0);
    if (operator === 'min-sum')
      return Math.min(
        1,
        terms.reduce((s, x) => s + x, 0),
      );
    return Math.max(...terms);
  });
}

/** Normalisation, maximum-membership grade and optional score of a composed vector. */
function present(vector: number[], gradeScores: number[] | undefined, field: string): FuzzyResult {
  const sum = vector.reduce((s, x) => s + x, 0);
  if (!(sum > 0))
    throw analyzeError(
      'E_DEGENERATE',
      field,
      '综合评价向量全为 0，无法判定等级',
      'gives an all-zero evaluation vector: no grade can be chosen',
    );
  const normalized = vector.map((x) => x / sum);
  const grade = vector.indexOf(Math.max(...vector)); // first of equal maxima
  const result: FuzzyResult = { vector, normalized, grade };
  if (gradeScores) result.score = normalized.reduce((s, x, j) => s + x * (gradeScores[j] ?? 0), 0);
  return result;
}

function options(input: Options, grades: number) {
  const operator = oneOf(input.operator, 'operator', fuzzyOperators, 'weighted-average');
  const gradeScores =
    input.gradeScores === undefined ? undefined : numberVector(input.gradeScores, 'gradeScores', grades);
  return { operator, gradeScores };
}

/** Checks one level's weights and membership; `grades` fixes the number of columns when known. */
function level(weights: unknown, membership: unknown, prefix: string, grades?: number) {
  const a = numberVector(weights, `${prefix}weights`, undefined, 'nonNegative');
  const r = numberMatrix(membership, `${prefix}membership`, {
    rows: a.length,
    sign: 'nonNegative',
    ...(grades !== undefined ? { cols: grades } : {}),
  });
  r.forEach((row, i) => {
    row.forEach((x, j) => {
      if (x > 1)
        throw analyzeError(
          'E_VALUE',
          `${prefix}membership[${i}][${j}]`,
          '隶属度应在 [0, 1] 内',
          'must be a membership degree in [0, 1]',
        );
    });
  });
  return { a, r };
}

/** One-level evaluation: weights over f factors, membership f × g. */
export function analyzeFuzzy(input: FuzzyInput): FuzzyResult {
  const { a, r } = level(input.weights, input.membership, '');
  const { operator, gradeScores } = options(input, r[0]?.length ?? 0);
  return present(compose(a, r, operator), gradeScores, 'membership');
}

/** Two-level evaluation: each factor k gives B_k; the K × g matrix of B_k is evaluated on top. */
export function analyzeFuzzyTwoLevel(input: FuzzyTwoLevelInput): FuzzyTwoLevelResult {
  if (!Array.isArray(input.factors) || input.factors.length === 0)
    throw analyzeError('E_SHAPE', 'factors', '应为非空数组', 'must be a non-empty array');
  const top = numberVector(input.weights, 'weights', input.factors.length, 'nonNegative');
  const firstMembership: unknown = input.factors[0]?.membership;
  const grades =
    Array.isArray(firstMembership) && Array.isArray(firstMembership[0])
      ? firstMembership[0].length
      : undefined;
  const { operator, gradeScores } = options(input, grades ?? 0);
  const factors = input.factors.map((factor, k) => {
    if (typeof factor !== 'object' || factor === null)
      throw analyzeError(
        'E_SHAPE',
        `factors[${k}]`,
        '应为 { weights, membership } 对象',
        'must be an object { weights, membership }',
      );
    const { a, r } = level(factor.weights, factor.membership, `factors[${k}].`, grades);
    return present(compose(a, r, operator), gradeScores, `factors[${k}].membership`);
  });
  const stacked = factors.map((f) => f.vector);
  return { ...present(compose(top, stacked, operator), gradeScores, 'factors'), factors };
}
