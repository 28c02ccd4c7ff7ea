import { AppError, ErrorCode } from '../errors.ts';

/**
 * The typed input errors of the analytics contract (ANALYZE.md): every bad input is an
 * AppError(E_VALIDATION) naming the field, with `details.analyzeCode` E_SHAPE (wrong structure or
 * length), E_VALUE (a value outside its domain: negative, NaN, unknown option) or E_DEGENERATE
 * (well-formed data on which the method says nothing, e.g. every column constant). The CLI prints
 * it as one line, `E_SHAPE: inputs[3] has 2 values, expected 3`, and exits with 2.
 */

export type AnalyzeCode = 'E_SHAPE' | 'E_VALUE' | 'E_DEGENERATE';

/** An analytics input error naming `field`, in Chinese and English. */
export function analyzeError(code: AnalyzeCode, field: string, zh: string, en: string): AppError {
  return new AppError(ErrorCode.Validation, { zh: `${field}：${zh}`, en: `${field}: ${en}` }, field, {
    analyzeCode: code,
  });
}

/** What a number must be: any finite number, ≥ 0, or > 0. */
export type Sign = 'any' | 'nonNegative' | 'positive';

function checkNumber(value: unknown, field: string, sign: Sign): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw analyzeError('E_VALUE', field, '应为有限数值', 'must be a finite number');
  if (sign === 'nonNegative' && value < 0)
    throw analyzeError('E_VALUE', field, '不能为负数', 'must not be negative');
  if (sign === 'positive' && value <= 0)
    throw analyzeError('E_VALUE', field, '应为正数', 'must be a positive number');
  return value;
}

/** A non-empty array of finite numbers, of `length` when given. */
export function numberVector(value: unknown, field: string, length?: number, sign: Sign = 'any'): number[] {
  if (!Array.isArray(value) || (length === undefined && value.length === 0))
    throw analyzeError('E_SHAPE', field, '应为非空数值数组', 'must be a non-empty array of numbers');
  if (length !== undefined && value.length !== length)
    throw analyzeError(
      'E_SHAPE',
      field,
      `有 ${value.length} 个值，应为 ${length} 个`,
      `has ${value.length} values, expected ${length}`,
    );
  return value.map((x, i) => checkNumber(x, `${field}[${i}]`, sign));
}

/**
 * A matrix of finite numbers: `rows` rows (any number ≥ 1 when absent) of `cols` values each
 * (the first row's length when absent).
 */
export function numberMatrix(
  value: unknown,
  field: string,
  options: { rows?: number; cols?: number; sign?: Sign } = {},
): number[][] {
  if (!Array.isArray(value) || value.length === 0)
    throw analyzeError(
      'E_SHAPE',
      field,
      '应为非空矩阵（数组的数组）',
      'must be a non-empty matrix (array of arrays)',
    );
  if (options.rows !== undefined && value.length !== options.rows)
    throw analyzeError(
      'E_SHAPE',
      field,
      `有 ${value.length} 行，应为 ${options.rows} 行`,
      `has ${value.length} rows, expected ${options.rows}`,
    );
  const first: unknown = value[0];
  const cols = options.cols ?? (Array.isArray(first) ? first.length : 0);
  if (cols === 0)
    throw analyzeError('E_SHAPE', `${field}[0]`, '应为非空数值数组', 'must be a non-empty array of numbers');
  return value.map((row, i) => numberVector(row, `${field}[${i}]`, cols, options.sign));
}

/** An array of `length` booleans. */
export function booleanVector(value: unknown, field: string, length: number): boolean[] {
  if (!Array.isArray(value) || value.length !== length)
    throw analyzeError(
      'E_SHAPE',
      field,
      `应为 ${length} 个布尔值`,
      `must hold ${length} booleans, one per criterion`,
    );
  return value.map((x, i) => {
    if (typeof x !== 'boolean')
      throw analyzeError('E_VALUE', `${field}[${i}]`, '应为 true 或 false', 'must be true or false');
    return x;
  });
}

/** One of the allowed option values, or the default when absent. */
export function oneOf<T extends string>(
  value: unknown,
  field: string,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value))
    throw analyzeError(
      'E_VALUE',
      field,
      `应为 ${allowed.join(' / ')} 之一`,
      `must be one of ${allowed.join(', ')}`,
    );
  return value as T;
}

/** Weights (≥ 0, positive sum) scaled to sum 1. */
export function normalizedWeights(value: unknown, field: string, length: number): number[] {
  const weights = numberVector(value, field, length, 'nonNegative');
  const sum = weights.reduce((s, w) => s + w, 0);
  if (!(sum > 0)) throw analyzeError('E_VALUE', field, '权重之和应大于 0', 'must have a positive sum');
  return weights.map((w) => w / sum);
}

/** Column j of a matrix. */
export const column = (matrix: readonly (readonly number[])[], j: number): number[] =>
  matrix.map((row) => row[j] ?? 0);
