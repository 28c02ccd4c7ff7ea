import { describe, expect, it } from 'vitest';
import { kendallW, midRanks } from './kendall-w.ts';
import { type ItemScore, raterLeniency, teamConcordance } from './rater-consistency.ts';

describe('Kendall’s W', () => {
  // ProofWiki, "Kendall's Coefficient of Concordance/Examples/Arbitrary Example 1": 4 judges rank
  // 3 competitors (X 1,1,2,3; Y 3,2,3,1; Z 2,3,1,2): rank sums 7, 9, 8, S = 2, W = 12·2 / (16·3·8) = 1/16.
  it('reproduces a published example without ties: W = 1/16', () => {
    const judges = [
      [1, 3, 2],
      [1, 2, 3],
      [2, 3, 1],
      [3, 1, 2],
    ];
    const out = kendallW(judges);
    expect(out.w).toBeCloseTo(1 / 16, 14);
    expect(out.chiSquare).toBeCloseTo(4 * 2 * (1 / 16), 14);
    expect(out.degreesOfFreedom).toBe(2);
  });

  // The data of the KENDALL subcommand example in the IBM SPSS Statistics manual (NPAR TESTS):
  // four judges (rows) score five items V1–V5. Worked by hand:
  //   judge 1: 2 5 4 5 1 → ranks 2, 4.5, 3, 4.5, 1   (one pair tied: 2³ − 2 = 6)
  //   judge 2: 3 3 4 5 3 → ranks 2, 2, 4, 5, 2       (a triple: 3³ − 3 = 24)
  //   judge 3: 3 4 4 6 2 → ranks 2, 3.5, 3.5, 5, 1   (6)
  //   judge 4: 2 4 3 6 2 → ranks 1.5, 4, 3, 5, 1.5   (6)
  // rank sums 7.5, 14, 13.5, 19.5, 5.5 around the mean 12: S = 20.25 + 4 + 2.25 + 56.25 + 42.25
  // = 125; ΣT = 42; W = 12·125 / (4²·(125 − 5) − 4·42) = 1500 / 1752 = 0.85616…
  // (without the tie correction 1500 / 1920 = 0.78125); χ² = 4 · 4 · W = 13.70 on 4 df.
  it('corrects for ties, as worked by hand on the SPSS manual’s example', () => {
    const out = kendallW([
      [2, 5, 4, 5, 1],
      [3, 3, 4, 5, 3],
      [3, 4, 4, 6, 2],
      [2, 4, 3, 6, 2],
    ]);
    expect(out.w).toBeCloseTo(1500 / 1752, 14);
    expect(out.chiSquare).toBeCloseTo((16 * 1500) / 1752, 12);
    expect(midRanks([3, 3, 4, 5, 3])).toEqual({ ranks: [2, 2, 4, 5, 2], tieTerm: 24 });
  });

  it('is 1 for full agreement and undefined when nothing can be ranked', () => {
    expect(
      kendallW([
        [10, 20, 30],
        [1, 2, 3],
      ]).w,
    ).toBeCloseTo(1, 14);
    expect(kendallW([[1, 2, 3]]).w).toBeNull();
    expect(
      kendallW([
        [5, 5],
        [7, 7],
      ]).w,
    ).toBeNull();
  });

  it('per team, uses the targets every member scored', () => {
    const [team] = teamConcordance([
      { teamId: 't1', raterId: 'a', targetId: 'x', score: 80 },
      { teamId: 't1', raterId: 'a', targetId: 'y', score: 90 },
      { teamId: 't1', raterId: 'a', targetId: 'z', score: 70 },
      { teamId: 't1', raterId: 'b', targetId: 'x', score: 81 },
      { teamId: 't1', raterId: 'b', targetId: 'y', score: 95 },
      { teamId: 't1', raterId: 'b', targetId: 'z', score: 60 },
      { teamId: 't1', raterId: 'b', targetId: 'only-b', score: 10 },
    ]);
    expect(team).toMatchObject({
      teamId: 't1',
      targetIds: ['x', 'y', 'z'],
      raterIds: ['a', 'b'],
      raters: 2,
      objects: 3,
    });
    expect(team?.w).toBeCloseTo(1, 14);
  });
});

describe('raterLeniency', () => {
  // Six targets, one item worth 10; each target's unit scores itself 6 (not an evaluator) and one
  // evaluator scores it 6 + d: deviations 0, ±0.5 and one evaluator giving 4 points more.
  const deviations = [0, 0.5, -0.5, 0, 0.5, -0.5, 4];
  const scores: ItemScore[] = deviations.flatMap((d, k) => [
    { raterId: null, source: 'self', targetId: `t${k}`, itemId: 'i', maxPoints: 10, points: 6 },
    { raterId: `e${k}`, source: 'onsite', targetId: `t${k}`, itemId: 'i', maxPoints: 10, points: 6 + d },
  ]);

  it('measures the mean deviation from the other sources as a share of the item’s points', () => {
    const out = raterLeniency(scores);
    expect(out.map((r) => r.leniency)).toEqual([0, 0.05, -0.05, 0, 0.05, -0.05, 0.4]);
    expect(out.every((r) => r.items === 1)).toBe(true);
  });

  it('flags the evaluator more than two standard deviations away, and only it', () => {
    const out = raterLeniency(scores);
    const mean = 0.4 / 7;
    const sd = Math.sqrt([0, 0.05, -0.05, 0, 0.05, -0.05, 0.4].reduce((a, l) => a + (l - mean) ** 2, 0) / 6);
    expect(out[6]?.z).toBeCloseTo((0.4 - mean) / sd, 12); // ≈ 2.19
    expect(out.filter((r) => r.outlier).map((r) => [r.raterId, r.direction])).toEqual([['e6', 'lenient']]);
  });

  it('flags nobody with fewer than three evaluators or without spread', () => {
    expect(raterLeniency(scores.slice(0, 4)).some((r) => r.z !== null)).toBe(false);
    const same = scores.map((s) => (s.raterId ? { ...s, points: 7 } : s));
    expect(raterLeniency(same).some((r) => r.outlier)).toBe(false);
  });

  it('leaves an evaluator without a comparable item out of the statistics', () => {
    const lone: ItemScore = {
      raterId: 'lone',
      source: 'onsite',
      targetId: 'tx',
      itemId: 'i',
      maxPoints: 10,
      points: 9,
    };
    const out = raterLeniency([...scores, lone]);
    expect(out.find((r) => r.raterId === 'lone')).toMatchObject({
      items: 0,
      leniency: null,
      z: null,
      outlier: false,
    });
  });
});
