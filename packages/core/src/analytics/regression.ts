import { analyzeError, numberMatrix, numberVector } from './input-checks.ts';

/**
 * Ordinary least squares with an intercept over k ≥ 1 regressors: coefficients with their
 * standard errors, R², the residual standard error and the prediction interval for a new x
 * (Student t). Used by 编制测算 (staffing-need.ts). The regressors are centred before solving
 * (x − x̄), which keeps the normal equations well conditioned when measures differ by orders of
 * magnitude; the intercept is recovered as ȳ − b·x̄.
 */

export type RegressionInput = {
  /** One row per observation, k values each. */
  x: number[][];
  y: number[];
};

export type Regression = {
  n: number;
  k: number;
  /** [intercept, b₁ … b_k]. */
  coefficients: number[];
  standardErrors: number[];
  rSquared: number;
  adjustedRSquared: number;
  /** √(SSE / (n − k − 1)). */
  residualStandardError: number;
  degreesOfFreedom: number;
  /** Means of the regressors and the inverse of the centred cross-product, for predictions. */
  means: number[];
  inverse: number[][];
};

export type PredictionLevel = 0.9 | 0.95;
export type Prediction = {
  estimate: number;
  level: PredictionLevel;
  lower: number;
  upper: number;
  standardError: number;
  t: number;
};

/** ln Γ(x) for x > 0 (Lanczos, g = 7, n = 9; relative error below 1e-15). */
export function logGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = c[0] ?? 0;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += (c[i] ?? 0) / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Continued fraction of the incomplete beta (modified Lentz). */
function betaFraction(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 1000; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < 1e-16) break;
  }
  return h;
}

/** Regularised incomplete beta I_x(a, b). */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x));
  return x < (a + 1) / (a + b + 2)
    ? (front * betaFraction(a, b, x)) / a
    : 1 - (front * betaFraction(b, a, 1 - x)) / b;
}

/** P(T ≤ t) for Student's t with ν degrees of freedom. */
export function studentTCdf(t: number, nu: number): number {
  const tail = 0.5 * incompleteBeta(nu / (nu + t * t), nu / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

const density = (t: number, nu: number) =>
  Math.exp(
    logGamma((nu + 1) / 2) -
      logGamma(nu / 2) -
      0.5 * Math.log(nu * Math.PI) -
      ((nu + 1) / 2) * Math.log1p((t * t) / nu),
  );

/**
 * The p-quantile of Student's t with ν degrees of freedom: t such that P(T ≤ t) = p. Newton's
 * method on the CDF from a normal-based start, kept inside a bracket that bisection narrows
 * whenever a Newton step would leave it.
 */
export function studentTQuantile(p: number, nu: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`p must lie in (0, 1), got ${p}`);
  if (!(nu > 0)) throw new RangeError(`degrees of freedom must be positive, got ${nu}`);
  if (p === 0.5) return 0;
  if (p < 0.5) return -studentTQuantile(1 - p, nu);
  let lo = 0;
  let hi = 1;
  while (studentTCdf(hi, nu) < p) hi *= 2;
  let t = Math.min(hi, Math.max(lo, normalQuantile(p)));
  for (let i = 0; i < 200; i++) {
    const f = studentTCdf(t, nu) - p;
    if (f > 0) hi = t;
    else lo = t;
    let next = t - f / density(t, nu);
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (Math.abs(next - t) <= 1e-15 * Math.max(1, Math.abs(t))) return next;
    t = next;
  }
  return t;
}

/** Standard normal quantile (Acklam's rational approximation, ~1e-9): only a starting point. */
function normalQuantile(p: number): number {
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
    2.506628277459239,
  ];
  const b = [
    -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572,
  ];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const at = (k: number[], i: number) => k[i] ?? 0;
  if (p > 0.97575) {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    return -(
      (((((at(c, 0) * q + at(c, 1)) * q + at(c, 2)) * q + at(c, 3)) * q + at(c, 4)) * q + at(c, 5)) /
      ((((at(d, 0) * q + at(d, 1)) * q + at(d, 2)) * q + at(d, 3)) * q + 1)
    );
  }
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((at(a, 0) * r + at(a, 1)) * r + at(a, 2)) * r + at(a, 3)) * r + at(a, 4)) * r + at(a, 5)) * q) /
    (((((at(b, 0) * r + at(b, 1)) * r + at(b, 2)) * r + at(b, 3)) * r + at(b, 4)) * r + 1)
  );
}

