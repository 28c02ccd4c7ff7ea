import { describe, expect, it } from 'vitest';
import { compileFormula } from './compile.ts';
import { evaluateFormula, type MeasureValues } from './evaluate.ts';

const run = (source: string, measures: MeasureValues = {}) => {
  const known = new Set(Object.keys(measures));
  const asNumber = compileFormula(source, { measures: known });
  const compiled = asNumber.ok ? asNumber : compileFormula(source, { measures: known, expect: 'boolean' });
  if (!compiled.ok) throw new Error(compiled.errors[0]?.message.en);
  return evaluateFormula(compiled.expr, measures);
};
const value = (source: string, measures: MeasureValues = {}) => {
  const result = run(source, measures);
  if (!result.ok) throw new Error(result.error.message.en);
  return result.value;
};

describe('evaluateFormula', () => {
  it('computes arithmetic with the usual precedence', () => {
    expect(value('1 + 2 * 3')).toBe(7);
    expect(value('-2 * -3')).toBe(6);
    expect(value('(1 + 2) * 3 / 4')).toBe(2.25);
    expect(value('85%')).toBe(0.85);
  });

  it('reads measures', () => {
    expect(value('headcount / quota', { headcount: 37, quota: 40 })).toBe(0.925);
  });

  it('calls the functions', () => {
    expect(value('min(3, 1, 2) + max(3, 1, 2)')).toBe(4);
    expect(value('clamp(1.4, 0, 1) + clamp(-1, 0, 1)')).toBe(1);
    expect(value('abs(-2.5)')).toBe(2.5);
    expect(value('round(2.675, 2)')).toBe(2.68);
    expect(value('round(2.5)')).toBe(3);
    expect(value('round(-2.5)')).toBe(-3);
    expect(value('if(2 > 1, 10, 20)')).toBe(10);
  });

  it('compares with tolerance for rounding noise', () => {
    expect(value('0.1 + 0.2 == 0.3')).toBe(true);
    expect(value('0.1 + 0.2 > 0.3')).toBe(false);
    expect(value('1 != 2 and 2 <= 2 and 3 >= 3 and 1 < 2')).toBe(true);
    expect(value('not (1 > 2) or false')).toBe(true);
  });

  it('returns a clear error value for a division by zero, not Infinity', () => {
    const result = run('headcount / quota', { headcount: 3, quota: 0 });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'divisionByZero',
        start: 12,
        end: 17,
        message: {
          zh: '第 13–17 个字符：除数为 0，无法计算（可用 if 先判断除数是否大于 0）',
          en: 'At characters 13–17: division by zero (check the divisor with if first)',
        },
      },
    });
  });

  it('evaluates only the branch if takes, and short-circuits and/or', () => {
    expect(value('if(quota > 0, headcount / quota, 0)', { quota: 0, headcount: 3 })).toBe(0);
    expect(value('quota > 0 and headcount / quota > 0.5', { quota: 0, headcount: 3 })).toBe(false);
    expect(value('quota == 0 or headcount / quota > 0.5', { quota: 0, headcount: 3 })).toBe(true);
  });

  it('reports a measure the unit has no value for', () => {
    const result = run('nonQuotaHeadcount - nonQuotaCap', { nonQuotaHeadcount: 4, nonQuotaCap: null });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatchObject({ code: 'missingMeasure', start: 20, end: 31 });
    expect(!result.ok && result.error.message.zh).toContain(
      '该单位没有“编外用工控制数”（nonQuotaCap）的数据',
    );
  });

  it('refuses bad function arguments at run time', () => {
    expect(run('clamp(1, 2, 0)').ok).toBe(false);
    expect(run('round(1.234, 1.5)')).toMatchObject({ ok: false, error: { code: 'badArgument' } });
  });

  it('refuses results out of range', () => {
    expect(run('big * big', { big: 1e200 })).toMatchObject({ ok: false, error: { code: 'notFinite' } });
  });
});
