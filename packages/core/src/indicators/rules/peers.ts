/**
 * Comparisons among the targets of a campaign for the rank-based rules: rank with ties, the
 * best value, the average. Values that are null (no data) take no part.
 */

/** Equal up to rounding noise, so two units with 0.3 and 0.1 + 0.2 share a place. */
export const sameValue = (a: number, b: number) =>
  Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

const known = (values: readonly (number | null)[]) =>
  values.filter((v): v is number => v !== null && Number.isFinite(v));

/**
 * Competition ranking ("1224"): 1 + the number of targets strictly better. `of` counts the
 * targets with data.
 */
export function rankAmong(
  value: number,
  values: readonly (number | null)[],
  higherIsBetter: boolean,
): { rank: number; of: number } {
  const others = known(values);
  const better = others.filter((v) => !sameValue(v, value) && (higherIsBetter ? v > value : v < value));
  return { rank: better.length + 1, of: Math.max(others.length, better.length + 1) };
}

/** The best value among the targets (highest or lowest), null when none has data. */
export function bestOf(values: readonly (number | null)[], higherIsBetter: boolean): number | null {
  const present = known(values);
  if (!present.length) return null;
  return higherIsBetter ? Math.max(...present) : Math.min(...present);
}

/** The mean of the values with data, null when none has. */
export function averageOf(values: readonly (number | null)[]): number | null {
  const present = known(values);
  return present.length ? present.reduce((sum, v) => sum + v, 0) / present.length : null;
}
