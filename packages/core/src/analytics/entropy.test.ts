import { describe, expect, it } from 'vitest';
import { analyzeEntropy } from './entropy.ts';
import { aircraft } from './mcda-fixtures.ts';
import { typedError } from './test-helpers.ts';

describe('entropy weights', () => {
  // Data: Hwang & Yoon (1981) fighter-aircraft matrix. Expected values computed independently
  // with numpy (p = x'/Σx', e = −Σ p ln p / ln m with 0·ln 0 = 0, w = (1 − e)/Σ(1 − e)).
  it('reproduces the min–max (textbook) weights with a cost column', () => {
    const out = analyzeEntropy({ matrix: aircraft.matrix, benefit: aircraft.benefit });
    const expected = [0.15593793, 0.17389258, 0.1191055, 0.12613444, 0.13432649, 0.29060305];
    out.weights.forEach((w, j) => {
      expect(w).toBeCloseTo(expected[j] ?? 0, 7);
    });
    expect(out.entropy[4]).toBeCloseTo(0.75, 12); // min–max reliability column: 0.5, 0, 1, 0.5
    expect(out.weights.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 14);
  });

  it('uses raw shares with normalization "none" (Hwang & Yoon’s form)', () => {
    const out = analyzeEntropy({ matrix: aircraft.matrix, normalization: 'none' });
    const expected = [0.06418973, 0.20608816, 0.01344459, 0.08132563, 0.35868002, 0.27627186];
    out.weights.forEach((w, j) => {
      expect(w).toBeCloseTo(expected[j] ?? 0, 7);
    });
    expect(out.entropy[0]).toBeCloseTo(0.99468893, 7);
    out.divergence.forEach((d, j) => {
      expect(d).toBeCloseTo(1 - (out.entropy[j] ?? 0), 14);
    });
  });

  it('gives a constant column weight 0 and treats 0·ln 0 as 0', () => {
    const out = analyzeEntropy({
      matrix: [
        [1, 5, 0],
        [2, 5, 0],
        [3, 5, 9],
      ],
    });
    expect(out.weights[1]).toBe(0);
    expect(out.entropy[1]).toBe(1);
    // Column 3 normalises to 0, 0, 1: all mass on one alternative → entropy 0.
    expect(out.entropy[2]).toBeCloseTo(0, 14);
    expect(out.weights.every(Number.isFinite)).toBe(true);
  });

  it('refuses degenerate and malformed input with typed errors naming the field', () => {
    expect(
      typedError(() =>
        analyzeEntropy({
          matrix: [
            [1, 2],
            [1, 2],
          ],
        }),
      ),
    ).toBe('E_DEGENERATE matrix');
    expect(typedError(() => analyzeEntropy({ matrix: [[1, 2]] }))).toBe('E_SHAPE matrix');
    expect(typedError(() => analyzeEntropy({ matrix: [[1, 2], [3]] }))).toBe('E_SHAPE matrix[1]');
    expect(
      typedError(() =>
        analyzeEntropy({
          matrix: [
            [1, Number.NaN],
            [3, 4],
          ],
        }),
      ),
    ).toBe('E_VALUE matrix[0][1]');
    expect(
      typedError(() =>
        analyzeEntropy({
          matrix: [
            [1, -2],
            [3, 4],
          ],
          normalization: 'none',
        }),
      ),
    ).toBe('E_VALUE matrix[0][1]');
    expect(
      typedError(() =>
        analyzeEntropy({
          matrix: [
            [1, 2],
            [3, 4],
          ],
          benefit: [true],
        }),
      ),
    ).toBe('E_SHAPE benefit');
    expect(typedError(() => analyzeEntropy({ matrix: [] }))).toBe('E_SHAPE matrix');
  });
});
