import { describe, expect, it } from 'vitest';
import { describeRule } from './describe.ts';
import { defaultGradeLevels } from './rule-kinds.ts';

describe('describeRule', () => {
  it('describes per-case deductions as a score sheet says them', () => {
    expect(describeRule({ kind: 'deductPerCase', pointsPerCase: 0.5, maxDeduction: null })).toEqual({
      zh: '每发现一例扣 0.5 分，扣完为止',
      en: '−0.5 per case, not below 0',
    });
    expect(describeRule({ kind: 'deductPerCase', pointsPerCase: 0.5, maxDeduction: 1 })).toEqual({
      zh: '每发现一例扣 0.5 分，最多扣 1 分',
      en: '−0.5 per case, at most −1 in all',
    });
  });

  it('spells out the grade points when the indicator’s points are known', () => {
    expect(describeRule({ kind: 'grade', levels: defaultGradeLevels }, 6)).toEqual({
      zh: '按等次折算满分：好 100%、较好 80%、一般 60%、差 0%（即 6、4.8、3.6、0 分）',
      en: 'By grade, as a share of the points: Good 100%, Fairly good 80%, Fair 60%, Poor 0% (6, 4.8, 3.6, 0 points)',
    });
  });

  it('describes tiers with their ranges of cases', () => {
    expect(
      describeRule({
        kind: 'deductTiered',
        tiers: [
          { atLeast: 1, deduct: 0.5 },
          { atLeast: 2, deduct: 'all' },
        ],
      }),
    ).toEqual({ zh: '出现 1 例扣 0.5 分；2 例及以上不得分', en: '1 case −0.5; 2 or more cases → 0' });
    expect(
      describeRule({
        kind: 'deductTiered',
        tiers: [
          { atLeast: 1, deduct: 0.5 },
          { atLeast: 3, deduct: 1 },
        ],
      }).en,
    ).toBe('1–2 cases −0.5; 3 or more cases −1');
  });

  it('describes bonuses with the item cap', () => {
    expect(describeRule({ kind: 'bonusPerCase', pointsPerCase: 0.5 }, 3).zh).toBe(
      '每例加 0.5 分，本项最多加 3 分，并受整套加分上限约束',
    );
  });

  it('describes thresholds in percentage points or units, fixed or against peers', () => {
    expect(
      describeRule({
        kind: 'thresholdLinear',
        direction: 'atLeast',
        target: 0.2,
        unit: 'percent',
        pointsPerUnit: 0.1,
      }),
    ).toEqual({
      zh: '不低于 20% 得满分，每低 1 个百分点扣 0.1 分，扣完为止',
      en: 'Full points at 20% or more; −0.1 per percentage point short, not below 0',
    });
    expect(
      describeRule({
        kind: 'thresholdLinear',
        direction: 'atMost',
        target: 'peerAverage',
        unit: 'absolute',
        pointsPerUnit: 0.5,
      }),
    ).toEqual({
      zh: '不高于同类平均水平得满分，每高 1 扣 0.5 分，扣完为止',
      en: 'Full points at the peer average or less; −0.5 per unit over, not below 0',
    });
  });

  it('describes ranks with the first places’ points', () => {
    expect(describeRule({ kind: 'rankPoints', step: 3, minPoints: 0 }, 60)).toEqual({
      zh: '按数值由高到低排名：第 1、2、3 名分别得 60、57、54 分，每后一名减 3 分，减完为止；并列名次得分相同',
      en: 'Ranked by value, highest first: 1st, 2nd, 3rd get 60, 57, 54, each next place 3 less, not below 0; ties share a place',
    });
    expect(describeRule({ kind: 'rankFromBottom', step: 0.1, minPoints: 1 }).zh).toBe(
      '按数值由低到高排名：第 1 名得满分，每后一名减 0.1 分，最低 1 分；并列名次得分相同',
    );
  });

  it('describes every kind in both languages', () => {
    const rules = [
      { kind: 'manual' },
      { kind: 'proportionalToBest', higherIsBetter: false },
      { kind: 'formula', expression: 'if(overQuota > 0, 0, 1)', output: 'fraction' },
      { kind: 'formula', expression: 'max(0, 2 - nonQuotaHeadcount)', output: 'points' },
      { kind: 'surveyRate', zeroRate: 0, fullRate: 1 },
      { kind: 'surveyRate', zeroRate: 0.6, fullRate: 0.95 },
      { kind: 'fallbackAverage', base: { kind: 'manual' } },
      { kind: 'veto', effect: 'capBelowExcellent' },
      { kind: 'veto', effect: 'forceLowest' },
    ] as const;
    for (const rule of rules) {
      for (const max of [null, 4]) {
        const text = describeRule(rule, max);
        expect(text.zh).toMatch(/[\u4e00-\u9fff]/);
        expect(text.en).toMatch(/^[\x20-\x7e–−→’×÷≤≥%]+$/);
      }
    }
    expect(describeRule({ kind: 'surveyRate', zeroRate: 0.6, fullRate: 0.95 }).zh).toBe(
      '满意率达到 95% 得满分，不高于 60% 不得分，其间按比例折算',
    );
    expect(describeRule({ kind: 'fallbackAverage', base: { kind: 'manual' } }, 2).zh).toBe(
      '评估人员在 0 至 2 分之间直接评分；无数据时取有数据单位得分的平均值',
    );
  });
});