/** Gauss–Jordan inverse of a symmetric positive (semi)definite matrix; null when singular. */
function invert(a: number[][]): number[][] | null {
  const k = a.length;
  const m = a.map((row, i) => [...row, ...Array.from({ length: k }, (_, j) => (i === j ? 1 : 0))]);
  const scale = Math.max(...a.map((row, i) => Math.abs(row[i] ?? 0)), 0);
  if (!(scale > 0)) return null;
  for (let col = 0; col < k; col++) {
    let pivotRow = col;
    for (let r = col + 1; r < k; r++)
      if (Math.abs(m[r]?.[col] ?? 0) > Math.abs(m[pivotRow]?.[col] ?? 0)) pivotRow = r;
    const pivot = m[pivotRow]?.[col] ?? 0;
    // Relative to the largest diagonal: collinear measures leave a pivot at rounding level.
    if (Math.abs(pivot) <= 1e-10 * scale) return null;
    [m[col], m[pivotRow]] = [m[pivotRow] as number[], m[col] as number[]];
    const row = m[col] as number[];
    for (let j = 0; j < 2 * k; j++) row[j] = (row[j] ?? 0) / pivot;
    for (let r = 0; r < k; r++) {
      if (r === col) continue;
      const other = m[r] as number[];
      const f = other[col] ?? 0;
      if (f !== 0) for (let j = 0; j < 2 * k; j++) other[j] = (other[j] ?? 0) - f * (row[j] ?? 0);
    }
  }
  return m.map((row) => row.slice(k));
}

const dot = (a: readonly number[], b: readonly number[]) => a.reduce((s, v, i) => s + v * (b[i] ?? 0), 0);

/**
 * Fits y = b₀ + b·x by least squares. Errors (AppError E_VALIDATION with `details.analyzeCode`):
 * E_SHAPE when rows differ in length or n ≤ k + 1 (no degree of freedom left for the residual
 * variance), E_VALUE for a NaN or infinite value, E_DEGENERATE when X'X is singular (a constant
 * or collinear regressor).
 */
export function fitRegression(input: RegressionInput): Regression {
  const x = numberMatrix(input.x, 'x');
  const n = x.length;
  const y = numberVector(input.y, 'y', n);
  const k = x[0]?.length ?? 0;
  if (n <= k + 1)
    throw analyzeError(
      'E_SHAPE',
      'x',
      `${n} 行数据不足以估计 ${k} 个自变量的回归（至少需要 ${k + 2} 行）`,
      `${n} rows are too few for ${k} regressors (at least ${k + 2} needed)`,
    );
  const means = Array.from({ length: k }, (_, j) => x.reduce((s, r) => s + (r[j] ?? 0), 0) / n);
  const yMean = y.reduce((s, v) => s + v, 0) / n;
  const centred = x.map((r) => r.map((v, j) => v - (means[j] ?? 0)));
  const sxx = Array.from({ length: k }, (_, i) =>
    Array.from({ length: k }, (_, j) => centred.reduce((s, r) => s + (r[i] ?? 0) * (r[j] ?? 0), 0)),
  );
  const sxy = Array.from({ length: k }, (_, j) =>
    centred.reduce((s, r, i) => s + (r[j] ?? 0) * ((y[i] ?? 0) - yMean), 0),
  );
  const inverse = invert(sxx);
  if (!inverse)
    throw analyzeError(
      'E_DEGENERATE',
      'x',
      "X'X 奇异：某个自变量为常数或与其他自变量共线",
      "X'X is singular: a regressor is constant or collinear with the others",
    );
  const slopes = inverse.map((row) => dot(row, sxy));
  const intercept = yMean - dot(slopes, means);
  const sse = x.reduce((s, r, i) => s + ((y[i] ?? 0) - intercept - dot(slopes, r)) ** 2, 0);
  const sst = y.reduce((s, v) => s + (v - yMean) ** 2, 0);
  const df = n - k - 1;
  const s2 = sse / df;
  const rSquared = sst > 0 ? 1 - sse / sst : 1;
  const interceptVar =
    s2 *
    (1 / n +
      dot(
        means,
        inverse.map((row) => dot(row, means)),
      ));
  return {
    n,
    k,
    coefficients: [intercept, ...slopes],
    standardErrors: [Math.sqrt(interceptVar), ...inverse.map((row, j) => Math.sqrt(s2 * (row[j] ?? 0)))],
    rSquared,
    adjustedRSquared: 1 - ((1 - rSquared) * (n - 1)) / df,
    residualStandardError: Math.sqrt(s2),
    degreesOfFreedom: df,
    means,
    inverse,
  };
}

/**
 * The fitted value at a new x and its prediction interval at 90 % or 95 %:
 * ŷ ± t(1 − α/2, n − k − 1) · s · √(1 + 1/n + (x − x̄)' S⁻¹ (x − x̄)), S the centred X'X.
 */
export function predict(fit: Regression, x: readonly number[], level: PredictionLevel = 0.95): Prediction {
  const point = numberVector(x, 'x', fit.k);
  if (level !== 0.9 && level !== 0.95)
    throw analyzeError('E_VALUE', 'level', '应为 0.9 或 0.95', 'must be 0.9 or 0.95');
  const d = point.map((v, j) => v - (fit.means[j] ?? 0));
  const leverage =
    1 / fit.n +
    dot(
      d,
      fit.inverse.map((row) => dot(row, d)),
    );
  const standardError = fit.residualStandardError * Math.sqrt(1 + leverage);
  const t = studentTQuantile(1 - (1 - level) / 2, fit.degreesOfFreedom);
  const estimate = (fit.coefficients[0] ?? 0) + dot(fit.coefficients.slice(1), point);
  return {
    estimate,
    level,
    lower: estimate - t * standardError,
    upper: estimate + t * standardError,
    standardError,
    t,
  };
}
