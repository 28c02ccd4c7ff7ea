import { describe, expect, it } from 'vitest';
import { type PeerContext, type RuleInput, scoreLeaf } from './evaluate.ts';
import { summariseComparison } from './peers.ts';
import type { ScoringRule } from './rule.schemas.ts';
import { defaultGradeLevels } from './rule-kinds.ts';

const points = (rule: ScoringRule, max: number, input: RuleInput, peers?: PeerContext) =>
  scoreLeaf(rule, max, input, peers).points;

describe('scoreLeaf — rank-based rules (DOMAIN.md §2.2–2.3)', () => {
  it('rankPoints: 1st–5th get 60/57/54/51/48', () => {
    const rule: ScoringRule = { kind: 'rankPoints', step: 3, minPoints: 0 };
    const values = [91, 88, 85.5, 80, 79];
    expect(values.map((value) => points(rule, 60, { value }, summariseComparison({ values })))).toEqual([
      60, 57, 54, 51, 48,
    ]);
    expect(scoreLeaf(rule, 60, { value: 88 }, summariseComparison({ values })).explanation).toEqual({
      zh: '在 5 个单位中排第 2 名，得 57 分',
      en: 'Ranked 2 of 5: 57 points',
    });
  });

  it('rankPoints: 20/19/18/17/16 with ties sharing the better place', () => {
    const rule: ScoringRule = { kind: 'rankPoints', step: 1, minPoints: 0 };
    const values = [7, 9, 9, 3, null, 5];
    expect(values.map((value) => points(rule, 20, { value }, summariseComparison({ values })))).toEqual([
      18,
      20,
      20,
      16,
      null,
      17,
    ]);
  });

  it('rankPoints never goes below its floor', () => {
    const rule: ScoringRule = { kind: 'rankPoints', step: 3, minPoints: 50 };
    const values = [1, 2, 3, 4, 5];
    expect(points(rule, 60, { value: 1 }, summariseComparison({ values }))).toBe(50);
  });

  it('rankFromBottom: the lowest staffing gets 2, then 1.9, 1.8 (−0.1 per place)', () => {
    const rule: ScoringRule = { kind: 'rankFromBottom', step: 0.1, minPoints: 0 };
    const values = [1.32, 1.05, 1.18, 1.6];
    expect(values.map((value) => points(rule, 2, { value }, summariseComparison({ values })))).toEqual([
      1.8, 2, 1.9, 1.7,
    ]);
  });

  it('proportionalToBest: 1st gets 6, the others 6 × ratio ÷ best', () => {
    const rule: ScoringRule = { kind: 'proportionalToBest', higherIsBetter: true };
    const values = [12.5, 10, 7.3];
    expect(values.map((value) => points(rule, 6, { value }, summariseComparison({ values })))).toEqual([
      6, 4.8, 3.5,
    ]);
    expect(scoreLeaf(rule, 6, { value: 10 }, summariseComparison({ values })).explanation.zh).toBe(
      '本单位 10，最优 12.5，得 6 × 10 ÷ 12.5 = 4.8 分',
    );
  });

  it('proportionalToBest with lower is better', () => {
    const rule: ScoringRule = { kind: 'proportionalToBest', higherIsBetter: false };
    const values = [2, 4, 0];
    expect(values.map((value) => points(rule, 4, { value }, summariseComparison({ values })))).toEqual([
      0, 0, 4,
    ]);
    expect(points(rule, 4, { value: 4 }, summariseComparison({ values: [2, 4] }))).toBe(2);
  });
});

describe('scoreLeaf — thresholds', () => {
  const share = (target: number, k: number): ScoringRule => ({
    kind: 'thresholdLinear',
    direction: 'atLeast',
    target,
    unit: 'percent',
    pointsPerUnit: k,
  });

  it('−0.1 per percentage point short of 20 % (S13 3.221)', () => {
    expect(points(share(0.2, 0.1), 1, { value: 0.25 })).toBe(1);
    expect(points(share(0.2, 0.1), 1, { value: 0.2 })).toBe(1);
    expect(points(share(0.2, 0.1), 1, { value: 0.17 })).toBe(0.7);
    expect(points(share(0.2, 0.1), 1, { value: 0.05 })).toBe(0);
    expect(scoreLeaf(share(0.2, 0.1), 1, { value: 0.17 }).explanation).toEqual({
      zh: '实际 17%，目标不低于 20%，低 3 个百分点，扣 0.3 分，得 0.7 分',
      en: 'Actual 17%, target at least 20%: 3 percentage points short, −0.3, 0.7 points',
    });
  });

  it('−0.2 per point below an 85 % use rate (common set C2.1)', () => {
    expect(points(share(0.85, 0.2), 4, { value: 0.8 })).toBe(3);
    expect(points(share(0.85, 0.2), 4, { value: 37 / 40 })).toBe(4);
  });

  it('average age at most the peers’ average, −0.5 per year above (S13 3.211)', () => {
    const rule: ScoringRule = {
      kind: 'thresholdLinear',
      direction: 'atMost',
      target: 'peerAverage',
      unit: 'absolute',
      pointsPerUnit: 0.5,
    };
    const values = [40, 42, 44];
    expect(points(rule, 2, { value: 40 }, summariseComparison({ values }))).toBe(2);
    expect(points(rule, 2, { value: 44 }, summariseComparison({ values }))).toBe(1);
    expect(points(rule, 2, { value: 44 }, summariseComparison({}))).toBeNull();
  });
});

