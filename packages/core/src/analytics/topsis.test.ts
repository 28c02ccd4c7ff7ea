import { describe, expect, it } from 'vitest';
import { aircraft } from './mcda-fixtures.ts';
import { typedError } from './test-helpers.ts';
import { analyzeTopsis, ranksDescending } from './topsis.ts';

describe('TOPSIS', () => {
  // Hwang & Yoon (1981) fighter-aircraft example: the book's closeness is 0.643, 0.268, 0.614,
  // 0.312 (A1 > A3 > A4 > A2); full-precision values computed independently with numpy.
  it('reproduces Hwang & Yoon’s aircraft example with vector normalisation', () => {
    const out = analyzeTopsis(aircraft);
    const closeness = [0.643277, 0.26838357, 0.61354229, 0.31229107];
    out.closeness.forEach((c, i) => {
      expect(c).toBeCloseTo(closeness[i] ?? 0, 7);
    });
    expect(out.rank).toEqual([1, 4, 2, 3]);
    expect(out.dPlus[0]).toBeCloseTo(0.05455745, 8);
    expect(out.dMinus[1]).toBeCloseTo(0.04390273, 8);
  });

  it('supports min–max normalisation and normalises the weights to sum 1', () => {
    const out = analyzeTopsis({
      ...aircraft,
      weights: aircraft.weights.map((w) => w * 10),
      normalization: 'minmax',
    });
    const closeness = [0.61274818, 0.3660254, 0.53064194, 0.35168953]; // numpy
    out.closeness.forEach((c, i) => {
      expect(c).toBeCloseTo(closeness[i] ?? 0, 7);
    });
    out.closeness.forEach((c) => {
      expect(c >= 0 && c <= 1).toBe(true);
    });
  });

  it('lets ties share the smaller rank', () => {
    expect(ranksDescending([0.5, 0.9, 0.5, 0.1])).toEqual([2, 1, 2, 4]);
    const out = analyzeTopsis({
      matrix: [
        [1, 2],
        [3, 1],
        [1, 2],
      ],
      weights: [1, 1],
      benefit: [true, true],
      normalization: 'none',
    });
    expect(out.rank[0]).toBe(out.rank[2]);
  });

  it('refuses identical alternatives and malformed input', () => {
    const same = {
      matrix: [
        [1, 2],
        [1, 2],
      ],
      weights: [1, 1],
      benefit: [true, false],
    };
    expect(typedError(() => analyzeTopsis(same))).toBe('E_DEGENERATE matrix');
    expect(typedError(() => analyzeTopsis({ ...same, weights: [1] }))).toBe('E_SHAPE weights');
    expect(typedError(() => analyzeTopsis({ ...same, weights: [1, -1] }))).toBe('E_VALUE weights[1]');
    expect(typedError(() => analyzeTopsis({ ...same, benefit: [true, 'yes' as never] }))).toBe(
      'E_VALUE benefit[1]',
    );
    expect(typedError(() => analyzeTopsis({ ...same, normalization: 'l2' as never }))).toBe(
      'E_VALUE normalization',
    );
  });
});
