import { describe, expect, it } from 'vitest';
import { checkFormula } from './check.ts';
import { measureNames } from './measures.ts';
import { parseFormula } from './parse.ts';

const check = (source: string) => {
  const parsed = parseFormula(source);
  if (!parsed.ok) throw new Error(parsed.error.message.en);
  return checkFormula(parsed.expr, measureNames);
};

describe('checkFormula', () => {
  it('types arithmetic as a number and comparisons and logic as a condition', () => {
    expect(check('headcount / quota * 100')).toEqual({ type: 'number', errors: [] });
    expect(check('useRate >= 85% and overQuota == 0')).toEqual({ type: 'boolean', errors: [] });
    expect(check('if(quota > 0, headcount / quota, 0)').type).toBe('number');
    expect(check('if(quota > 0, useRate > 0.9, false)').type).toBe('boolean');
    expect(check('IF(quota > 0, 1, 0)').type).toBe('number');
  });

  it('refuses an unknown measure with its position and suggests the right spelling', () => {
    const { type, errors } = check('headcount / Quota');
    expect(type).toBeNull();
    expect(errors).toEqual([
      expect.objectContaining({
        code: 'unknownMeasure',
        start: 12,
        end: 17,
        message: {
          zh: '第 13–17 个字符：没有名为“Quota”的指标数据，是否是“quota”？',
          en: 'At characters 13–17: there is no measure “Quota”; did you mean “quota”?',
        },
      }),
    ]);
  });

  it('refuses an unknown function and a wrong number of arguments', () => {
    expect(check('sqrt(quota)').errors[0]).toMatchObject({ code: 'unknownFunction', start: 0, end: 4 });
    expect(check('clamp(quota, 0)').errors[0]?.message.zh).toBe(
      '第 1–15 个字符：clamp(x, lower, upper) 需要 3 个参数，这里有 2 个',
    );
    expect(check('min(quota)').errors[0]?.message.en).toContain('takes at least 2 arguments, not 1');
    expect(check('round(quota, 1, 2)').errors[0]?.message.en).toContain('takes 1 to 2 arguments, not 3');
  });

  it('refuses mixing numbers and conditions', () => {
    expect(check('quota + (headcount > 1)').errors[0]).toMatchObject({ code: 'typeMismatch', start: 8 });
    expect(check('if(quota, 1, 0)').errors[0]?.message.en).toBe(
      'At characters 4–8: argument 1 of if must be a condition (true/false), not a number',
    );
    expect(check('if(quota > 1, 1, quota > 2)').errors[0]?.code).toBe('typeMismatch');
    expect(check('not quota').errors[0]?.code).toBe('typeMismatch');
    expect(check('quota and headcount').errors).toHaveLength(2);
    expect(check('-(quota > 1)').errors[0]?.code).toBe('typeMismatch');
    expect(check('(quota > 1) < 2').errors[0]?.code).toBe('typeMismatch');
  });

  it('reports every problem, in source order', () => {
    const { errors } = check('foo + bar(1) + baz');
    expect(errors.map((e) => e.code)).toEqual(['unknownMeasure', 'unknownFunction', 'unknownMeasure']);
  });
});
