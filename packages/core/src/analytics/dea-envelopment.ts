import { type LpConstraint, minimize } from './lp.ts';

/**
 * The DEA envelopment LP for one point against a reference set, on data already scaled column by
 * column (dea.ts divides each input and output by its mean so that the simplex tolerances mean the
 * same for a budget in yuan and a headcount). Phase 1 finds the radial factor (θ for input
 * orientation, φ for output orientation); phase 2, on the optimal face of phase 1 (θ or φ held),
 * maximises the sum of the slacks weighted by the column scales, i.e. the unweighted sum of the
 * slacks in the data's own units — the same optimum as solving the unscaled data.
 */

export type Orientation = 'input' | 'output';
export type Returns = 'crs' | 'vrs';

/** Reference technology: rows = DMUs, scaled inputs X (n × m) and outputs Y (n × s). */
export type Reference = { x: readonly (readonly number[])[]; y: readonly (readonly number[])[] };

export type EnvelopmentOptions = {
  orientation: Orientation;
  returns: Returns;
  /** Index of a reference DMU left out (Andersen–Petersen super-efficiency). */
  exclude?: number;
  /**
   * Reference DMUs to envelop with (default all): the frontier method (dea-frontier.ts) passes the
   * extreme-efficient DMUs only, which gives the same optimum.
   */
  members?: readonly number[];
  /** Skip the max-slack phase (frontier screening only needs θ); slacks are then reported as 0. */
  radialOnly?: boolean;
  /**
   * Solve by column generation: start from a few members, price the others with the LP's duals
   * and add those that would improve θ/φ (or, on its optimal face, the slack sum) until none does.
   * The optimum is that of the LP over all members (a vertex of it when several are optimal).
   */
  priced?: boolean;
  /** Column scales of inputs and outputs: the weights of the scaled slacks in phase 2. */
  inputScale: readonly number[];
  outputScale: readonly number[];
};

export type Envelopment =
  | { feasible: false }
  | {
      feasible: true;
      /** θ (input orientation) or φ (output orientation). */
      radial: number;
      /** The non-zero λ: reference index and value, by ascending index. */
      lambdas: { j: number; lambda: number }[];
      /** Slacks in scaled units. */
      inputSlacks: number[];
      outputSlacks: number[];
    };

/** Values this close to 0 (in scaled units) are rounding noise and reported as 0. */
const ZERO = 1e-10;
const clean = (v: number) => (Math.abs(v) < ZERO ? 0 : v);

/** Solves the envelopment LP of the point (x0, y0) against `reference`. */
export function envelop(
  reference: Reference,
  x0: readonly number[],
  y0: readonly number[],
  options: EnvelopmentOptions,
): Envelopment {
  const n = reference.x.length;
  const members = (options.members ?? Array.from({ length: n }, (_, j) => j)).filter(
    (j) => j !== options.exclude,
  );
  if (!options.priced || members.length <= PRICED_START) {
    const full = solveOn(reference, x0, y0, options, members);
    return full.status === 'optimal' ? toEnvelopment(full, members, x0.length) : { feasible: false };
  }
  return priced(reference, x0, y0, options, members);
}

/** Columns added to the working set per pricing round, and the size of the first working set. */
const PRICED_ADD = 6;
const PRICED_START = 12;

/**
 * Each reference DMU's inputs then outputs, row after row (pricing reads them in one sweep), and
 * their reciprocals (∞ for 0: single-peer ratios without divisions), built once per reference.
 */
const denseCache = new WeakMap<Reference, { dense: Float64Array; inverse: Float64Array }>();
function denseOf(reference: Reference): { dense: Float64Array; inverse: Float64Array } {
  let cached = denseCache.get(reference);
  if (cached === undefined) {
    const values = reference.x.flatMap((x, j) => [...x, ...(reference.y[j] ?? [])]);
    cached = { dense: Float64Array.from(values), inverse: Float64Array.from(values, (v) => 1 / v) };
    denseCache.set(reference, cached);
  }
  return cached;
}

/** Scratch buffers reused across calls (pricing runs once per DMU: allocation would dominate). */
let scratch = { closeness: new Float64Array(0), key: new Float64Array(0), inSet: new Uint8Array(0) };
function scratchFor(k: number) {
  if (scratch.key.length < k)
    scratch = { closeness: new Float64Array(k), key: new Float64Array(k), inSet: new Uint8Array(k) };
  scratch.inSet.fill(0, 0, k);
  return scratch;
}

