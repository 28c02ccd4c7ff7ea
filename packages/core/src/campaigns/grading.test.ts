import { describe, expect, it } from 'vitest';
import { CampaignGradingSchema, defaultGradeBands, gradeOf } from './grading.ts';
import { firstError } from './test-fixtures.ts';

describe('grading', () => {
  it('defaults to the bands of DOMAIN §2.5 and 100/80/60 %', () => {
    const grading = CampaignGradingSchema.parse({});
    expect(grading.fullMark).toBe(100);
    expect(grading.gradeBands).toEqual(defaultGradeBands);
    expect(grading.externalRatingMapping).toEqual({ good: 1, fairlyGood: 0.8, fair: 0.6 });
  });

  it('grades at the band edges, with vetoes', () => {
    expect([90, 89.99, 80, 79.99, 60, 59.99, 0, 104].map((s) => gradeOf(s, defaultGradeBands))).toEqual([
      'excellent',
      'good',
      'good',
      'pass',
      'pass',
      'fail',
      'fail',
      'excellent',
    ]);
    expect(gradeOf(95, defaultGradeBands, 'capBelowExcellent')).toBe('good');
    expect(gradeOf(70, defaultGradeBands, 'capBelowExcellent')).toBe('pass');
    expect(gradeOf(95, defaultGradeBands, 'forceLowest')).toBe('fail');
  });

  it('refuses bands out of order, not falling, not reaching 0 or above the full mark', () => {
    const band = (grade: string, min: number) => ({ grade, min });
    const order = firstError(CampaignGradingSchema, { gradeBands: [band('good', 80), band('excellent', 0)] });
    expect(order.field).toBe('gradeBands.1.grade');
    const flat = firstError(CampaignGradingSchema, {
      gradeBands: [band('excellent', 80), band('good', 80), band('fail', 0)],
    });
    expect(flat.field).toBe('gradeBands.1.min');
    expect(flat.text.zh).toContain('“良好”的下限应低于上一等次的 80 分');
    const gap = firstError(CampaignGradingSchema, { gradeBands: [band('excellent', 90), band('fail', 10)] });
    expect(gap.text.en).toContain('the lowest band must start at 0');
    const high = firstError(CampaignGradingSchema, { fullMark: 50, gradeBands: defaultGradeBands });
    expect(high.field).toBe('gradeBands.0.min');
    expect(high.text.zh).toContain('最高等次的下限不能超过满分 50 分');
  });

  it('refuses an external mapping that rewards a worse level more', () => {
    const error = firstError(CampaignGradingSchema, {
      externalRatingMapping: { good: 1, fairlyGood: 0.6, fair: 0.8 },
    });
    expect(error.field).toBe('externalRatingMapping.fair');
    expect(error.text.en).toContain('good ≥ fairly good ≥ fair');
  });
});
