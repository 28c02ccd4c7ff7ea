/**
 * Number helpers shared by rule descriptions and scoring: scores are kept to 0.01 (score sheets
 * print two decimals), shown without trailing zeros, ratios shown as percentages.
 */

/** Scores carry two decimals. */
export const POINTS_DECIMALS = 2;

/** Rounds half up to `decimals`, immune to binary noise (0.1 × 3 = 0.30000000000000004). */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const scaled = Math.abs(value) * factor;
  return (Math.sign(value) * Math.round(Number(scaled.toPrecision(12)))) / factor;
}

/** A score rounded to 0.01. */
export const roundPoints = (value: number) => roundTo(value, POINTS_DECIMALS) + 0;

/** `6`, `0.5`, `4.29`: at most `decimals` decimals, no trailing zeros. */
export const formatNumber = (value: number, decimals = 4) => String(roundTo(value, decimals) + 0);

/** `85%`, `12.5%` for 0.85 and 0.125. */
export const formatPercent = (ratio: number) => `${formatNumber(ratio * 100, 2)}%`;

/** Percentage points between two ratios, without binary noise: (0.2 − 0.17) → 3. */
export const percentagePoints = (from: number, to: number) => roundTo((to - from) * 100, 6);
