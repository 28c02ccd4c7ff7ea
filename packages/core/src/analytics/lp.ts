/**
 * A small dense linear-programming solver: two-phase primal simplex on a full tableau, with
 * lexicographic objectives (optimise a second objective over the optimal face of the first — what
 * DEA's max-slack phase needs). Sized for DEA: a handful of rows and up to a few thousand columns,
 * where a dense tableau pivot costs O(rows × columns) and is cheap.
 *
 * Pivoting: Dantzig's rule (most negative reduced cost) for speed; after DEGENERATE_LIMIT
 * consecutive degenerate pivots it switches to Bland's rule (smallest index entering and leaving)
 * for the rest of the solve, which cannot cycle. Tolerances (absolute; scale the data to about 1,
 * as dea.ts does, so that they are meaningful):
 * - PIVOT_TOL 1e-9: smaller tableau entries are never pivoted on;
 * - COST_TOL 1e-9 × max(1, max |c|): a reduced cost below −COST_TOL improves the objective, and one
 *   above +COST_TOL fixes its column at 0 for the later objectives;
 * - FEAS_TOL 1e-9 × max(1, max |b|): the phase-1 sum of artificials above it means infeasible.
 */

export type LpRelation = '<=' | '>=' | '=';
/** `coefficients` may be a typed array (dea-envelopment.ts builds its rows as Float64Array). */
export type LpConstraint = { coefficients: ArrayLike<number>; relation: LpRelation; rhs: number };
/** Minimise `objective · x` subject to the constraints and x ≥ 0. */
export type LpProblem = { objective: readonly number[]; constraints: readonly LpConstraint[] };
export type LpOptions = {
  /** Further objectives (minimised in turn over the optimal face of the previous ones). */
  secondary?: readonly (readonly number[])[];
};
export type LpResult =
  | {
      status: 'optimal';
      x: number[];
      value: number;
      values: number[];
      /**
       * Dual prices π of the constraints for each objective at the final basis, so that a column
       * a left out of the problem has reduced cost c − π·a (column generation: dea-envelopment.ts).
       */
      duals: number[][];
    }
  | { status: 'infeasible' }
  | { status: 'unbounded' };

const PIVOT_TOL = 1e-9;
const COST_TOL = 1e-9;
const FEAS_TOL = 1e-9;
const DEGENERATE_LIMIT = 50;

/** Row operation r ← r − r[q]·rp (rp already scaled to rp[q] = 1), leaving r[q] exactly 0. */
function eliminate(r: Float64Array, rp: Float64Array, q: number, width: number): void {
  const f = r[q] as number;
  if (f === 0) return;
  for (let j = 0; j < width; j++) r[j] = (r[j] as number) - f * (rp[j] as number);
  r[q] = 0;
}

/** The simplex tableau: rows of [A | b], the basis, and which columns may enter. */
class Tableau {
  readonly rows: Float64Array[];
  readonly basis: Int32Array;
  readonly allowed: Uint8Array;
  private bland = false;
  private degenerate = 0;

  constructor(
    rows: Float64Array[],
    basis: Int32Array,
    readonly columns: number,
  ) {
    this.rows = rows;
    this.basis = basis;
    this.allowed = new Uint8Array(columns).fill(1);
  }

  /** Reduced costs of `cost` for the current basis; the last entry is −(objective value). */
  reducedCosts(cost: Float64Array): Float64Array {
    const d = new Float64Array(this.columns + 1);
    d.set(cost);
    for (let i = 0; i < this.rows.length; i++) {
      const row = this.rows[i] as Float64Array;
      const cb = cost[this.basis[i] as number] ?? 0;
      if (cb !== 0) for (let j = 0; j <= this.columns; j++) d[j] = (d[j] as number) - cb * (row[j] as number);
    }
    return d;
  }

  pivot(p: number, q: number, d: Float64Array): void {
    const rp = this.rows[p] as Float64Array;
    const width = this.columns + 1;
    const inv = 1 / (rp[q] as number);
    for (let j = 0; j < width; j++) rp[j] = (rp[j] as number) * inv;
    rp[q] = 1;
    for (let i = 0; i < this.rows.length; i++) {
      if (i === p) continue;
      const r = this.rows[i] as Float64Array;
      eliminate(r, rp, q, width);
      const b = r[this.columns] as number;
      if (b < 0 && b > -FEAS_TOL) r[this.columns] = 0;
    }
    eliminate(d, rp, q, width);
    this.basis[p] = q;
  }

