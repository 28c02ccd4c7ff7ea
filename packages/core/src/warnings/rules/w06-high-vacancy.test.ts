import { describe, expect, it } from 'vitest';
import { defaultWarningSettings as settings } from '../settings.ts';
import { buildSnapshot, type SnapshotOverrides } from '../test-snapshot.ts';
import { w06HighVacancy } from './w06-high-vacancy.ts';

const run = (overrides: SnapshotOverrides, s = settings) =>
  w06HighVacancy.evaluate(buildSnapshot(overrides), s, '2025-06-30');

describe('W06 空编率高', () => {
  it('warns at exactly 20 % for exactly 12 months (both bounds inclusive)', () => {
    const hits = run({
      quotas: { institutional: 10 },
      headcount: { institutional: 8 },
      monthsAtVacancyThreshold: 12,
    });
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({
      key: 'vacancy',
      severity: 'yellow',
      params: { approved: 10, actual: 8, vacant: 2, vacancyRate: 0.2, months: 12 },
      message: { zh: '编制总数 10 名，实有在编 8 名，空编 2 名，空编率 20%，已连续 12 个月不低于 20%' },
    });
  });

  it('counts 20 % exactly also where floating point would not (3 of 15)', () => {
    expect(
      run({ quotas: { institutional: 15 }, headcount: { institutional: 12 }, monthsAtVacancyThreshold: 12 }),
    ).toHaveLength(1);
  });

  it('does not warn just below 20 % or before 12 months', () => {
    expect(
      run({ quotas: { institutional: 50 }, headcount: { institutional: 41 }, monthsAtVacancyThreshold: 24 }),
    ).toEqual([]);
    expect(
      run({ quotas: { institutional: 10 }, headcount: { institutional: 5 }, monthsAtVacancyThreshold: 11 }),
    ).toEqual([]);
  });

  it('adds up all staffing types', () => {
    const hits = run({
      quotas: { administrative: 6, workerAdmin: 4 },
      headcount: { administrative: 6, workerAdmin: 1 },
      monthsAtVacancyThreshold: 13,
    });
    expect(hits[0]?.params).toMatchObject({ approved: 10, actual: 7, vacant: 3 });
  });

  it('gives info when the unit is exactly full', () => {
    const hits = run({ quotas: { administrative: 10 }, headcount: { administrative: 10 } });
    expect(hits).toEqual([
      expect.objectContaining({ key: 'full', severity: 'info', params: { approved: 10, actual: 10 } }),
    ]);
  });

  it('stays silent with zero quota (no rate to compute) and when over quota', () => {
    expect(run({ quotas: {}, headcount: {}, monthsAtVacancyThreshold: 99 })).toEqual([]);
    expect(run({ quotas: {}, headcount: { institutional: 3 }, monthsAtVacancyThreshold: 99 })).toEqual([]);
    expect(run({ quotas: { administrative: 5 }, headcount: { administrative: 6 } })).toEqual([]);
  });

  it('uses the region threshold and months', () => {
    const strict = { ...settings, vacancyRateThreshold: 0.1, vacancyMonths: 6 };
    const overrides = {
      quotas: { administrative: 10 },
      headcount: { administrative: 9 },
      monthsAtVacancyThreshold: 6,
    };
    expect(run(overrides)).toEqual([]);
    expect(run(overrides, strict)).toHaveLength(1);
  });

  it('is silent for an abolished unit', () => {
    expect(run({ unit: { status: 'abolished' }, quotas: { administrative: 10 }, headcount: {} })).toEqual([]);
  });
});
