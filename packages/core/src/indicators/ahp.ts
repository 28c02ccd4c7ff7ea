import { AppError, ErrorCode } from '../errors.ts';

/**
 * AHP (层次分析法) exactly as the analytics contract `ANALYZE.md` § ahp states it: weights of a
 * positive reciprocal pairwise comparison matrix by the principal eigenvector (or 和法 / 根法),
 * λmax, CI = (λmax − n)/(n − 1), CR = CI/RI with a choice of random-index tables, consistent when
 * CR < 0.1 (n ≤ 2 always consistent); the group form (experts' matrices combined element-wise
 * by geometric mean) and the hierarchy form (composite weights). Numbers are returned at full
 * precision; rounding is for display. Bad input throws a validation error naming the field.
 */

/** Random-index tables, indexed by n − 1 (n = 1 and 2 have RI 0). */
export const riTables = {
  saaty1980: [0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59],
  saaty2005: [0, 0, 0.52, 0.89, 1.11, 1.25, 1.35, 1.4, 1.45, 1.49, 1.52, 1.54, 1.56, 1.58, 1.59],
  'donegan-dodd': [0, 0, 0.4914, 0.8286, 1.0591, 1.1797, 1.2519, 1.3171, 1.3733, 1.4055],
} as const;
export type RiTableName = keyof typeof riTables;
export const riTableNames = Object.keys(riTables) as [RiTableName, ...RiTableName[]];
export const ahpMethods = ['eigenvector', 'column-average', 'geometric-mean'] as const;
export type AhpMethod = (typeof ahpMethods)[number];

export type AhpOptions = {
  riTable?: RiTableName;
  /** Random indices by n from n = 1; overrides `riTable`. */
  ri?: readonly number[];
  method?: AhpMethod;
};
export type Matrix = readonly (readonly number[])[];

export type AhpResult = {
  weights: number[];
  lambdaMax: number;
  ci: number;
  ri: number;
  cr: number;
  consistent: boolean;
  /** The table used, or `custom` when `ri` was given. */
  riTable: string;
};

/** The CR at or above which a matrix is too inconsistent to use (Saaty). */
export const CR_LIMIT = 0.1;
/** How far a_ji may be from 1/a_ij (typed 0.33 for 1/3 passes, 0.3 does not). */
const RECIPROCAL_TOLERANCE = 0.011;

const shapeError = (field: string, zh: string, en: string) =>
  new AppError(ErrorCode.Validation, { zh: `${field}：${zh}`, en: `${field}: ${en}` }, field, {
    analyzeCode: 'E_SHAPE',
  });
const valueError = (field: string, zh: string, en: string) =>
  new AppError(ErrorCode.Validation, { zh: `${field}：${zh}`, en: `${field}: ${en}` }, field, {
    analyzeCode: 'E_VALUE',
  });

/** Checks that `matrix` is a square positive reciprocal matrix with unit diagonal; returns n. */
export function assertPairwiseMatrix(matrix: unknown, field = 'matrix'): number {
  if (!Array.isArray(matrix) || matrix.length === 0)
    throw shapeError(field, '应为非空方阵', 'must be a non-empty square matrix');
  const n = matrix.length;
  matrix.forEach((row, i) => {
    if (!Array.isArray(row) || row.length !== n) {
      const got = Array.isArray(row) ? row.length : 0;
      throw shapeError(`${field}[${i}]`, `有 ${got} 个值，应为 ${n} 个`, `has ${got} values, expected ${n}`);
    }
    row.forEach((value, j) => {
      if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
        throw valueError(`${field}[${i}][${j}]`, '应为正数', 'must be a positive number');
      }
    });
  });
  const rows = matrix as number[][];
  for (let i = 0; i < n; i++) {
    if (Math.abs((rows[i]?.[i] ?? 0) - 1) > 1e-9)
      throw valueError(`${field}[${i}][${i}]`, '对角线上应为 1', 'must be 1 on the diagonal');
    for (let j = i + 1; j < n; j++) {
      const a = rows[i]?.[j] ?? 0;
      const b = rows[j]?.[i] ?? 0;
      if (Math.abs(a * b - 1) > RECIPROCAL_TOLERANCE) {
        throw valueError(
          `${field}[${j}][${i}]`,
          `应为 ${field}[${i}][${j}] 的倒数 1/${a}`,
          `must be the reciprocal of ${field}[${i}][${j}], 1/${a}`,
        );
      }
    }
  }
  return n;
}

