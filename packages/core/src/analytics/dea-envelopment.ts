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
      /** λ by reference index (0 for the excluded DMU). */
      lambdas: number[];
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
  const m = x0.length;
  const s = y0.length;
  const members = Array.from({ length: n }, (_, j) => j).filter((j) => j !== options.exclude);
  const k = members.length;
  // Variables: [radial, λ (members), s⁻ (m), s⁺ (s)].
  const width = 1 + k + m + s;
  const input = options.orientation === 'input';
  const constraints: LpConstraint[] = [];
  for (let i = 0; i < m; i++) {
    const a = new Array<number>(width).fill(0);
    members.forEach((j, c) => {
      a[1 + c] = reference.x[j]?.[i] ?? 0;
    });
    a[1 + k + i] = 1;
    if (input) {
      // Σλx + s⁻ − θx0 = 0
      a[0] = -(x0[i] ?? 0);
      constraints.push({ coefficients: a, relation: '=', rhs: 0 });
    } else constraints.push({ coefficients: a, relation: '=', rhs: x0[i] ?? 0 }); // Σλx + s⁻ = x0
  }
  for (let r = 0; r < s; r++) {
    const a = new Array<number>(width).fill(0);
    members.forEach((j, c) => {
      a[1 + c] = reference.y[j]?.[r] ?? 0;
    });
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
    const a = new Array<number>(width).fill(0);
    for (let c = 0; c < k; c++) a[1 + c] = 1;
    constraints.push({ coefficients: a, relation: '=', rhs: 1 });
  }
  const radialCost = new Array<number>(width).fill(0);
  radialCost[0] = input ? 1 : -1; // min θ, or max φ
  const slackCost = new Array<number>(width).fill(0);
  for (let i = 0; i < m; i++) slackCost[1 + k + i] = -(options.inputScale[i] ?? 1);
  for (let r = 0; r < s; r++) slackCost[1 + k + m + r] = -(options.outputScale[r] ?? 1);

  const result = minimize({ objective: radialCost, constraints }, { secondary: [slackCost] });
  // Unbounded φ (no output to expand against) is as absent as an infeasible model.
  if (result.status !== 'optimal') return { feasible: false };
  const lambdas = new Array<number>(n).fill(0);
  members.forEach((j, c) => {
    lambdas[j] = clean(result.x[1 + c] ?? 0);
  });
  return {
    feasible: true,
    radial: result.x[0] ?? 0,
    lambdas,
    inputSlacks: Array.from({ length: m }, (_, i) => clean(result.x[1 + k + i] ?? 0)),
    outputSlacks: Array.from({ length: s }, (_, r) => clean(result.x[1 + k + m + r] ?? 0)),
  };
}
