import { describe, expect, it } from 'vitest';
import { fitRegression, predict, studentTCdf, studentTQuantile } from './regression.ts';
import { typedError } from './test-helpers.ts';

// Montgomery, Peck & Vining, Introduction to Linear Regression Analysis (5th ed., Wiley 2012),
// Example 3.1 / Table 3.2, the soft-drink delivery time data: y = delivery time (min),
// x1 = cases stocked, x2 = distance walked (ft). Printed results: β̂ = (2.34123, 1.61591, 0.01438),
// MS_Res = 10.6239, R² = 0.9596; Example 3.12 (95 % prediction interval at x1 = 8, x2 = 275):
// ŷ₀ = 19.22, x₀'(X'X)⁻¹x₀ = 0.05346, 12.28 ≤ y₀ ≤ 26.16.
const delivery = [
  [16.68, 7, 560],
  [11.5, 3, 220],
  [12.03, 3, 340],
  [14.88, 4, 80],
  [13.75, 6, 150],
  [18.11, 7, 330],
  [8.0, 2, 110],
  [17.83, 7, 210],
  [79.24, 30, 1460],
  [21.5, 5, 605],
  [40.33, 16, 688],
  [21.0, 10, 215],
  [13.5, 4, 255],
  [19.75, 6, 462],
  [24.0, 9, 448],
  [29.0, 10, 776],
  [15.35, 6, 200],
  [19.0, 7, 132],
  [9.5, 3, 36],
  [35.1, 17, 770],
  [17.9, 10, 140],
  [52.32, 26, 810],
  [18.75, 9, 450],
  [19.83, 8, 635],
  [10.75, 4, 150],
] as const;
const deliveryX = delivery.map(([, cases, distance]) => [cases, distance]);
const deliveryY = delivery.map(([time]) => time);

describe('Student t quantile', () => {
  it('matches printed table values', () => {
    expect(studentTQuantile(0.975, 10)).toBeCloseTo(2.228138851986274, 12);
    // The brief quotes 2.015048372669157 (R's qt, Hill's algorithm, ~7e-10 off); the 30-digit
    // root of the incomplete-beta CDF (mpmath) is 2.01504837333302423784.
    expect(studentTQuantile(0.95, 5)).toBeCloseTo(2.015048372669157, 8);
    expect(studentTQuantile(0.95, 5)).toBeCloseTo(2.015048373333024, 13);
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(12.706204736174698, 10);
    expect(studentTQuantile(0.975, 22)).toBeCloseTo(2.073873067904015, 12);
    expect(studentTQuantile(0.95, 120)).toBeCloseTo(1.657650899355236, 12);
    expect(studentTQuantile(0.025, 10)).toBeCloseTo(-2.228138851986274, 12);
  });

  it('is the inverse of the CDF', () => {
    for (const nu of [1, 2, 3, 7, 30, 200])
      for (const p of [0.6, 0.9, 0.95, 0.975, 0.995])
        expect(studentTCdf(studentTQuantile(p, nu), nu)).toBeCloseTo(p, 12);
  });
});

describe('OLS regression', () => {
  it('reproduces the delivery-time example (Montgomery et al., Example 3.1)', () => {
    const fit = fitRegression({ x: deliveryX, y: deliveryY });
    expect(fit.coefficients[0]).toBeCloseTo(2.34123, 4);
    expect(fit.coefficients[1]).toBeCloseTo(1.61591, 4);
    expect(fit.coefficients[2]).toBeCloseTo(0.01438, 5);
    expect(fit.residualStandardError ** 2).toBeCloseTo(10.6239, 3);
    expect(fit.rSquared).toBeCloseTo(0.9596, 4);
    expect(fit.degreesOfFreedom).toBe(22);
    // Printed standard errors (Example 3.4 / Table 3.4): 1.09673, 0.17073, 0.00361.
    expect(fit.standardErrors[0]).toBeCloseTo(1.09673, 4);
    expect(fit.standardErrors[1]).toBeCloseTo(0.17073, 4);
    expect(fit.standardErrors[2]).toBeCloseTo(0.00361, 5);
  });

  it('gives the printed 95 % prediction interval (Example 3.12)', () => {
    const fit = fitRegression({ x: deliveryX, y: deliveryY });
    const p = predict(fit, [8, 275], 0.95);
    expect(p.estimate).toBeCloseTo(19.22, 2);
    expect(p.lower).toBeCloseTo(12.28, 2);
    expect(p.upper).toBeCloseTo(26.16, 2);
    const p90 = predict(fit, [8, 275], 0.9);
    expect(p90.lower).toBeGreaterThan(p.lower);
    expect(p90.upper).toBeLessThan(p.upper);
    expect(p90.t).toBeCloseTo(studentTQuantile(0.95, 22), 14);
  });

  it('fits a line exactly through collinear points with a zero-width interval', () => {
    const fit = fitRegression({ x: [[1], [2], [3], [4]], y: [3, 5, 7, 9] });
    expect(fit.coefficients[0]).toBeCloseTo(1, 12);
    expect(fit.coefficients[1]).toBeCloseTo(2, 12);
    expect(fit.rSquared).toBeCloseTo(1, 12);
    const p = predict(fit, [10]);
    expect(p.estimate).toBeCloseTo(21, 10);
    expect(p.upper - p.lower).toBeCloseTo(0, 8);
  });

  it('refuses bad input with typed errors naming the field', () => {
    expect(typedError(() => fitRegression({ x: [[1], [2]], y: [1, 2] }))).toBe('E_SHAPE x');
    expect(
      typedError(() =>
        fitRegression({
          x: [
            [1, 2],
            [2, 3],
            [3, 1],
          ],
          y: [1, 2, 3],
        }),
      ),
    ).toBe('E_SHAPE x');
    expect(typedError(() => fitRegression({ x: [[1], [2], [3]], y: [1, 2] }))).toBe('E_SHAPE y');
    expect(typedError(() => fitRegression({ x: [[1], [Number.NaN], [3]], y: [1, 2, 3] }))).toBe(
      'E_VALUE x[1][0]',
    );
    expect(typedError(() => fitRegression({ x: [[1], [2], [3]], y: [1, Number.NaN, 3] }))).toBe(
      'E_VALUE y[1]',
    );
    expect(typedError(() => fitRegression({ x: [[2], [2], [2], [2]], y: [1, 2, 3, 4] }))).toBe(
      'E_DEGENERATE x',
    );
    const collinear = [
      [1, 2],
      [2, 4],
      [3, 6],
      [4, 8],
      [5, 10],
    ];
    expect(typedError(() => fitRegression({ x: collinear, y: [1, 3, 2, 5, 4] }))).toBe('E_DEGENERATE x');
    const fit = fitRegression({ x: [[1], [2], [3], [5]], y: [1, 2, 4, 4] });
    expect(typedError(() => predict(fit, [1, 2]))).toBe('E_SHAPE x');
  });
});
