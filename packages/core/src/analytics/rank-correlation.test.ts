import { describe, expect, it } from 'vitest';
import { kendallTauB, midRanks, spearmanRho } from './rank-correlation.ts';
import { typedError } from './test-helpers.ts';

describe('rank correlation', () => {
  // Wikipedia, "Spearman's rank correlation coefficient", worked example (IQ vs hours of TV per
  // week, 10 people, no ties): Σd² = 194, ρ = 1 − 6·194 / (10·99) = −29/165.
  const iq = [106, 100, 86, 101, 99, 103, 97, 113, 112, 110];
  const tv = [7, 27, 2, 50, 28, 29, 20, 12, 6, 17];

  it('reproduces the textbook Spearman ρ', () => {
    expect(spearmanRho(iq, tv)).toBeCloseTo(-29 / 165, 12);
  });

  it('gives mid-ranks to ties', () => {
    expect(midRanks([10, 20, 20, 5, 20])).toEqual([2, 4, 4, 1, 4]);
  });

  // SciPy documentation, scipy.stats.kendalltau example (τ-b with ties in both variables):
  // x = [12, 2, 1, 12, 2], y = [1, 4, 7, 1, 0] → τ = −0.47140452079103173. By hand: 10 pairs,
  // C = 2, D = 6, pairs tied in x: 2 ((12,12), (2,2)), tied in y: 1 ((1,1), also tied in x);
  // τ-b = (2 − 6) / √((10 − 2)(10 − 1)) = −4/√72.
  it('reproduces tau-b with ties', () => {
    const tau = kendallTauB([12, 2, 1, 12, 2], [1, 4, 7, 1, 0]);
    expect(tau).toBeCloseTo(-0.47140452079103173, 12);
    expect(tau).toBeCloseTo(-4 / Math.sqrt(72), 12);
  });

  it('is tau-a without ties (the TV example: C − D over 45 pairs)', () => {
    // 20 concordant, 25 discordant pairs (no ties, so τ-b = τ-a); scipy.stats.kendalltau agrees: −0.1111.
    expect(kendallTauB(iq, tv)).toBeCloseTo(-5 / 45, 12);
  });

  it('is 1 for the same order and −1 for the reverse, null for a constant variable', () => {
    expect(spearmanRho([1, 2, 3], [10, 20, 30])).toBe(1);
    expect(kendallTauB([1, 2, 3], [3, 2, 1])).toBe(-1);
    expect(spearmanRho([1, 1, 1], [1, 2, 3])).toBeNull();
    expect(kendallTauB([1, 2, 3], [4, 4, 4])).toBeNull();
  });

  it('refuses mismatched or too short input with a typed error', () => {
    expect(typedError(() => spearmanRho([1, 2], [1]))).toBe('E_SHAPE y');
    expect(typedError(() => kendallTauB([1], [1]))).toBe('E_SHAPE x');
    expect(typedError(() => kendallTauB([1, Number.NaN], [1, 2]))).toBe('E_VALUE x[1]');
  });
});