describe('scoreLeaf — cases', () => {
  it('deductPerCase: −0.1 per late 实名制 entry, not below 0', () => {
    const rule: ScoringRule = { kind: 'deductPerCase', pointsPerCase: 0.1, maxDeduction: null };
    expect(points(rule, 4, { cases: 0 })).toBe(4);
    expect(points(rule, 4, { cases: 3 })).toBe(3.7);
    expect(points(rule, 4, { cases: 60 })).toBe(0);
    expect(scoreLeaf(rule, 4, { cases: 3 }).explanation.zh).toBe(
      '发现 3 例，每例扣 0.1 分，扣 0.3 分，得 3.7 分',
    );
    expect(scoreLeaf(rule, 4, { cases: 60 }).explanation.en).toBe(
      '60 case(s) at −0.1 each, not below 0: −4, 0 points',
    );
  });

  it('deductPerCase with a deduction cap (−0.5 per case, max 1)', () => {
    const rule: ScoringRule = { kind: 'deductPerCase', pointsPerCase: 0.5, maxDeduction: 1 };
    expect(points(rule, 1.5, { cases: 5 })).toBe(0.5);
    expect(scoreLeaf(rule, 1.5, { cases: 5 }).explanation.zh).toContain('最多扣 1 分');
  });

  it('deductTiered: one case −0.5, two or more → 0 (S13 3.241)', () => {
    const rule: ScoringRule = {
      kind: 'deductTiered',
      tiers: [
        { atLeast: 1, deduct: 0.5 },
        { atLeast: 2, deduct: 'all' },
      ],
    };
    expect([0, 1, 2, 7].map((cases) => points(rule, 1.5, { cases }))).toEqual([1.5, 1, 0, 0]);
  });

  it('bonusPerCase: +0.5 per approval item cut, at most the item cap', () => {
    const rule: ScoringRule = { kind: 'bonusPerCase', pointsPerCase: 0.5 };
    expect(points(rule, 3, { cases: 3 })).toBe(1.5);
    expect(points(rule, 3, { cases: 12 })).toBe(3);
    expect(scoreLeaf(rule, 3, { cases: 12 }).explanation.zh).toBe(
      '12 例，每例加 0.5 分，本项最多加 3 分，加 3 分',
    );
  });

  it('treats a missing count as no data, not as zero cases', () => {
    expect(scoreLeaf({ kind: 'deductPerCase', pointsPerCase: 1, maxDeduction: null }, 4, {})).toMatchObject({
      points: null,
      explanation: { zh: '无数据，无法计分' },
    });
  });
});

describe('scoreLeaf — other kinds', () => {
  it('manual keeps points within [0, max]', () => {
    expect(points({ kind: 'manual' }, 2, { points: 1.5 })).toBe(1.5);
    expect(scoreLeaf({ kind: 'manual' }, 2, { points: 3 })).toMatchObject({
      points: 2,
      explanation: { zh: '评分 3 分，超过满分按 2 分计' },
    });
  });

  it('grade gives the level’s share of the points, by Chinese or English label', () => {
    const rule: ScoringRule = { kind: 'grade', levels: defaultGradeLevels };
    expect(points(rule, 6, { grade: '较好' })).toBe(4.8);
    expect(points(rule, 6, { grade: 'Fair' })).toBe(3.6);
    expect(scoreLeaf(rule, 6, { grade: '优' })).toMatchObject({
      points: null,
      explanation: { zh: '等次“优”不在本规则中' },
    });
  });

  it('formula as a share or as points, clamped', () => {
    expect(points({ kind: 'formula', expression: 'useRate', output: 'fraction' }, 4, { value: 0.925 })).toBe(
      3.7,
    );
    expect(points({ kind: 'formula', expression: 'x', output: 'points' }, 2, { value: 2.5 })).toBe(2);
    expect(points({ kind: 'formula', expression: 'x', output: 'points' }, 2, { value: -1 })).toBe(0);
  });

  it('surveyRate: rate × points, or linear between two rates', () => {
    expect(points({ kind: 'surveyRate', zeroRate: 0, fullRate: 1 }, 5, { rate: 0.92 })).toBe(4.6);
    const band: ScoringRule = { kind: 'surveyRate', zeroRate: 0.6, fullRate: 0.95 };
    expect([0.5, 0.775, 0.97].map((rate) => points(band, 5, { rate }))).toEqual([0, 2.5, 5]);
  });

  it('fallbackAverage takes the peers’ average when the target has no data (S13 3.223)', () => {
    const rule: ScoringRule = {
      kind: 'fallbackAverage',
      base: {
        kind: 'thresholdLinear',
        direction: 'atLeast',
        target: 0.5,
        unit: 'percent',
        pointsPerUnit: 0.1,
      },
    };
    expect(points(rule, 1, { value: 0.45 }, summariseComparison({ points: [1, 0.8] }))).toBe(0.5);
    expect(
      scoreLeaf(rule, 1, { value: null }, summariseComparison({ points: [1, 0.8, 0.45] })),
    ).toMatchObject({
      points: 0.75,
      explanation: { zh: '无数据，取 3 个有数据单位的平均分 0.75 分' },
    });
    expect(points(rule, 1, {}, summariseComparison({ points: [] }))).toBeNull();
  });

  it('veto reports its effect when it occurred', () => {
    const rule: ScoringRule = { kind: 'veto', effect: 'capBelowExcellent' };
    expect(scoreLeaf(rule, 0, { triggered: true })).toMatchObject({ points: 0, veto: 'capBelowExcellent' });
    expect(scoreLeaf(rule, 0, { cases: 0 })).toMatchObject({ points: 0, veto: null });
    expect(scoreLeaf({ kind: 'veto', effect: 'forceLowest' }, 0, { cases: 1 }).veto).toBe('forceLowest');
    expect(scoreLeaf(rule, 0, {}).points).toBeNull();
  });
});
