import type { RiTableName } from '@bianping/core/indicators/ahp';
import { type Inconsistency, nearestSaatyValue, saatyScale } from '@bianping/core/indicators/ahp-weighting';

/**
 * The pairwise matrix as the AHP panel edits it: only the upper triangle (row over column) is
 * entered, on Saaty's scale; the diagonal is 1 and the lower triangle the reciprocals.
 */

/** `upper[i][j]` for j > i; the rest of each row is ignored. */
export type Upper = number[][];

/** 1/9 … 1/2, 1, 2 … 9, in the order the select lists them. */
export const scaleValues: number[] = [
  ...saatyScale
    .slice(1)
    .map((s) => 1 / s.value)
    .reverse(),
  ...saatyScale.map((s) => s.value),
];

/** `3` or `1/3`, as a comparison is written on paper. */
export const fractionText = (value: number) =>
  value >= 1 ? String(Math.round(value * 100) / 100) : `1/${Math.round((1 / value) * 100) / 100}`;

/** Every pair of equal importance: where a new judgement starts. */
export const equalUpper = (n: number): Upper =>
  Array.from({ length: n }, () => Array.from({ length: n }, () => 1));

/** The upper triangle of a saved matrix, each value snapped to the scale (JSON loses nothing, but typed 0.33 would). */
export const upperOf = (matrix: readonly (readonly number[])[]): Upper =>
  matrix.map((row, i) => row.map((value, j) => (j > i ? nearestSaatyValue(value) : 1)));

/** A copy with one comparison changed. */
export const withComparison = (upper: Upper, i: number, j: number, value: number): Upper =>
  upper.map((row, r) => (r === i ? row.map((v, c) => (c === j ? value : v)) : row));

/** The payload of a save: upper triangle given, lower triangle left to the server (null). */
export const payloadOf = (upper: Upper): (number | null)[][] =>
  upper.map((row, i) => row.map((value, j) => (j > i ? value : j === i ? 1 : null)));

export const sameUpper = (a: Upper, b: Upper) =>
  a.length === b.length &&
  a.every((row, i) => row.every((v, j) => j <= i || Math.abs(v - (b[i]?.[j] ?? 0)) < 1e-9));

/**
 * The comparisons to point out, keyed `row-column`: those about as bad as the worst (in a 3×3
 * matrix all three pairs of the one cycle share the blame equally), then more of the worst until
 * they account for half of the inconsistency.
 */
export function hotComparisons(inconsistencies: readonly Inconsistency[]): Map<string, Inconsistency> {
  const hot = new Map<string, Inconsistency>();
  const worst = inconsistencies[0]?.share ?? 0;
  let share = 0;
  for (const item of inconsistencies) {
    if (item.share < worst * 0.8 && share >= 0.5) break;
    hot.set(`${item.row}-${item.column}`, item);
    share += item.share;
  }
  return hot;
}

/** A ratio the judgements imply, which is rarely on the scale: two decimals. */
export const ratioText = (value: number) => String(Math.round(value * 100) / 100);

/** How the RI tables are named in the select. */
export const riTableLabels: Record<RiTableName, string> = {
  saaty1980: 'Saaty (1980)',
  saaty2005: 'Saaty (2005)',
  'donegan-dodd': 'Donegan & Dodd (1991)',
};
