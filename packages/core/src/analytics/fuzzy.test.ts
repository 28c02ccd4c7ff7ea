import { describe, expect, it } from 'vitest';
import { analyzeFuzzy, analyzeFuzzyTwoLevel } from './fuzzy.ts';
import { typedError } from './test-helpers.ts';

/**
 * 司守奎、孙玺菁《数学建模算法与应用》第 14 章 多层次模糊综合评判例 (the two-level case in
 * /work/shared/reference/fuzzy.json): the book prints the composite [0.288 0.354 0.2355 0.0865
 * 0.036] → 良好 (grade 1). The other operators' values on the first block were computed
 * independently with numpy.
 */
const blocks = [
  [
    [0.8, 0.15, 0.05, 0, 0],
    [0.2, 0.6, 0.1, 0.1, 0],
    [0.5, 0.4, 0.1, 0, 0],
    [0.1, 0.3, 0.5, 0.05, 0.05],
  ],
  [
    [0.3, 0.5, 0.15, 0.05, 0],
    [0.2, 0.2, 0.4, 0.1, 0.1],
    [0.4, 0.4, 0.1, 0.1, 0],
    [0.1, 0.3, 0.3, 0.2, 0.1],
    [0.3, 0.2, 0.2, 0.2, 0.1],
  ],
  [
    [0.1, 0.3, 0.5, 0.1, 0],
    [0.2, 0.3, 0.3, 0.1, 0.1],
    [0.2, 0.3, 0.35, 0.15, 0],
    [0.1, 0.3, 0.4, 0.1, 0.1],
    [0.1, 0.4, 0.3, 0.1, 0.1],
  ],
  [
    [0.3, 0.4, 0.2, 0.1, 0],
    [0.1, 0.4, 0.3, 0.1, 0.1],
    [0.2, 0.3, 0.4, 0.1, 0],
    [0.4, 0.3, 0.2, 0.1, 0],
  ],
];
const subWeights = [
  [0.2, 0.3, 0.3, 0.2],
  [0.3, 0.2, 0.1, 0.2, 0.2],
  [0.1, 0.2, 0.3, 0.2, 0.2],
  [0.3, 0.2, 0.2, 0.3],
];
const close = (got: number[], want: number[], digits = 12) =>
  want.forEach((w, j) => {
    expect(got[j]).toBeCloseTo(w, digits);
  });

describe('fuzzy comprehensive evaluation', () => {
  it('reproduces the textbook two-level evaluation with M(·,+)', () => {
    const out = analyzeFuzzyTwoLevel({
      weights: [0.4, 0.3, 0.2, 0.1],
      factors: blocks.map((membership, k) => ({ weights: subWeights[k] ?? [], membership })),
      gradeScores: [95, 85, 75, 65, 55],
    });
    close(out.vector, [0.288, 0.354, 0.2355, 0.0865, 0.036]);
    expect(out.grade).toBe(1); // 良好
    close(out.factors[1]?.vector ?? [], [0.25, 0.33, 0.235, 0.125, 0.06]);
    expect(out.normalized.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 14);
    expect(out.score).toBeCloseTo(0.288 * 95 + 0.354 * 85 + 0.2355 * 75 + 0.0865 * 65 + 0.036 * 55, 10);
  });

  it('applies each of the four operators', () => {
    const one = (operator: 'weighted-average' | 'min-max' | 'product-max' | 'min-sum') =>
      analyzeFuzzy({ weights: subWeights[0] ?? [], membership: blocks[0] ?? [], operator });
    close(one('weighted-average').vector, [0.39, 0.39, 0.17, 0.04, 0.01]);
    close(one('min-max').vector, [0.3, 0.3, 0.2, 0.1, 0.05]);
    close(one('product-max').vector, [0.16, 0.18, 0.1, 0.03, 0.01]);
    close(one('min-sum').vector, [0.8, 0.95, 0.45, 0.15, 0.05]);
    const minMax = one('min-max');
    close(
      minMax.normalized,
      [0.3, 0.3, 0.2, 0.1, 0.05].map((x) => x / 0.95),
    );
    expect(minMax.grade).toBe(0); // the first of equal maxima
    expect(one('min-sum').grade).toBe(1);
  });

  it('refuses malformed input with typed errors naming the field', () => {
    const ok = {
      weights: [0.5, 0.5],
      membership: [
        [0.5, 0.5],
        [0.2, 0.8],
      ],
    };
    expect(typedError(() => analyzeFuzzy({ ...ok, weights: [1] }))).toBe('E_SHAPE membership');
    expect(typedError(() => analyzeFuzzy({ ...ok, membership: [[0.5, 0.5], [0.2]] }))).toBe(
      'E_SHAPE membership[1]',
    );
    expect(
      typedError(() =>
        analyzeFuzzy({
          ...ok,
          membership: [
            [0.5, 1.5],
            [0.2, 0.8],
          ],
        }),
      ),
    ).toBe('E_VALUE membership[0][1]');
    expect(typedError(() => analyzeFuzzy({ ...ok, gradeScores: [1] }))).toBe('E_SHAPE gradeScores');
    expect(typedError(() => analyzeFuzzy({ ...ok, operator: 'max' as never }))).toBe('E_VALUE operator');
    expect(typedError(() => analyzeFuzzy({ weights: [0, 0], membership: ok.membership }))).toBe(
      'E_DEGENERATE membership',
    );
    expect(
      typedError(() =>
        analyzeFuzzyTwoLevel({
          weights: [1, 1],
          factors: [ok, { weights: [1], membership: [[0.1, 0.2, 0.7]] }],
        }),
      ),
    ).toBe('E_SHAPE factors[1].membership[0]');
  });
});
