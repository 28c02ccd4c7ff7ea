import { describe, expect, it } from 'vitest';
import { analyzeAhp } from './ahp.ts';
import {
  applyAhp,
  fillReciprocal,
  nearestSaatyValue,
  rankInconsistencies,
  saatyScale,
  weightsToPoints,
} from './ahp-weighting.ts';

describe('fillReciprocal', () => {
  it('fills the diagonal and the reciprocals from the upper triangle and lists missing pairs', () => {
    const { matrix, missing } = fillReciprocal([
      [null, 3, 5],
      [99, null, null],
      [0, 0, 0],
    ]);
    expect(matrix).toEqual([
      [1, 3, 5],
      [1 / 3, 1, 1],
      [1 / 5, 1, 1],
    ]);
    expect(missing).toEqual([[1, 2]]);
  });
});

describe('rankInconsistencies', () => {
  const d = [
    [1, 2, 4, 3],
    [1 / 2, 1, 2, 1 / 5],
    [1 / 4, 1 / 2, 1, 2],
    [1 / 3, 5, 1 / 2, 1],
  ];

  it('points at the comparisons that cause most of the inconsistency, with a better value', () => {
    const result = analyzeAhp({ matrix: d });
    expect(result.cr).toBeCloseTo(0.3674531, 6);
    const ranked = rankInconsistencies(d, result.weights);
    expect(ranked.map((x) => [x.row, x.column])).toEqual([
      [1, 3],
      [2, 3],
      [1, 2],
      [0, 3],
      [0, 2],
      [0, 1],
    ]);
    expect(ranked[0]).toMatchObject({ given: 0.2, suggested: 1 / 2 });
    expect(ranked[0]?.implied).toBeCloseTo(0.1514987242 / 0.2470545475, 6);
    expect(ranked[0]?.share).toBeCloseTo(1.3922460405 / (0.9921233724 * 4), 6);
    expect(ranked.reduce((s, x) => s + x.share, 0)).toBeCloseTo(1, 12);
  });

  it('finds nothing to blame in a consistent matrix', () => {
    const w = [0.5, 0.3, 0.2];
    const ranked = rankInconsistencies(
      w.map((a) => w.map((b) => a / b)),
      w,
    );
    expect(ranked.every((x) => x.share === 0)).toBe(true);
  });
});

describe('nearestSaatyValue', () => {
  it('rounds on the log scale within 1/9 … 9', () => {
    expect(nearestSaatyValue(2.9)).toBe(3);
    expect(nearestSaatyValue(0.3)).toBe(1 / 3);
    expect(nearestSaatyValue(40)).toBe(9);
    expect(nearestSaatyValue(1)).toBe(1);
    expect(saatyScale).toHaveLength(9);
  });
});

describe('weightsToPoints', () => {
  it('rounds to 0.5 with the sum kept exact (largest remainder)', () => {
    const points = weightsToPoints([0.2636, 0.4758, 0.0538, 0.0981, 0.1087], 25);
    expect(points).toEqual([6.5, 12, 1.5, 2.5, 2.5]);
    expect(points.reduce((s, p) => s + p, 0)).toBe(25);
  });

  it('gives tied remainders to the larger weight, then to the earlier child', () => {
    expect(weightsToPoints([1, 1, 1], 10)).toEqual([3.5, 3.5, 3]);
    expect(weightsToPoints([0.3, 0.3, 0.4], 1)).toEqual([0.5, 0, 0.5]);
  });

  it('puts an odd remainder on the heaviest child', () => {
    const points = weightsToPoints([0.2, 0.5, 0.3], 7.25);
    expect(points.reduce((s, p) => s + p, 0)).toBeCloseTo(7.25, 10);
    expect(points).toEqual([1.5, 3.75, 2]);
  });
});

describe('applyAhp', () => {
  const ids = ['a', 'b', 'c'];
  it('returns the weighting to keep with the set when consistent', () => {
    const applied = applyAhp({
      childIds: ids,
      matrices: [
        [
          [1, 1 / 3, 1 / 2],
          [3, 1, 3],
          [2, 1 / 3, 1],
        ],
      ],
      totalPoints: 10,
      appliedAt: '2025-01-02T03:04:05.000Z',
    });
    expect(applied.ok).toBe(true);
    expect(applied.ok && applied.weighting).toMatchObject({
      childIds: ids,
      points: [1.5, 6, 2.5],
      riTable: 'saaty1980',
    });
  });

  it('blocks an inconsistent matrix and names the worst comparisons', () => {
    const applied = applyAhp({
      childIds: ids,
      matrices: [
        [
          [1, 9, 1 / 9],
          [1 / 9, 1, 9],
          [9, 1 / 9, 1],
        ],
      ],
      totalPoints: 10,
      appliedAt: '2025-01-02T03:04:05.000Z',
    });
    expect(applied.ok).toBe(false);
    expect(!applied.ok && applied.message.zh).toBe(
      '一致性比率 CR = 6.13，不小于 0.1，判断矩阵需要调整后才能应用权重',
    );
    expect(!applied.ok && applied.inconsistencies).toHaveLength(3);
  });

  it('refuses matrices that do not fit the children', () => {
    expect(() =>
      applyAhp({
        childIds: ['a', 'b'],
        matrices: [
          [
            [1, 2, 3],
            [0.5, 1, 1],
            [1 / 3, 1, 1],
          ],
        ],
        totalPoints: 2,
        appliedAt: '',
      }),
    ).toThrow(RangeError);
  });
});
