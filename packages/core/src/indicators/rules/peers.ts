/**
 * Comparisons among the targets of a campaign for the rank-based rules: rank with ties, the
 * best value, the average. Values that are null (no data) take no part. The targets' values are
 * summarised once (sorted, averaged), so scoring or explaining one target among thousands is a
 * binary search, not a pass over every target.
 */

/** Equal up to rounding noise, so two units with 0.3 and 0.1 + 0.2 share a place. */
export const sameValue = (a: number, b: number) =>
  Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** The other targets' values of a comparing rule, summarised once per indicator. */
export type PeerSummary = {
  /** Values with data, ascending. */
  sorted: Float64Array;
  /** Mean of the values with data in target order (as `averageOf` sums them), null without any. */
  average: number | null;
};

/** Summarises every target's value (null = no data) for the comparing rules. */
export function summarisePeers(values: readonly (number | null)[]): PeerSummary {
  const known: number[] = [];
  let sum = 0;
  for (const v of values) {
    if (v === null || !Number.isFinite(v)) continue;
    known.push(v);
    sum += v;
  }
  const sorted = Float64Array.from(known).sort();
  return { sorted, average: known.length ? sum / known.length : null };
}

/** Number of values strictly better than `value` (ties within `sameValue` are not better). */
export function countBetter(value: number, sorted: Float64Array, higherIsBetter: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  if (higherIsBetter) {
    // first index whose value is above `value` and not the same: monotone along the sorted values
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const v = sorted[mid] as number;
      if (v > value && !sameValue(v, value)) hi = mid;
      else lo = mid + 1;
    }
    return sorted.length - lo;
  }
  // first index whose value is not below `value` (or is the same)
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid] as number;
    if (v < value && !sameValue(v, value)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Competition ranking ("1224"): 1 + the number of targets strictly better; `of` counts the
 * targets with data (the summary holds this target's value too).
 */
export function rankInSummary(value: number, summary: PeerSummary, higherIsBetter: boolean) {
  const better = countBetter(value, summary.sorted, higherIsBetter);
  return { rank: better + 1, of: Math.max(summary.sorted.length, better + 1) };
}

/** The best of the summarised values and this one (highest or lowest). */
export function bestInSummary(value: number, summary: PeerSummary, higherIsBetter: boolean): number {
  const sorted = summary.sorted;
  if (!sorted.length) return value;
  const edge = (higherIsBetter ? sorted[sorted.length - 1] : sorted[0]) as number;
  return higherIsBetter ? Math.max(edge, value) : Math.min(edge, value);
}

/**
 * What the other targets of the campaign have for one comparing indicator: every target's value
 * (this one included) and the points of the targets with data (for `fallbackAverage`).
 */
export type ComparisonSummary = { values: PeerSummary; points: PeerSummary };

/** Summarises the targets' values and points (null = no data; either may be left out). */
export function summariseComparison(raw: {
  values?: readonly (number | null)[];
  points?: readonly (number | null)[];
}): ComparisonSummary {
  return { values: summarisePeers(raw.values ?? []), points: summarisePeers(raw.points ?? []) };
}

/** No other target: a campaign of one. */
export const NO_PEERS: ComparisonSummary = summariseComparison({});