const normalise = (v: readonly number[]) => {
  const sum = v.reduce((s, x) => s + x, 0);
  return v.map((x) => x / sum);
};
const multiply = (a: Matrix, w: readonly number[]) =>
  a.map((row) => row.reduce((s, x, j) => s + x * (w[j] ?? 0), 0));

function geometricMeanWeights(a: Matrix): number[] {
  const n = a.length;
  return normalise(a.map((row) => Math.exp(row.reduce((s, x) => s + Math.log(x), 0) / n)));
}

function columnAverageWeights(a: Matrix): number[] {
  const n = a.length;
  const sums = Array.from({ length: n }, (_, j) => a.reduce((s, row) => s + (row[j] ?? 0), 0));
  return a.map((row) => row.reduce((s, x, j) => s + x / (sums[j] ?? 1), 0) / n);
}

/**
 * Principal right eigenvector by power iteration, started from the geometric-mean weights. A
 * positive matrix has a simple dominant (Perron) eigenvalue, so the iteration converges; with
 * weights summing to 1, λ = Σ (Aw)_i.
 */
function principalEigen(a: Matrix): { weights: number[]; lambda: number } {
  let w = geometricMeanWeights(a);
  let lambda = a.length;
  for (let k = 0; k < 10_000; k++) {
    const v = multiply(a, w);
    lambda = v.reduce((s, x) => s + x, 0);
    const next = v.map((x) => x / lambda);
    const change = Math.max(...next.map((x, i) => Math.abs(x - (w[i] ?? 0))));
    w = next;
    if (change < 1e-15) break;
  }
  return { weights: w, lambda };
}

/** The mean of (Aw)_i / w_i: λmax for the approximate methods. */
const lambdaOf = (a: Matrix, w: readonly number[]) =>
  multiply(a, w).reduce((s, x, i) => s + x / (w[i] ?? 1), 0) / a.length;

function randomIndex(n: number, options: AhpOptions): { ri: number; table: string } {
  if (options.ri) {
    const ri = options.ri[n - 1];
    if (ri === undefined)
      throw valueError('ri', `没有 n = ${n} 的随机一致性指标`, `has no random index for n = ${n}`);
    return { ri, table: 'custom' };
  }
  const table = options.riTable ?? 'saaty1980';
  const values: readonly number[] | undefined = riTables[table];
  if (!values)
    throw valueError('riTable', `未知的随机一致性指标表“${table}”`, `unknown random-index table “${table}”`);
  const ri = values[n - 1];
  if (ri === undefined) {
    throw valueError(
      'riTable',
      `${table} 表没有 n = ${n} 的 RI，请用 ri 给出`,
      `${table} has no RI for n = ${n}; give it as ri`,
    );
  }
  return { ri, table };
}

/** One matrix: weights, λmax, CI, RI, CR and whether CR < 0.1. */
export function analyzeAhp(input: { matrix: Matrix } & AhpOptions): AhpResult {
  const n = assertPairwiseMatrix(input.matrix);
  const a = input.matrix;
  const method = input.method ?? 'eigenvector';
  let weights: number[];
  let lambdaMax: number;
  if (method === 'eigenvector') {
    ({ weights, lambda: lambdaMax } = principalEigen(a));
  } else if (method === 'column-average' || method === 'geometric-mean') {
    weights = method === 'column-average' ? columnAverageWeights(a) : geometricMeanWeights(a);
    lambdaMax = lambdaOf(a, weights);
  } else {
    throw valueError('method', `未知的方法“${String(method)}”`, `unknown method “${String(method)}”`);
  }
  if (n <= 2) {
    const table = input.ri ? 'custom' : (input.riTable ?? 'saaty1980');
    return { weights, lambdaMax, ci: 0, ri: 0, cr: 0, consistent: true, riTable: table };
  }
  const { ri, table } = randomIndex(n, input);
  if (!(ri > 0))
    throw valueError(
      'ri',
      `n = ${n} 的随机一致性指标应大于 0`,
      `the random index for n = ${n} must be above 0`,
    );
  const ci = (lambdaMax - n) / (n - 1);
  const cr = ci / ri;
  return { weights, lambdaMax, ci, ri, cr, consistent: cr < CR_LIMIT, riTable: table };
}

