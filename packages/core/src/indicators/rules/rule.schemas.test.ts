import { describe, expect, it } from 'vitest';
import { describeIssue } from '../../validation.ts';
import { ruleKinds } from '../vocabulary.ts';
import { ScoringRuleSchema } from './rule.schemas.ts';
import { comparesTargets, defaultRule, ruleInputOf, ruleKindsForRole } from './rule-kinds.ts';

const issues = (value: unknown) => {
  const result = ScoringRuleSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => describeIssue(i));
};

describe('ScoringRuleSchema', () => {
  it('accepts the default rule of every kind', () => {
    for (const kind of ruleKinds.codes)
      expect(ScoringRuleSchema.parse(defaultRule(kind))).toEqual(defaultRule(kind));
  });

  it('fills in defaults', () => {
    expect(ScoringRuleSchema.parse({ kind: 'deductPerCase', pointsPerCase: 0.5 })).toEqual({
      kind: 'deductPerCase',
      pointsPerCase: 0.5,
      maxDeduction: null,
    });
    expect(
      ScoringRuleSchema.parse({ kind: 'thresholdLinear', target: 0.2, pointsPerUnit: 0.1 }),
    ).toMatchObject({
      direction: 'atLeast',
      unit: 'percent',
    });
  });

  it('refuses an unknown kind and out-of-bounds parameters', () => {
    expect(issues({ kind: 'magic' })).toHaveLength(1);
    expect(issues({ kind: 'deductPerCase', pointsPerCase: 0 })[0]?.zh).toBe('pointsPerCase：应大于 0');
    expect(issues({ kind: 'deductPerCase', pointsPerCase: 0.123 })[0]?.en).toBe(
      'pointsPerCase: points have at most two decimals',
    );
    expect(
      issues({
        kind: 'grade',
        levels: [
          { label: { zh: '好' }, fraction: 1.2 },
          { label: { zh: '差' }, fraction: 0 },
        ],
      }),
    ).toHaveLength(1);
  });

  it('requires grades from best to worst with distinct labels', () => {
    const levels = [
      { label: { zh: '一般', en: '' }, fraction: 0.6 },
      { label: { zh: '一般', en: '' }, fraction: 1 },
    ];
    expect(issues({ kind: 'grade', levels }).map((m) => m.zh)).toEqual([
      'levels：等次名称不能重复',
      'levels.1.fraction：等次应从高到低排列，得分比例不能高于上一等次',
    ]);
  });

  it('requires tiers in increasing order of cases and deductions', () => {
    const tiers = [
      { atLeast: 2, deduct: 'all' },
      { atLeast: 2, deduct: 0.5 },
    ];
    expect(issues({ kind: 'deductTiered', tiers }).map((m) => m.en)).toEqual([
      'tiers.1.atLeast: each tier must start at more cases than the one before',
      'tiers.1.deduct: more cases cannot deduct less',
    ]);
  });

  it('checks a formula when the rule is saved, with position and zh/en message', () => {
    expect(issues({ kind: 'formula', expression: 'headcount / quotaa' })).toEqual([
      {
        zh: 'expression：第 13–18 个字符：没有名为“quotaa”的指标数据',
        en: 'expression: At characters 13–18: there is no measure “quotaa”',
      },
    ]);
    expect(issues({ kind: 'formula', expression: 'useRate > 0.85' })[0]?.en).toContain('must yield a number');
    expect(issues({ kind: 'formula', expression: 'if(quota > 0, headcount / quota, 0)' })).toEqual([]);
  });

  it('asks for ratio targets as fractions and survey rates in order', () => {
    expect(issues({ kind: 'thresholdLinear', target: 20, pointsPerUnit: 0.1 })[0]?.zh).toBe(
      'target：比例目标应写成小数，如 20% 写 0.2',
    );
    expect(issues({ kind: 'thresholdLinear', target: 20, unit: 'absolute', pointsPerUnit: 0.1 })).toEqual([]);
    expect(issues({ kind: 'surveyRate', zeroRate: 0.9, fullRate: 0.8 })).toHaveLength(1);
  });

  it('lets fallbackAverage wrap a scored rule but not a veto, a bonus or itself', () => {
    expect(issues({ kind: 'fallbackAverage', base: { kind: 'surveyRate' } })).toEqual([]);
    for (const base of [
      { kind: 'veto', effect: 'forceLowest' },
      { kind: 'bonusPerCase', pointsPerCase: 1 },
    ]) {
      expect(issues({ kind: 'fallbackAverage', base })).toHaveLength(1);
    }
  });
});

describe('rule kinds', () => {
  it('offers each role its kinds', () => {
    expect(ruleKindsForRole('veto')).toEqual(['veto']);
    expect(ruleKindsForRole('bonus')).toEqual(['manual', 'bonusPerCase', 'formula']);
    expect(ruleKindsForRole('scored')).not.toContain('bonusPerCase');
  });

  it('says what a scorer enters and whether targets are compared', () => {
    expect(ruleInputOf(defaultRule('grade'))).toBe('grade');
    expect(
      ruleInputOf({ kind: 'fallbackAverage', base: { kind: 'surveyRate', zeroRate: 0, fullRate: 1 } }),
    ).toBe('rate');
    expect(comparesTargets(defaultRule('rankPoints'))).toBe(true);
    expect(comparesTargets(defaultRule('thresholdLinear'))).toBe(false);
    expect(
      comparesTargets({
        kind: 'thresholdLinear',
        direction: 'atMost',
        target: 'peerAverage',
        unit: 'absolute',
        pointsPerUnit: 1,
      }),
    ).toBe(true);
  });
});
