import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import {
  analyzeAhp,
  analyzeAhpGroup,
  analyzeAhpHierarchy,
  assertPairwiseMatrix,
  combineMatrices,
  riTables,
} from './ahp.ts';

/**
 * 旅游地选择 (choosing a holiday destination), the textbook example of 姜启源《数学模型》 (AHP
 * chapter): criteria 景色, 费用, 居住, 饮食, 旅途 and three destinations. The book prints
 * w = (0.263, 0.475, 0.055, 0.099, 0.110), λ = 5.073, CI = 0.018, CR = 0.016 and composite
 * weights (0.300, 0.246, 0.456) computed from rounded intermediates; the full-precision values
 * below were cross-checked with numpy.linalg.eig.
 */
const criteria = [
  [1, 1 / 2, 4, 3, 3],
  [2, 1, 7, 5, 5],
  [1 / 4, 1 / 7, 1, 1 / 2, 1 / 3],
  [1 / 3, 1 / 5, 2, 1, 1],
  [1 / 3, 1 / 5, 3, 1, 1],
];
const alternatives = [
  [
    [1, 2, 5],
    [1 / 2, 1, 2],
    [1 / 5, 1 / 2, 1],
  ],
  [
    [1, 1 / 3, 1 / 8],
    [3, 1, 1 / 3],
    [8, 3, 1],
  ],
  [
    [1, 1, 3],
    [1, 1, 3],
    [1 / 3, 1 / 3, 1],
  ],
  [
    [1, 3, 4],
    [1 / 3, 1, 1],
    [1 / 4, 1, 1],
  ],
  [
    [1, 1, 1 / 4],
    [1, 1, 1 / 4],
    [4, 4, 1],
  ],
];
/** A common 3 × 3 example (Saaty-style): w ≈ (0.157, 0.594, 0.249), λ 3.0536, CR 0.046. */
const three = [
  [1, 1 / 3, 1 / 2],
  [3, 1, 3],
  [2, 1 / 3, 1],
];

/**
 * Saaty, T. L. (1990). How to make a decision: the analytic hierarchy process. European Journal of
 * Operational Research 48(1), 9–26 — choosing a house, eight criteria (size, bus, neighbourhood,
 * age, yard, modern facilities, condition, financing). The paper prints the weights below,
 * λmax = 9.669, CI = 0.238 and CR = 0.169: an inconsistent matrix that a user must revise.
 */
const house = [
  [1, 5, 3, 7, 6, 6, 1 / 3, 1 / 4],
  [1 / 5, 1, 1 / 3, 5, 3, 3, 1 / 5, 1 / 7],
  [1 / 3, 3, 1, 6, 3, 4, 6, 1 / 5],
  [1 / 7, 1 / 5, 1 / 6, 1, 1 / 3, 1 / 4, 1 / 7, 1 / 8],
  [1 / 6, 1 / 3, 1 / 3, 3, 1, 1 / 2, 1 / 5, 1 / 6],
  [1 / 6, 1 / 3, 1 / 4, 4, 2, 1, 1 / 5, 1 / 6],
  [3, 5, 1 / 6, 7, 5, 5, 1, 1 / 2],
  [4, 7, 5, 8, 6, 6, 2, 1],
];

/**
 * Saaty, T. L. (2008). Decision making with the analytic hierarchy process. International Journal
 * of Services Sciences 1(1), 83–98 — relative consumption of drinks in the United States (coffee,
 * wine, tea, beer, sodas, milk, water). The paper prints the derived shares below (actual
 * consumption .180/.010/.040/.120/.180/.140/.330) with CR = 0.022.
 */
const drinks = [
  [1, 9, 5, 2, 1, 1, 1 / 2],
  [1 / 9, 1, 1 / 3, 1 / 9, 1 / 9, 1 / 9, 1 / 9],
  [1 / 5, 3, 1, 1 / 3, 1 / 4, 1 / 3, 1 / 9],
  [1 / 2, 9, 3, 1, 1 / 2, 1, 1 / 3],
  [1, 9, 4, 2, 1, 2, 1 / 2],
  [1, 9, 3, 1, 1 / 2, 1, 1 / 3],
  [2, 9, 9, 3, 2, 3, 1],
];