/** Column generation over `members` (see EnvelopmentOptions.priced). */
function priced(
  reference: Reference,
  x0: readonly number[],
  y0: readonly number[],
  options: EnvelopmentOptions,
  members: readonly number[],
): Envelopment {
  const m = x0.length;
  const w = m + y0.length;
  const { dense, inverse } = denseOf(reference);
  const k = members.length;
  const { closeness, key, inSet } = scratchFor(k);
  // Start with the members that alone come closest to (x0, y0) under constant returns.
  const inverseX0 = x0.map((v) => 1 / v);
  for (let c = 0; c < k; c++)
    closeness[c] = singlePeerRatio(dense, inverse, (members[c] as number) * w, inverseX0, y0);
  const working = pickSmallest(closeness, PRICED_START, inSet, k);
  const pi = new Float64Array(w);
  const costTol1 = 1e-9;
  const costTol2 = 1e-9 * Math.max(1, ...options.inputScale, ...options.outputScale);
  for (;;) {
    const cols = working.map((c) => members[c] as number);
    const result = solveOn(reference, x0, y0, options, cols);
    if (result.status === 'unbounded') return { feasible: false }; // unbounded on a subset: on all too
    if (result.status === 'infeasible') {
      if (working.length === k) return { feasible: false };
      working.push(...pickSmallest(closeness, working.length, inSet, k));
      continue;
    }
    // Reduced cost c − π·a of each left-out column (c = 0 for λ) for θ/φ; only when none improves
    // θ/φ, for the slacks on its optimal face (a column with positive reduced cost stays out, as in
    // lp.ts). Under VRS a column also has a 1 in the convexity row.
    const [pi1 = [], pi2] = result.duals;
    pi.set(pi1.slice(0, w));
    const offset = -(pi1[w] ?? 0);
    let violating = 0;
    for (let c = 0; c < k; c++) {
      const d1 = inSet[c] ? 0 : offset - dot(dense, (members[c] as number) * w, pi, w);
      // key: the violation, or +∞ (no violation, d1 > 0: stays out), or NaN (on θ's optimal face).
      key[c] = d1 < -costTol1 ? d1 : d1 <= costTol1 && !inSet[c] ? Number.NaN : Number.POSITIVE_INFINITY;
      if (d1 < -costTol1) violating++;
    }
    if (violating === 0 && pi2 !== undefined) {
      const pi2w = Float64Array.from(pi2.slice(0, w));
      const offset2 = -(pi2[w] ?? 0);
      for (let c = 0; c < k; c++) {
        if (!Number.isNaN(key[c] as number)) continue;
        const d2 = offset2 - dot(dense, (members[c] as number) * w, pi2w, w);
        key[c] = d2 < -costTol2 ? d2 : Number.POSITIVE_INFINITY;
        if (d2 < -costTol2) violating++;
      }
    }
    if (violating === 0) return toEnvelopment(result, cols, m);
    working.push(...pickSmallest(key, Math.min(PRICED_ADD, violating), inSet, k));
  }
}

/**
 * The `count` entries among the first k of `values` not yet in the set with the smallest values
 * (NaN counting as +∞), marked as in it.
 */
function pickSmallest(values: Float64Array, count: number, inSet: Uint8Array, k: number): number[] {
  const picked: number[] = [];
  const pickedValues: number[] = [];
  if (count <= 0) return picked;
  for (let c = 0; c < k; c++) {
    if (inSet[c]) continue;
    const raw = values[c] as number;
    const v = Number.isNaN(raw) ? Number.POSITIVE_INFINITY : raw;
    if (picked.length === count && v >= (pickedValues[count - 1] as number)) continue;
    let at = picked.length === count ? count - 1 : picked.length;
    while (at > 0 && (pickedValues[at - 1] as number) > v) {
      picked[at] = picked[at - 1] as number;
      pickedValues[at] = pickedValues[at - 1] as number;
      at--;
    }
    picked[at] = c;
    pickedValues[at] = v;
  }
  for (const c of picked) inSet[c] = 1;
  return picked;
}

/** dense[at..at+w) · pi */
function dot(dense: Float64Array, at: number, pi: Float64Array, w: number): number {
  let sum = 0;
  for (let t = 0; t < w; t++) sum += (dense[at + t] as number) * (pi[t] as number);
  return sum;
}

