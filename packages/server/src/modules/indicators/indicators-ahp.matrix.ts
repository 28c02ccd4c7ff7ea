import { AppError, ErrorCode } from '@bianping/core/errors';
import {
  type AhpOptions,
  analyzeAhpGroup,
  assertPairwiseMatrix,
  type Matrix,
} from '@bianping/core/indicators/ahp';
import {
  fillReciprocal,
  rankInconsistencies,
  weightsToPoints,
} from '@bianping/core/indicators/ahp-weighting';
import type { AhpOutcome } from '@bianping/core/indicators/api';

/**
 * Matrices as the AHP routes handle them: reading what an expert entered (upper triangle or full),
 * putting a stored matrix into the children's current order, and the combined outcome the panel
 * shows. The arithmetic is the core's.
 */

const SCALE_MIN = 1 / 9 - 1e-9;
const SCALE_MAX = 9 + 1e-9;

const invalid = (field: string, zh: string, en: string) =>
  new AppError(ErrorCode.Validation, { zh: `${field}：${zh}`, en: `${field}: ${en}` }, field);

/**
 * The full reciprocal matrix from what was entered: only the upper triangle when any cell below
 * the diagonal is empty, else the whole matrix, which must then be reciprocal. Values stay on
 * Saaty's scale (1/9 … 9).
 */
export function readEnteredMatrix(entered: readonly (readonly (number | null)[])[], n: number): number[][] {
  if (entered.length !== n) {
    throw invalid(
      'matrix',
      `有 ${entered.length} 行，应为 ${n} 行（每个下级指标一行）`,
      `has ${entered.length} rows, expected ${n} (one per child)`,
    );
  }
  entered.forEach((row, i) => {
    if (row.length !== n)
      throw invalid(
        `matrix[${i}]`,
        `有 ${row.length} 个值，应为 ${n} 个`,
        `has ${row.length} values, expected ${n}`,
      );
  });
  const upperOnly = entered.some((row, i) => row.some((v, j) => j < i && v === null));
  let matrix: number[][];
  if (upperOnly) {
    const filled = fillReciprocal(entered);
    const [gap] = filled.missing;
    if (gap) {
      throw invalid(
        `matrix[${gap[0]}][${gap[1]}]`,
        '尚未比较（上三角须全部填写）',
        'is not compared yet (fill in the whole upper triangle)',
      );
    }
    matrix = filled.matrix;
  } else {
    matrix = entered.map((row) => row.map((v) => v as number));
    assertPairwiseMatrix(matrix);
  }
  for (const [i, row] of matrix.entries()) {
    for (const [j, v] of row.entries()) {
      if (v < SCALE_MIN || v > SCALE_MAX) {
        throw invalid(
          `matrix[${i}][${j}]`,
          '应在 1/9 到 9 之间（Saaty 标度）',
          'must lie between 1/9 and 9 (Saaty scale)',
        );
      }
    }
  }
  return matrix;
}

/**
 * A stored matrix in the order of `childIds`; null when it compares other items (a child was
 * added or removed since it was entered).
 */
export function reorderMatrix(matrix: Matrix, itemIds: readonly string[], childIds: readonly string[]) {
  if (itemIds.length !== childIds.length || !childIds.every((id) => itemIds.includes(id))) return null;
  const at = childIds.map((id) => itemIds.indexOf(id));
  return at.map((i) => at.map((j) => matrix[i]?.[j] ?? 1));
}

/** The combined (geometric-mean) outcome of the matrices, with points when consistent. */
export function combinedOutcome(
  matrices: readonly Matrix[],
  totalPoints: number,
  options: AhpOptions,
): AhpOutcome {
  const { matrix, ...result } = analyzeAhpGroup({ ...options, matrices });
  return {
    ...result,
    points: result.consistent ? weightsToPoints(result.weights, totalPoints) : null,
    applied: false,
    inconsistencies: result.consistent ? [] : rankInconsistencies(matrix, result.weights).slice(0, 3),
  };
}