const close = (actual: readonly number[], expected: readonly number[], digits: number) => {
  expect(actual).toHaveLength(expected.length);
  for (const [i, a] of actual.entries()) expect(a).toBeCloseTo(expected[i] as number, digits);
};

describe('analyzeAhp (ANALYZE.md § ahp)', () => {
  it('reproduces the textbook criteria weights and consistency', () => {
    const r = analyzeAhp({ matrix: criteria });
    close(r.weights, [0.263, 0.475, 0.055, 0.099, 0.11], 2);
    close(r.weights, [0.2636, 0.4758, 0.0538, 0.0981, 0.1087], 4);
    expect(r.lambdaMax).toBeCloseTo(5.0721, 4);
    expect(r.ci).toBeCloseTo(0.018, 3);
    expect(r.cr).toBeCloseTo(0.016, 3);
    expect(r).toMatchObject({ ri: 1.12, consistent: true, riTable: 'saaty1980' });
    expect(r.weights.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
  });

  it('reproduces Saaty (1990): the house example is inconsistent, CR 0.169', () => {
    const r = analyzeAhp({ matrix: house });
    close(r.weights, [0.173, 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333], 3);
    expect(r.lambdaMax).toBeCloseTo(9.669, 3);
    expect(r.ci).toBeCloseTo(0.238, 3);
    expect(r.cr).toBeCloseTo(0.169, 3);
    expect(r).toMatchObject({ ri: 1.41, consistent: false });
  });

  it('reproduces Saaty (2008): the drinks example, CR 0.022', () => {
    const r = analyzeAhp({ matrix: drinks });
    close(r.weights, [0.177, 0.019, 0.042, 0.116, 0.19, 0.129, 0.327], 3);
    expect(r.cr).toBeCloseTo(0.022, 3);
    expect(r.consistent).toBe(true);
  });

  it('matches numpy’s eigenvector on the 3 × 3 example, and the two approximations', () => {
    const eigen = analyzeAhp({ matrix: three });
    close(eigen.weights, [0.1570557894, 0.5936336853, 0.2493105253], 9);
    expect(eigen.lambdaMax).toBeCloseTo(3.053621575878976, 10);
    expect(eigen.cr).toBeCloseTo((3.053621575878976 - 3) / 2 / 0.58, 10);
    const columns = analyzeAhp({ matrix: three, method: 'column-average' });
    close(columns.weights, [0.1592592593, 0.5888888889, 0.2518518519], 9);
    expect(columns.lambdaMax).toBeCloseTo(3.0539043612179406, 10);
    const roots = analyzeAhp({ matrix: three, method: 'geometric-mean' });
    close(roots.weights, [0.1570557894, 0.5936336853, 0.2493105253], 9);
  });

  it('gives a consistent matrix its generating weights, λ = n and CR = 0', () => {
    const w = [0.4, 0.3, 0.2, 0.1];
    const r = analyzeAhp({ matrix: w.map((wi) => w.map((wj) => wi / wj)) });
    close(r.weights, w, 12);
    expect(r.lambdaMax).toBeCloseTo(4, 12);
    expect(r.cr).toBeCloseTo(0, 12);
  });

  it('is always consistent for n ≤ 2', () => {
    expect(analyzeAhp({ matrix: [[1]] })).toMatchObject({
      weights: [1],
      ci: 0,
      cr: 0,
      ri: 0,
      consistent: true,
    });
    const two = analyzeAhp({
      matrix: [
        [1, 3],
        [1 / 3, 1],
      ],
    });
    close(two.weights, [0.75, 0.25], 12);
    expect(two).toMatchObject({ ci: 0, cr: 0, consistent: true });
  });

  it('flags a cyclic matrix as inconsistent (CR ≥ 0.1)', () => {
    const r = analyzeAhp({
      matrix: [
        [1, 9, 1 / 9],
        [1 / 9, 1, 9],
        [9, 1 / 9, 1],
      ],
    });
    close(r.weights, [1 / 3, 1 / 3, 1 / 3], 9);
    expect(r.lambdaMax).toBeCloseTo(10.1111111111, 8);
    expect(r.consistent).toBe(false);
  });

  it('uses the chosen random-index table or the given RI', () => {
    expect(analyzeAhp({ matrix: three, riTable: 'saaty2005' }).ri).toBe(0.52);
    expect(analyzeAhp({ matrix: three, riTable: 'donegan-dodd' }).ri).toBe(0.4914);
    expect(analyzeAhp({ matrix: three, ri: [0, 0, 0.6] })).toMatchObject({ ri: 0.6, riTable: 'custom' });
    expect(riTables.saaty1980).toHaveLength(15);
    expect(riTables['donegan-dodd']).toHaveLength(10);
  });

  it('refuses bad input with a typed error naming the field', () => {
    const fail = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        expect(error).toBeInstanceOf(AppError);
        return {
          field: (error as AppError).field,
          en: (error as AppError).text.en,
          details: (error as AppError).details,
        };
      }
      throw new Error('expected an error');
    };
    expect(fail(() => assertPairwiseMatrix([[1, 2], [0.5]]))).toEqual({
      field: 'matrix[1]',
      en: 'matrix[1]: has 1 values, expected 2',
      details: { analyzeCode: 'E_SHAPE' },
    });
    expect(
      fail(() =>
        analyzeAhp({
          matrix: [
            [1, -2],
            [0.5, 1],
          ],
        }),
      ).field,
    ).toBe('matrix[0][1]');
    expect(
      fail(() =>
        analyzeAhp({
          matrix: [
            [2, 2],
            [0.5, 1],
          ],
        }),
      ).field,
    ).toBe('matrix[0][0]');
    expect(
      fail(() =>
        analyzeAhp({
          matrix: [
            [1, 3],
            [0.5, 1],
          ],
        }),
      ).en,
    ).toBe('matrix[1][0]: must be the reciprocal of matrix[0][1], 1/3');
    expect(
      analyzeAhp({
        matrix: [
          [1, 3],
          [0.33, 1],
        ],
      }).consistent,
    ).toBe(true);
    expect(fail(() => analyzeAhp({ matrix: three, ri: [0, 0] })).field).toBe('ri');
    const big = Array.from({ length: 11 }, () => Array.from({ length: 11 }, () => 1));
    expect(fail(() => analyzeAhp({ matrix: big, riTable: 'donegan-dodd' })).en).toContain(
      'has no RI for n = 11',
    );
  });
});

