import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../campaigns/prng.ts';
import { bestInSummary, rankInSummary, sameValue, summarisePeers } from './peers.ts';

/** The definitions, written the slow and obvious way: a pass over every target's value. */
const reference = {
  known: (values: readonly (number | null)[]) => values.filter((v): v is number => v !== null),
  rank(value: number, values: readonly (number | null)[], higherIsBetter: boolean) {
    const others = reference.known(values);
    const better = others.filter((v) => !sameValue(v, value) && (higherIsBetter ? v > value : v < value));
    return { rank: better.length + 1, of: Math.max(others.length, better.length + 1) };
  },
  best(value: number, values: readonly (number | null)[], higherIsBetter: boolean) {
    const all = [...reference.known(values), value];
    return higherIsBetter ? Math.max(...all) : Math.min(...all);
  },
  average(values: readonly (number | null)[]) {
    const present = reference.known(values);
    return present.length ? present.reduce((sum, v) => sum + v, 0) / present.length : null;
  },
};

describe('summarised peers', () => {
  it('rank, best and average as a pass over every value gives them, ties and rounding noise included (2,000 cases)', () => {
    const random = mulberry32(20261126);
    for (let k = 0; k < 2000; k++) {
      // Few distinct values (many ties), some written with binary noise (0.1 + 0.2 for 0.3).
      const values = Array.from({ length: Math.floor(random() * 12) }, () => {
        if (random() < 0.2) return null;
        const v = Math.round(random() * 40 - 5) / 20;
        return random() < 0.3 ? v + 1e-12 : v;
      });
      const value = random() < 0.5 ? (values.find((v) => v !== null) ?? 0.3) : 0.1 + 0.2;
      values.push(value);
      const summary = summarisePeers(values);
      for (const higherIsBetter of [true, false]) {
        const got = rankInSummary(value, summary, higherIsBetter);
        const want = reference.rank(value, values, higherIsBetter);
        if (got.rank !== want.rank || got.of !== want.of)
          expect(got, JSON.stringify({ value, values, higherIsBetter })).toEqual(want);
        expect(bestInSummary(value, summary, higherIsBetter)).toBe(
          reference.best(value, values, higherIsBetter),
        );
      }
      expect(summary.average).toBe(reference.average(values));
    }
  });

  it('ranks a value alone first of one, and has no average without data', () => {
    const empty = summarisePeers([null]);
    expect(rankInSummary(2, empty, true)).toEqual({ rank: 1, of: 1 });
    expect(bestInSummary(2, empty, false)).toBe(2);
    expect(empty.average).toBeNull();
  });
});