/**
 * θ of (x0, y0) against the DMU at `at` in `dense` alone under constant returns (∞ when it cannot
 * make y0): the least multiple c with c·y ≥ y0, times the largest c·x_i / x0_i.
 */
function singlePeerRatio(
  dense: Float64Array,
  inverse: Float64Array,
  at: number,
  inverseX0: readonly number[],
  y0: readonly number[],
): number {
  const m = inverseX0.length;
  let scale = 0;
  for (let r = 0; r < y0.length; r++) {
    const need = y0[r] as number;
    if (need > 0) scale = Math.max(scale, need * (inverse[at + m + r] as number));
  }
  let ratio = 0;
  for (let i = 0; i < m; i++) {
    const use = dense[at + i] as number;
    if (use > 0) ratio = Math.max(ratio, use * (inverseX0[i] as number));
  }
  const theta = scale * ratio;
  return Number.isNaN(theta) ? Number.POSITIVE_INFINITY : theta;
}

type Solved = ReturnType<typeof minimize>;

function toEnvelopment(
  result: Solved & { status: 'optimal' },
  cols: readonly number[],
  m: number,
): Envelopment {
  const k = cols.length;
  const lambdas = cols
    .map((j, c) => ({ j, lambda: clean(result.x[1 + c] ?? 0) }))
    .filter((l) => l.lambda !== 0)
    .sort((a, b) => a.j - b.j);
  const s = result.x.length - 1 - k - m;
  return {
    feasible: true,
    radial: result.x[0] ?? 0,
    lambdas,
    inputSlacks: Array.from({ length: m }, (_, i) => clean(result.x[1 + k + i] ?? 0)),
    outputSlacks: Array.from({ length: s }, (_, r) => clean(result.x[1 + k + m + r] ?? 0)),
  };
}

/** The LP of (x0, y0) against the reference DMUs `members` (variables: radial, λ, s⁻, s⁺). */
function solveOn(
  reference: Reference,
  x0: readonly number[],
  y0: readonly number[],
  options: EnvelopmentOptions,
  members: readonly number[],
): Solved {
  const m = x0.length;
  const s = y0.length;
  const k = members.length;
  // Variables: [radial, λ (members), s⁻ (m), s⁺ (s)].
  const width = 1 + k + m + s;
  const input = options.orientation === 'input';
  const constraints: LpConstraint[] = [];
  for (let i = 0; i < m; i++) {
    const a = new Float64Array(width);
    for (let c = 0; c < k; c++) a[1 + c] = (reference.x[members[c] as number] as readonly number[])[i] ?? 0;
    a[1 + k + i] = 1;
    if (input) {
      // Σλx + s⁻ − θx0 = 0
      a[0] = -(x0[i] ?? 0);
      constraints.push({ coefficients: a, relation: '=', rhs: 0 });
    } else constraints.push({ coefficients: a, relation: '=', rhs: x0[i] ?? 0 }); // Σλx + s⁻ = x0
  }
  for (let r = 0; r < s; r++) {
    const a = new Float64Array(width);
    for (let c = 0; c < k; c++) a[1 + c] = (reference.y[members[c] as number] as readonly number[])[r] ?? 0;
    a[1 + k + m + r] = -1;
    if (input)
      constraints.push({ coefficients: a, relation: '=', rhs: y0[r] ?? 0 }); // Σλy − s⁺ = y0
    else {
      // Σλy − s⁺ − φy0 = 0
      a[0] = -(y0[r] ?? 0);
      constraints.push({ coefficients: a, relation: '=', rhs: 0 });
    }
  }
  if (options.returns === 'vrs') {
    const a = new Float64Array(width);
    for (let c = 0; c < k; c++) a[1 + c] = 1;
    constraints.push({ coefficients: a, relation: '=', rhs: 1 });
  }
  const radialCost = new Array<number>(width).fill(0);
  radialCost[0] = input ? 1 : -1; // min θ, or max φ
  const slackCost = new Array<number>(width).fill(0);
  for (let i = 0; i < m; i++) slackCost[1 + k + i] = -(options.inputScale[i] ?? 1);
  for (let r = 0; r < s; r++) slackCost[1 + k + m + r] = -(options.outputScale[r] ?? 1);

  return minimize(
    { objective: radialCost, constraints },
    { secondary: options.radialOnly ? [] : [slackCost] },
  );
}