describe('analyzeAhpGroup', () => {
  it('combines experts element-wise by geometric mean, keeping reciprocity', () => {
    const other = [
      [1, 1 / 5, 1 / 2],
      [5, 1, 2],
      [2, 1 / 2, 1],
    ];
    const combined = combineMatrices([three, other]);
    expect(combined[1]?.[0]).toBeCloseTo(Math.sqrt(15), 12);
    expect((combined[0]?.[1] ?? 0) * (combined[1]?.[0] ?? 0)).toBeCloseTo(1, 12);
    const r = analyzeAhpGroup({ matrices: [three, other] });
    close(r.weights, [0.1420882478, 0.5951463649, 0.2627653873], 9);
    expect(r.lambdaMax).toBeCloseTo(3.0061393442688615, 10);
    expect(r.consistent).toBe(true);
  });

  it('refuses experts with matrices of different sizes', () => {
    expect(() =>
      combineMatrices([
        three,
        [
          [1, 2],
          [0.5, 1],
        ],
      ]),
    ).toThrow(/expected 3×3/);
    expect(() => combineMatrices([])).toThrow(AppError);
  });
});

describe('analyzeAhpHierarchy', () => {
  it('reproduces the textbook composite weights of the three destinations', () => {
    const r = analyzeAhpHierarchy({ criteria, alternatives });
    close(r.composite, [0.3, 0.246, 0.456], 2);
    expect(r.composite.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
    close(r.alternatives[0]?.weights ?? [], [0.595, 0.276, 0.128], 3);
    expect(r.cr).toBeCloseTo(0.00267, 4);
    expect(r.consistent).toBe(true);
  });

  it('needs one alternatives matrix per criterion, all the same size', () => {
    expect(() => analyzeAhpHierarchy({ criteria, alternatives: alternatives.slice(1) })).toThrow(
      /one per criterion/,
    );
    expect(() => analyzeAhpHierarchy({ criteria: three, alternatives: [three, three, [[1]]] })).toThrow(
      /expected 3×3/,
    );
  });
});
