import { describe, expect, it } from 'vitest';
import { capBonusTotal, strongestVeto } from './totals.ts';

describe('capBonusTotal', () => {
  it('keeps the bonus total within the set’s cap', () => {
    expect(capBonusTotal([1.5, 2, 3], 5)).toMatchObject({ total: 5, uncapped: 6.5, capped: true });
    expect(capBonusTotal([0.1, 0.2], 5)).toMatchObject({ total: 0.3, capped: false });
    expect(capBonusTotal([4, 4], null)).toMatchObject({ total: 8, capped: false });
  });
});

describe('strongestVeto', () => {
  it('lets 一票否决 outweigh 一票否优', () => {
    expect(strongestVeto([null, 'capBelowExcellent', 'forceLowest'])).toBe('forceLowest');
    expect(strongestVeto([null, 'capBelowExcellent'])).toBe('capBelowExcellent');
    expect(strongestVeto([null])).toBeNull();
  });
});
