import { describe, expect, it } from 'vitest';
import { compileFormula, previewFormula, summarizePreview } from './compile.ts';
import { measureCatalogue, sampleMeasures } from './measures.ts';

describe('compileFormula', () => {
  it('compiles against the registry catalogue and lists the measures used', () => {
    const compiled = compileFormula('if(quota > 0, max(0, 1 - overQuota / quota), 0)');
    expect(compiled).toMatchObject({ ok: true, type: 'number', measures: ['overQuota', 'quota'] });
  });

  it('requires a number unless told otherwise', () => {
    const compiled = compileFormula('useRate >= 85%');
    expect(compiled.ok).toBe(false);
    expect(!compiled.ok && compiled.errors[0]).toMatchObject({
      code: 'wrongResultType',
      message: { zh: '第 1–14 个字符：公式的结果应为数值；条件可写成 if(条件, 1, 0)' },
    });
    expect(compileFormula('useRate >= 85%', { expect: 'boolean' }).ok).toBe(true);
    expect(compileFormula('useRate', { expect: 'boolean' }).ok).toBe(false);
  });

  it('returns the syntax error or every type error', () => {
    expect(compileFormula('quota +')).toMatchObject({ ok: false, errors: [{ code: 'unexpectedEnd' }] });
    const compiled = compileFormula('foo + bar');
    expect(!compiled.ok && compiled.errors).toHaveLength(2);
  });
});

describe('previewFormula', () => {
  it('shows the value on the sample unit', () => {
    expect(previewFormula('headcount / quota').result).toEqual({ ok: true, value: 0.925 });
    expect(previewFormula('quota +').result).toBeNull();
  });

  it('evaluates on the measures given', () => {
    expect(previewFormula('headcount / quota', { headcount: 1, quota: 0 }).result?.ok).toBe(false);
  });

  it('summarizes a preview for the API', () => {
    expect(summarizePreview(previewFormula('headcount / quota'))).toEqual({
      ok: true,
      errors: [],
      measures: ['headcount', 'quota'],
      value: 0.925,
      evaluationError: null,
    });
    expect(summarizePreview(previewFormula('headcount / quota', { headcount: 1, quota: 0 }))).toMatchObject({
      ok: true,
      value: null,
      evaluationError: { code: 'divisionByZero' },
    });
    expect(summarizePreview(previewFormula('headcount /'))).toMatchObject({
      ok: false,
      value: null,
      evaluationError: null,
    });
  });
});

describe('the measure catalogue', () => {
  it('has unique identifiers the formula language can read', () => {
    const names = measureCatalogue.map((m) => m.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(compileFormula(name).ok).toBe(true);
  });

  it('has a consistent sample unit', () => {
    const s = sampleMeasures as Record<string, number>;
    const sum = (...names: string[]) => names.reduce((t, n) => t + (s[n] ?? 0), 0);
    const types = ['Administrative', 'PoliticalLegal', 'Institutional', 'WorkerAdmin'];
    expect(sum(...types.map((t) => `quota${t}`))).toBe(s.quota);
    expect(sum(...types.map((t) => `headcount${t}`))).toBe(s.headcount);
    expect(s.useRate).toBeCloseTo((s.headcount ?? 0) / (s.quota ?? 1), 10);
    expect(s.vacancyRate).toBeCloseTo((s.vacancy ?? 0) / (s.quota ?? 1), 10);
    expect(s.workloadPerHead).toBeCloseTo((s.workload ?? 0) / (s.headcount ?? 1), 10);
    expect(s.budgetPerHead).toBeCloseTo((s.budget ?? 0) / (s.headcount ?? 1), 2);
  });
});
