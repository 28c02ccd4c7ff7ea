/**
 * Kendall's coefficient of concordance W over m raters who each score the same n objects:
 * each rater's scores are ranked (ties share the mean rank), R_i is object i's rank sum, and
 *
 *   W = 12 S / (m² (n³ − n) − m Σ_j T_j),   S = Σ_i (R_i − m (n + 1) / 2)²,   T_j = Σ (t³ − t)
 *
 * over the groups of t tied scores of rater j (the tie correction; Kendall & Babington Smith
 * 1939, Siegel & Castellan 1988 §9.4). W is 1 when the raters agree completely, 0 when their
 * rankings cancel out; χ² = m (n − 1) W with n − 1 degrees of freedom for large samples.
 */

export type KendallW = {
  /** null when it is undefined: fewer than 2 raters or 2 objects, or every rater tied everything. */
  w: number | null;
  chiSquare: number | null;
  degreesOfFreedom: number;
  raters: number;
  objects: number;
};

/** Mean ranks (1 = lowest score), ties sharing the mean of their places, and Σ (t³ − t). */
export function midRanks(scores: readonly number[]): { ranks: number[]; tieTerm: number } {
  const order = scores.map((_, i) => i).sort((a, b) => (scores[a] as number) - (scores[b] as number));
  const ranks = new Array<number>(scores.length).fill(0);
  let tieTerm = 0;
  for (let start = 0; start < order.length; ) {
    let end = start + 1;
    while (end < order.length && scores[order[end] as number] === scores[order[start] as number]) end++;
    const t = end - start;
    const rank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) ranks[order[k] as number] = rank;
    tieTerm += t ** 3 - t;
    start = end;
  }
  return { ranks, tieTerm };
}

/** W of a raters × objects matrix of scores (every rater scored every object). */
export function kendallW(matrix: readonly (readonly number[])[]): KendallW {
  const m = matrix.length;
  const n = matrix[0]?.length ?? 0;
  const none = { w: null, chiSquare: null, degreesOfFreedom: Math.max(0, n - 1), raters: m, objects: n };
  if (m < 2 || n < 2) return none;
  const sums = new Array<number>(n).fill(0);
  let ties = 0;
  for (const row of matrix) {
    const { ranks, tieTerm } = midRanks(row);
    ranks.forEach((r, i) => {
      sums[i] = (sums[i] as number) + r;
    });
    ties += tieTerm;
  }
  const mean = (m * (n + 1)) / 2;
  const s = sums.reduce((acc, r) => acc + (r - mean) ** 2, 0);
  const denominator = m * m * (n ** 3 - n) - m * ties;
  if (denominator <= 0) return none;
  const w = (12 * s) / denominator;
  return { w, chiSquare: m * (n - 1) * w, degreesOfFreedom: n - 1, raters: m, objects: n };
}
