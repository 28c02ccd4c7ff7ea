import { describe, expect, it } from 'vitest';
import { comparePeers, figureStat, median } from './peer-comparison.ts';

const unit = (quota: number | null, headcount: number | null, workload: Record<string, number>) => ({
  quota,
  headcount,
  workload,
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('figureStat', () => {
  it('ranks from the highest, ties sharing the better rank, and leaves the unit out of the median', () => {
    expect(figureStat(10, [12, 10, 8, null])).toEqual({ self: 10, median: 10, rank: 2, of: 4 });
    expect(figureStat(20, [12, 10, 8])).toEqual({ self: 20, median: 10, rank: 1, of: 4 });
  });

  it('gives no rank to a unit without the figure', () => {
    expect(figureStat(null, [3, 5])).toEqual({ self: null, median: 4, rank: null, of: 2 });
    expect(figureStat(null, [])).toEqual({ self: null, median: null, rank: null, of: 0 });
  });
});

describe('comparePeers', () => {
  const self = unit(20, 16, { 办件量: 4000, budget: 300 });
  const peers = [
    unit(18, 18, { 办件量: 5400 }),
    unit(25, 20, { 办件量: 4000, budget: 420 }),
    unit(12, 10, { 办件量: 4500 }),
    unit(15, 0, { 办件量: 100 }),
  ];
  const result = comparePeers(self, peers, ['办件量', 'budget']);

  it('derives per-capita workload and quota per 1,000 workload', () => {
    expect(result.self.perCapita).toEqual({ 办件量: 250, budget: 18.75 });
    expect(result.self.quotaPer1000).toEqual({ 办件量: 5, budget: 66.667 });
    expect(result.peers[0]?.perCapita).toEqual({ 办件量: 300 });
    // Nobody on the books: no per-capita figure rather than infinity.
    expect(result.peers[3]?.perCapita).toEqual({});
  });

  it('places the unit among its peers: rank and peer median per figure', () => {
    const workload = result.measures.find((m) => m.measure === '办件量');
    // Per head: peers 300, 200, 450 → median 300; the unit's 250 ranks third of four.
    expect(workload?.perCapita).toEqual({ self: 250, median: 300, rank: 3, of: 4 });
    expect(workload?.value).toEqual({ self: 4000, median: 4250, rank: 3, of: 5 });
    expect(result.headcount).toEqual({ self: 16, median: 14, rank: 3, of: 5 });
    expect(result.quota).toEqual({ self: 20, median: 16.5, rank: 2, of: 5 });
    const budget = result.measures.find((m) => m.measure === 'budget');
    expect(budget?.perCapita).toEqual({ self: 18.75, median: 21, rank: 2, of: 2 });
  });
});
