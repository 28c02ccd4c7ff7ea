import { describe, expect, it } from 'vitest';
import { minimize } from './lp.ts';

describe('dense simplex', () => {
  it('solves the textbook production LP (Hillier & Lieberman’s Wyndor Glass: max 3x + 5y → 36 at (2, 6))', () => {
    const out = minimize({
      objective: [-3, -5],
      constraints: [
        { coefficients: [1, 0], relation: '<=', rhs: 4 },
        { coefficients: [0, 2], relation: '<=', rhs: 12 },
        { coefficients: [3, 2], relation: '<=', rhs: 18 },
      ],
    });
    expect(out.status).toBe('optimal');
    if (out.status !== 'optimal') return;
    expect(out.value).toBeCloseTo(-36, 10);
    expect(out.x[0]).toBeCloseTo(2, 10);
    expect(out.x[1]).toBeCloseTo(6, 10);
  });

  it('needs phase 1 for ≥ and = rows (the diet-type LP min 2x + 3y, x + y ≥ 4, x + 3y ≥ 6, x − y = 0 → 10)', () => {
    const out = minimize({
      objective: [2, 3],
      constraints: [
        { coefficients: [1, 1], relation: '>=', rhs: 4 },
        { coefficients: [1, 3], relation: '>=', rhs: 6 },
        { coefficients: [1, -1], relation: '=', rhs: 0 },
      ],
    });
    expect(out.status).toBe('optimal');
    if (out.status === 'optimal') expect(out.value).toBeCloseTo(10, 10);
  });

  it('reports infeasible and unbounded problems', () => {
    expect(
      minimize({
        objective: [1, 1],
        constraints: [
          { coefficients: [1, 1], relation: '<=', rhs: 1 },
          { coefficients: [1, 1], relation: '>=', rhs: 2 },
        ],
      }).status,
    ).toBe('infeasible');
    expect(
      minimize({ objective: [-1, 0], constraints: [{ coefficients: [1, -1], relation: '<=', rhs: 1 }] })
        .status,
    ).toBe('unbounded');
  });

  it('handles a negative right-hand side and a redundant equality', () => {
    const out = minimize({
      objective: [1, 2],
      constraints: [
        { coefficients: [-1, -1], relation: '<=', rhs: -3 }, // x + y ≥ 3
        { coefficients: [1, 1], relation: '=', rhs: 3 },
        { coefficients: [2, 2], relation: '=', rhs: 6 }, // the same row twice
      ],
    });
    expect(out.status).toBe('optimal');
    if (out.status === 'optimal') expect(out.x).toEqual([3, 0]);
  });

  it('optimises a second objective over the optimal face of the first', () => {
    // min −x − y on x + y ≤ 2 has a whole edge of optima; then max x picks (2, 0).
    const out = minimize(
      { objective: [-1, -1], constraints: [{ coefficients: [1, 1], relation: '<=', rhs: 2 }] },
      { secondary: [[-1, 0]] },
    );
    expect(out.status).toBe('optimal');
    if (out.status !== 'optimal') return;
    expect(out.values).toEqual([-2, -2]);
    expect(out.x).toEqual([2, 0]);
  });

  it('terminates on Beale’s cycling example (Bland’s rule after degenerate pivots)', () => {
    // Beale (1955): cycles under Dantzig's rule with naive tie-breaking; optimum −0.05.
    const out = minimize({
      objective: [-0.75, 150, -0.02, 6],
      constraints: [
        { coefficients: [0.25, -60, -0.04, 9], relation: '<=', rhs: 0 },
        { coefficients: [0.5, -90, -0.02, 3], relation: '<=', rhs: 0 },
        { coefficients: [0, 0, 1, 0], relation: '<=', rhs: 1 },
      ],
    });
    expect(out.status).toBe('optimal');
    if (out.status === 'optimal') expect(out.value).toBeCloseTo(-0.05, 10);
  });
});