  /** Runs the simplex on reduced costs `d`; false when the objective is unbounded below. */
  optimise(d: Float64Array, costTol: number): boolean {
    const limit = 100 * (this.rows.length + this.columns) + 1000;
    for (let iteration = 0; iteration < limit; iteration++) {
      let q = -1;
      let best = -costTol;
      for (let j = 0; j < this.columns; j++) {
        if (this.allowed[j] && (d[j] as number) < best) {
          q = j;
          if (this.bland) break;
          best = d[j] as number;
        }
      }
      if (q < 0) return true;
      let p = -1;
      let ratio = Number.POSITIVE_INFINITY;
      for (let i = 0; i < this.rows.length; i++) {
        const r = this.rows[i] as Float64Array;
        const a = r[q] as number;
        if (a <= PIVOT_TOL) continue;
        const t = (r[this.columns] as number) / a;
        const tie = p >= 0 && Math.abs(t - ratio) <= 1e-12 * Math.max(1, Math.abs(ratio));
        const better = tie
          ? this.bland
            ? (this.basis[i] as number) < (this.basis[p] as number)
            : a > ((this.rows[p] as Float64Array)[q] as number)
          : t < ratio;
        if (p < 0 || better) {
          p = i;
          ratio = tie ? Math.min(t, ratio) : t;
        }
      }
      if (p < 0) return false;
      this.degenerate = ratio <= FEAS_TOL ? this.degenerate + 1 : 0;
      if (this.degenerate > DEGENERATE_LIMIT) this.bland = true;
      this.pivot(p, q, d);
    }
    throw new Error('simplex iteration limit reached');
  }
}

/** Solves `problem` (minimisation, x ≥ 0), then each objective of `options.secondary` in turn. */
export function minimize(problem: LpProblem, options: LpOptions = {}): LpResult {
  const n = problem.objective.length;
  const m = problem.constraints.length;
  // Rows with b ≥ 0: flip a row with negative rhs and its relation.
  const rows = problem.constraints.map((c) => {
    const flip = c.rhs < 0;
    const relation: LpRelation =
      flip && c.relation !== '=' ? (c.relation === '<=' ? '>=' : '<=') : c.relation;
    return { a: c.coefficients, flip, relation, b: Math.abs(c.rhs) };
  });
  const slackCount = rows.filter((r) => r.relation !== '=').length;
  // The identity column of each row (its slack for ≤, else its artificial): its reduced cost is −π.
  const unitColumn = new Int32Array(m);
  const artificialStart = n + slackCount;
  const artificialCount = rows.filter((r) => r.relation !== '<=').length;
  const columns = artificialStart + artificialCount;
  const tableRows: Float64Array[] = [];
  const basis = new Int32Array(m);
  let slack = n;
  let artificial = artificialStart;
  // One buffer for the whole tableau: allocating a typed array per row dominated small DEA LPs.
  const buffer = new Float64Array(m * (columns + 1));
  rows.forEach((r, i) => {
    const row = buffer.subarray(i * (columns + 1), (i + 1) * (columns + 1));
    row.set(r.a);
    if (r.flip) for (let j = 0; j < n; j++) row[j] = -(row[j] as number);
    row[columns] = r.b;
    if (r.relation === '<=') {
      row[slack] = 1;
      unitColumn[i] = slack;
      basis[i] = slack++;
    } else {
      if (r.relation === '>=') row[slack++] = -1;
      row[artificial] = 1;
      unitColumn[i] = artificial;
      basis[i] = artificial++;
    }
    tableRows.push(row);
  });
  const t = new Tableau(tableRows, basis, columns);

  // Phase 1: minimise the sum of the artificials.
  if (artificialCount > 0) {
    const cost = new Float64Array(columns);
    cost.fill(1, artificialStart);
    const d = t.reducedCosts(cost);
    t.optimise(d, COST_TOL);
    const scale = Math.max(1, ...rows.map((r) => r.b));
    if (-(d[columns] as number) > FEAS_TOL * scale) return { status: 'infeasible' };
    t.allowed.fill(0, artificialStart);
    // Drive zero-level artificials out of the basis; a row with no other entry is redundant.
    t.rows.forEach((row, p) => {
      if ((t.basis[p] as number) < artificialStart) return;
      let q = -1;
      for (let j = 0; j < artificialStart; j++)
        if (Math.abs(row[j] as number) > PIVOT_TOL)
          q = q < 0 || Math.abs(row[j] as number) > Math.abs(row[q] as number) ? j : q;
      if (q >= 0) t.pivot(p, q, new Float64Array(columns + 1));
    });
  }

  const objectives = [problem.objective, ...(options.secondary ?? [])];
  const values: number[] = [];
  const reduced: Float64Array[] = [];
  for (const objective of objectives) {
    const cost = new Float64Array(columns);
    objective.forEach((c, j) => {
      cost[j] = c;
    });
    const costTol = COST_TOL * Math.max(1, ...objective.map(Math.abs));
    const d = t.reducedCosts(cost);
    if (!t.optimise(d, costTol)) return { status: 'unbounded' };
    values.push(-(d[columns] as number));
    reduced.push(d);
    // Keep later objectives on this objective's optimal face.
    for (let j = 0; j < columns; j++) if ((d[j] as number) > costTol) t.allowed[j] = 0;
  }
  const x = new Array<number>(n).fill(0);
  t.rows.forEach((row, i) => {
    const j = t.basis[i] as number;
    if (j < n) x[j] = row[columns] as number;
  });
  // Later objectives pivot only on columns with zero reduced cost, so earlier duals stay valid.
  const duals = reduced.map((d) =>
    problem.constraints.map((c, i) => {
      const pi = -(d[unitColumn[i] as number] as number);
      return c.rhs < 0 ? -pi : pi; // a row flipped to b ≥ 0 has the opposite dual
    }),
  );
  return { status: 'optimal', x, value: values[0] as number, values, duals };
}
