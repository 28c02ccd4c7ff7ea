import type { Reference } from './dea-envelopment.ts';
import { analyzeError, numberMatrix } from './input-checks.ts';

/**
 * Checking and scaling of DEA data, shared by dea.ts and malmquist.ts. Inputs and outputs are
 * non-negative and every DMU needs a positive input and a positive output (otherwise its radial
 * measure is undefined). Each column is divided by its mean: data spanning six orders of magnitude
 * (a budget in yuan beside a headcount) then sits near 1 where the simplex tolerances apply, and
 * θ, φ and λ are unchanged by such a scaling (the slacks are scaled back by dea.ts).
 */

export type DeaData = { inputs: number[][]; outputs: number[][] };

/** The list of DMU names: non-empty, distinct strings. */
export function dmuNames(value: unknown, field = 'dmus'): string[] {
  if (!Array.isArray(value) || value.length === 0)
    throw analyzeError(
      'E_SHAPE',
      field,
      '应为非空的决策单元名称数组',
      'must be a non-empty array of DMU names',
    );
  const seen = new Set<string>();
  return value.map((name, j) => {
    if (typeof name !== 'string' || name === '')
      throw analyzeError('E_VALUE', `${field}[${j}]`, '应为非空字符串', 'must be a non-empty string');
    if (seen.has(name))
      throw analyzeError('E_VALUE', `${field}[${j}]`, `名称“${name}”重复`, `repeats the name “${name}”`);
    seen.add(name);
    return name;
  });
}

/** Checks inputs (n × m) and outputs (n × s); `prefix` locates them (e.g. `periods[1].`). */
export function deaData(
  inputs: unknown,
  outputs: unknown,
  n: number,
  prefix = '',
  shape?: { m: number; s: number },
): DeaData {
  const x = numberMatrix(inputs, `${prefix}inputs`, {
    rows: n,
    sign: 'nonNegative',
    ...(shape ? { cols: shape.m } : {}),
  });
  const y = numberMatrix(outputs, `${prefix}outputs`, {
    rows: n,
    sign: 'nonNegative',
    ...(shape ? { cols: shape.s } : {}),
  });
  x.forEach((row, j) => {
    if (!row.some((v) => v > 0))
      throw analyzeError(
        'E_VALUE',
        `${prefix}inputs[${j}]`,
        '至少要有一项投入为正数',
        'needs at least one positive input',
      );
  });
  y.forEach((row, j) => {
    if (!row.some((v) => v > 0))
      throw analyzeError(
        'E_VALUE',
        `${prefix}outputs[${j}]`,
        '至少要有一项产出为正数',
        'needs at least one positive output',
      );
  });
  return { inputs: x, outputs: y };
}

/** Column means (1 for an all-zero column): the scale of each input or output. */
export function columnScales(rows: readonly (readonly number[])[]): number[] {
  const width = rows[0]?.length ?? 0;
  return Array.from({ length: width }, (_, j) => {
    const mean = rows.reduce((s, r) => s + (r[j] ?? 0), 0) / rows.length;
    return mean > 0 ? mean : 1;
  });
}

const divide = (rows: readonly (readonly number[])[], scales: readonly number[]) =>
  rows.map((r) => r.map((v, j) => v / (scales[j] ?? 1)));

/** The data divided column by column by the given scales. */
export function scaled(
  data: DeaData,
  inputScale: readonly number[],
  outputScale: readonly number[],
): Reference {
  return { x: divide(data.inputs, inputScale), y: divide(data.outputs, outputScale) };
}
