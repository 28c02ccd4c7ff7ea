import { envelop, type Reference, type Returns } from './dea-envelopment.ts';

/**
 * Frontier-first DEA (issue 6, "DEA at scale"): instead of one LP per DMU against all n DMUs
 * (O(n²) columns in total), find a small reference set F — the extreme-efficient DMUs, one per
 * group of duplicates — and solve each DMU's envelopment LP against F only.
 *
 * Why the optimum is unchanged. Let T(R) be the technology spanned by a set R of DMUs:
 * (x, y) with x ≥ Σ λ_j x_j, y ≤ Σ λ_j y_j, λ ≥ 0 (and Σ λ = 1 for variable returns). F is built so
 * that every DMU k lies in T(F): there is μ ≥ 0 (Σ μ = 1 under VRS) with X_F μ ≤ x_k and
 * Y_F μ ≥ y_k. Take any feasible solution (θ or φ, λ, s⁻, s⁺) of the LP against all DMUs and
 * replace each column k ∉ F by X_F μᵏ, Y_F μᵏ with weight λ_k: the new λ' on F keeps Σ λ' = Σ λ,
 * uses no more input and gives no less output, so it is feasible for the same θ (φ) with every
 * slack s⁻' ≥ s⁻, s⁺' ≥ s⁺. Conversely every solution against F is one against all (λ = 0
 * outside F). Hence θ (φ) is the same, and on the optimal face the maximal (positively weighted)
 * slack sum is the same: phase 2 is unchanged too. The same substitution shows that when the
 * optimum against all DMUs is unique its λ is supported on F (else λ' would be a second optimum),
 * so peers are identical; when it is not unique, the frontier method reports an optimal vertex
 * whose peers are all in F: extreme-efficient DMUs only, and of exact copies the lowest-indexed
 * (of DMUs that are multiples of each other under CRS, the one met first), never a DMU that is a
 * combination of others. The plain method may name such a DMU instead; θ, φ, slacks and targets
 * agree either way.
 *
 * Super-efficiency leaves DMU o out. If o ∉ F, F ⊆ all \ {o} still spans T(all) ⊇ T(all \ {o}),
 * so o's LP against F is exact. If o ∈ F, leaving it out can make other DMUs extreme (a DMU that
 * only o dominated): dea.ts solves o against all other DMUs, by column generation, so that costs
 * |F| priced LPs, not |F| dense ones.
 *
 * How F is found (on the column-scaled data, in the spirit of Dulá's BuildHull):
 * 1. Order the DMUs by decreasing productivity (a DMU that covers another comes first), so that
 *    extreme DMUs are met early.
 * 2. Grow F: a DMU covered by one member of F (VRS: no more of any input and no less of any
 *    output; CRS: a multiple of the member does so) is in T(F) — most inefficient DMUs stop
 *    here; otherwise a radial-only input-oriented LP against F (priced, see dea-envelopment.ts)
 *    decides: θ ≤ 1 means in T(F) for good (T(F) only grows), θ > 1 or no solution means the DMU
 *    joins F. Every DMU is then in T(F), which is all the argument above needs.
 * 3. Prune: each member found in T(F without it) is removed (one DMU that joined early may have
 *    been swallowed by later ones), leaving the extreme-efficient DMUs.
 * Membership uses θ ≤ 1 + 1e-11 on data scaled to about 1: a DMU on a face of T(F) is not extreme.
 */

/** θ ≤ 1 + INSIDE (scaled units) counts as inside the hull: a point on a face is not extreme. */
const INSIDE = 1e-11;

/**
 * Productivity proxy: if a (multiple of) DMU f dominates DMU j, f scores at least as high, so
 * testing DMUs in decreasing order meets extreme DMUs early and F rarely holds a passing member.
 */
function productivity(reference: Reference, j: number, returns: Returns): number {
  const x = reference.x[j] as readonly number[];
  const y = reference.y[j] as readonly number[];
  let score = 0;
  if (returns === 'vrs') {
    for (const v of y) score += v;
    for (const v of x) score -= v;
    return score;
  }
  for (const v of y) score += Math.log(Math.max(v, 1e-300)) / y.length;
  for (const v of x) score -= Math.log(Math.max(v, 1e-300)) / x.length;
  return score;
}

/** Whether (a multiple of, under CRS) DMU f alone uses no more input and gives no less output than j. */
function covers(space: Space, f: number, j: number): boolean {
  const xf = space.reference.x[f] as readonly number[];
  const xj = space.reference.x[j] as readonly number[];
  const yj = space.reference.y[j] as readonly number[];
  let c = 1;
  if (space.returns === 'crs') {
    // The least multiple of f that gives y_j (1/0 = ∞: f cannot).
    const inverse = space.inverseY[f] as readonly number[];
    c = 0;
    for (let r = 0; r < yj.length; r++)
      if ((yj[r] as number) > 0) c = Math.max(c, (yj[r] as number) * (inverse[r] as number));
    if (c === Number.POSITIVE_INFINITY) return false;
  } else {
    const yf = space.reference.y[f] as readonly number[];
    for (let r = 0; r < yj.length; r++) if ((yf[r] as number) < (yj[r] as number)) return false;
  }
  for (let i = 0; i < xj.length; i++) if (c * (xf[i] as number) > (xj[i] as number)) return false;
  return true;
}

/** The data, the returns to scale, and each DMU's output reciprocals (for `covers`). */
type Space = { reference: Reference; returns: Returns; inverseY: number[][] };

/**
 * Whether DMU j lies in the technology spanned by `members`: first whether one member covers it
 * (cheap, and true for most inefficient DMUs; `hint` holds the member that covered the last one),
 * else by the input-oriented LP (θ ≤ 1).
 */
function isInside(space: Space, members: readonly number[], j: number, hint: { at: number }): boolean {
  const { reference, returns } = space;
  const k = members.length;
  if (k === 0) return false;
  for (let t = 0; t < k; t++) {
    const c = (hint.at + t) % k;
    if (covers(space, members[c] as number, j)) {
      hint.at = c;
      return true;
    }
  }
  const env = envelop(reference, reference.x[j] ?? [], reference.y[j] ?? [], {
    orientation: 'input',
    returns,
    members,
    radialOnly: true,
    priced: true,
    inputScale: [],
    outputScale: [],
  });
  return env.feasible && env.radial <= 1 + INSIDE;
}

/** The extreme-efficient DMUs of `reference` under constant (crs) or variable (vrs) returns. */
export function findFrontier(reference: Reference, returns: Returns): number[] {
  const n = reference.x.length;
  const score = new Float64Array(n);
  for (let j = 0; j < n; j++) score[j] = productivity(reference, j, returns);
  const order = Array.from({ length: n }, (_, j) => j).sort(
    (a, b) => (score[b] as number) - (score[a] as number) || a - b,
  );
  let members: number[] = [];
  const hint = { at: 0 };
  const space = { reference, returns, inverseY: reference.y.map((row) => row.map((v) => 1 / v)) };
  for (const j of order) if (!isInside(space, members, j, hint)) members.push(j);
  // A DMU that joined early may have been swallowed by later ones.
  for (const f of [...members]) {
    const others = members.filter((k) => k !== f);
    if (isInside(space, others, f, hint)) members = others;
  }
  return members.sort((a, b) => a - b);
}
