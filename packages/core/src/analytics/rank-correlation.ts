import { analyzeError, numberVector } from './input-checks.ts';

/**
 * Rank correlation between two rankings of the same alternatives, for comparing a lens (entropy
 * weights, TOPSIS) with the official ranking. Spearman's ρ is Pearson's correlation of the
 * mid-ranks (ties share the average of the places they take); Kendall's τ is τ-b, which corrects
 * for ties in either variable: (C − D) / √((n₀ − n₁)(n₀ − n₂)). Both are null when a variable is
 * constant (no ranking to compare).
 */

/** Ascending mid-ranks (1-based): tied values share the average of their places. */
export function midRanks(values: readonly number[]): number[] {
  const order = values.map((_, i) => i).sort((a, b) => (values[a] as number) - (values[b] as number));
  const ranks = new Array<number>(values.length);
  let i = 0;
  while (i < order.length) {
    let j = i;
    while (j + 1 < order.length && values[order[j + 1] as number] === values[order[i] as number]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k] as number] = rank;
    i = j + 1;
  }
  return ranks;
}

function pairOf(x: unknown, y: unknown): [number[], number[]] {
  const a = numberVector(x, 'x');
  const b = numberVector(y, 'y', a.length);
  if (a.length < 2) throw analyzeError('E_SHAPE', 'x', '至少需要 2 个对象', 'needs at least 2 alternatives');
  return [a, b];
}

/** Spearman's ρ with mid-ranks for ties; null when x or y is constant. */
export function spearmanRho(x: readonly number[], y: readonly number[]): number | null {
  const [a, b] = pairOf(x, y);
  const ra = midRanks(a);
  const rb = midRanks(b);
  const n = a.length;
  const mean = (n + 1) / 2;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    const da = (ra[i] as number) - mean;
    const db = (rb[i] as number) - mean;
    sab += da * db;
    saa += da * da;
    sbb += db * db;
  }
  if (saa === 0 || sbb === 0) return null;
  return sab / Math.sqrt(saa * sbb);
}

/** Kendall's τ-b (tie-corrected); null when x or y is constant. O(n²), fine for a campaign's targets. */
export function kendallTauB(x: readonly number[], y: readonly number[]): number | null {
  const [a, b] = pairOf(x, y);
  const n = a.length;
  let concordant = 0;
  let discordant = 0;
  let tiesX = 0;
  let tiesY = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const dx = Math.sign((a[i] as number) - (a[j] as number));
      const dy = Math.sign((b[i] as number) - (b[j] as number));
      if (dx === 0) tiesX++;
      if (dy === 0) tiesY++;
      if (dx !== 0 && dy !== 0) {
        if (dx === dy) concordant++;
        else discordant++;
      }
    }
  }
  const n0 = (n * (n - 1)) / 2;
  const denominator = Math.sqrt((n0 - tiesX) * (n0 - tiesY));
  return denominator === 0 ? null : (concordant - discordant) / denominator;
}