/** The experts' matrices combined element by element by geometric mean. */
export function combineMatrices(matrices: readonly Matrix[], field = 'matrices'): number[][] {
  if (!Array.isArray(matrices) || matrices.length === 0)
    throw shapeError(field, '至少需要一个矩阵', 'needs at least one matrix');
  const n = assertPairwiseMatrix(matrices[0], `${field}[0]`);
  matrices.forEach((m, k) => {
    const size = assertPairwiseMatrix(m, `${field}[${k}]`);
    if (size !== n)
      throw shapeError(
        `${field}[${k}]`,
        `为 ${size} 阶，应为 ${n} 阶`,
        `is ${size}×${size}, expected ${n}×${n}`,
      );
  });
  const k = matrices.length;
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) =>
      Math.exp(matrices.reduce((s, m) => s + Math.log(m[i]?.[j] ?? 1), 0) / k),
    ),
  );
}

/** Group form: the combined matrix (an extra output field) and its analysis. */
export function analyzeAhpGroup(
  input: { matrices: readonly Matrix[] } & AhpOptions,
): AhpResult & { matrix: number[][] } {
  const matrix = combineMatrices(input.matrices);
  return { ...analyzeAhp({ ...input, matrix }), matrix };
}

export type AhpHierarchyResult = {
  criteria: AhpResult;
  alternatives: AhpResult[];
  composite: number[];
  cr: number;
  consistent: boolean;
};

/** Hierarchy form: criteria weights w, local weights under each criterion, composite W·w. */
export function analyzeAhpHierarchy(
  input: { criteria: Matrix; alternatives: readonly Matrix[] } & AhpOptions,
): AhpHierarchyResult {
  const { criteria: criteriaMatrix, alternatives: matrices, ...options } = input;
  const criteria = analyzeAhp({ ...options, matrix: criteriaMatrix });
  const n = criteria.weights.length;
  if (!Array.isArray(matrices) || matrices.length !== n) {
    throw shapeError(
      'alternatives',
      `应有 ${n} 个矩阵（每个准则一个）`,
      `must hold ${n} matrices, one per criterion`,
    );
  }
  const k = assertPairwiseMatrix(matrices[0], 'alternatives[0]');
  const alternatives = matrices.map((matrix, i) => {
    const size = assertPairwiseMatrix(matrix, `alternatives[${i}]`);
    if (size !== k)
      throw shapeError(
        `alternatives[${i}]`,
        `为 ${size} 阶，应为 ${k} 阶`,
        `is ${size}×${size}, expected ${k}×${k}`,
      );
    return analyzeAhp({ ...options, matrix });
  });
  const w = criteria.weights;
  const composite = Array.from({ length: k }, (_, j) =>
    alternatives.reduce((s, alt, i) => s + (w[i] ?? 0) * (alt.weights[j] ?? 0), 0),
  );
  const ciSum = alternatives.reduce((s, alt, i) => s + (w[i] ?? 0) * alt.ci, 0);
  const riSum = alternatives.reduce((s, alt, i) => s + (w[i] ?? 0) * alt.ri, 0);
  const cr = riSum > 0 ? ciSum / riSum : 0;
  return { criteria, alternatives, composite, cr, consistent: cr < CR_LIMIT };
}
