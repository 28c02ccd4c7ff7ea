import { describe, expect, it } from 'vitest';
import { warningRuleList } from './rules/all-rules.ts';
import { describeWarningRules, scanUnits, warningRules } from './scan.ts';
import { defaultWarningSettings, resolveSettings } from './settings.ts';
import { buildPerson, buildSnapshot } from './test-snapshot.ts';
import {
  UnitSnapshotSchema,
  WarningHitSchema,
  WarningRuleInfoSchema,
  WarningSettingsOverrideSchema,
  WarningSettingsSchema,
  warningCodes,
} from './warnings.schemas.ts';

const today = '2025-06-30';

describe('scanUnits', () => {
  it('runs every rule per unit, then the cross-unit duplicates, all valid against the schema', () => {
    const overQuota = buildSnapshot({
      unit: { id: 'A', name: '甲局' },
      quotas: { administrative: 10 },
      headcount: { administrative: 12 },
      nonQuota: { cap: 2, headcount: 3 },
      staff: [buildPerson({ id: 'a1' })],
    });
    const abolished = buildSnapshot({
      unit: { id: 'B', name: '乙中心', status: 'abolished', kind: 'publicWelfare1' },
      quotas: {},
      headcount: { institutional: 5 },
      staff: [buildPerson({ id: 'b1', unitId: 'B', workUnitId: 'B' })],
    });
    const hits = scanUnits([overQuota, abolished], () => defaultWarningSettings, today);
    expect(hits.map((h) => `${h.unitId} ${h.code} ${h.key}`)).toEqual([
      'A W01 administrative',
      'A W12 nonQuota',
      'A W13 duplicateId:a1',
      'B W13 duplicateId:b1',
    ]);
    for (const hit of hits) expect(WarningHitSchema.parse(hit)).toEqual(hit);
  });

  it('gives an abolished unit data-quality hits only', () => {
    const hits = scanUnits(
      [
        buildSnapshot({
          unit: { status: 'abolished', creditCode: '91110000802100433A', kind: 'publicWelfare1' },
          quotas: {},
          headcount: { institutional: 3 },
          leaderPosts: { unitHead: { approved: 0, actual: 2 } },
          staff: [buildPerson({ staffingType: 'administrative', idNumber: '110105194912310021' })],
        }),
      ],
      () => defaultWarningSettings,
      today,
    );
    expect(hits.map((h) => [h.code, h.key])).toEqual([
      ['W13', 'creditCode'],
      ['W13', 'idNumber:p1'],
    ]);
  });

  it('asks for the settings of each region once and applies them', () => {
    const asked: string[] = [];
    const strict = resolveSettings(defaultWarningSettings, { vacancyRateThreshold: 0.05, vacancyMonths: 1 });
    const snapshot = (id: string, regionCode: string) =>
      buildSnapshot({
        unit: { id, regionCode },
        quotas: { administrative: 10 },
        headcount: { administrative: 9 },
        monthsAtVacancyThreshold: 3,
      });
    const hits = scanUnits(
      [snapshot('x1', '370181'), snapshot('x2', '370481'), snapshot('x3', '370181')],
      (region) => {
        asked.push(region);
        return region === '370481' ? strict : defaultWarningSettings;
      },
      today,
    );
    expect(asked).toEqual(['370181', '370481']);
    expect(hits.map((h) => `${h.unitId} ${h.code}`)).toEqual(['x2 W06']);
  });

  it('refuses a today that is not an ISO date', () => {
    expect(() => scanUnits([], () => defaultWarningSettings, '2025-6-30')).toThrow(RangeError);
  });

  it('finds nothing on a healthy unit', () => {
    expect(
      scanUnits([buildSnapshot({ staff: [buildPerson()] })], () => defaultWarningSettings, today),
    ).toEqual([]);
  });
});

describe('warningRules', () => {
  it('lists W01–W13 in order with names, severities and explanations in both languages', () => {
    expect(warningRules.map((r) => r.code)).toEqual([...warningCodes]);
    expect(warningRuleList.map((r) => r.code)).toEqual([...warningCodes]);
    for (const rule of warningRules) {
      expect(WarningRuleInfoSchema.parse(rule)).toEqual(rule);
      expect(rule.explanation.zh.length).toBeGreaterThan(10);
      expect(rule.explanation.en.length).toBeGreaterThan(10);
    }
    expect(warningRules.filter((r) => r.blocksByDefault).map((r) => r.code)).toEqual(['W02']);
  });

  it('states the thresholds in force', () => {
    const w06 = warningRules.find((r) => r.code === 'W06');
    expect(w06?.explanation.zh).toContain('连续 12 个月及以上不低于 20%');
    const tengzhou = describeWarningRules(
      resolveSettings(defaultWarningSettings, { exitDeadlineWorkingDays: 10 }),
    );
    expect(tengzhou.find((r) => r.code === 'W10')?.explanation.zh).toContain('超过 10 个工作日');
  });
});

describe('settings', () => {
  it('has the DOMAIN.md defaults and validates', () => {
    expect(WarningSettingsSchema.parse(defaultWarningSettings)).toEqual(defaultWarningSettings);
    expect(defaultWarningSettings).toMatchObject({
      vacancyRateThreshold: 0.2,
      vacancyMonths: 12,
      lowUseRate: 0.7,
      secondmentDays: 180,
      exitDeadlineWorkingDays: 15,
      entryDeadlineWorkingDays: 30,
      zombieMaxHeadcount: 2,
      zombieWorkloadRatio: 0.3,
    });
  });

  it('resolves a region override field by field, lists replacing, undefined ignored', () => {
    const override = WarningSettingsOverrideSchema.parse({
      exitDeadlineWorkingDays: 10,
      holidays: ['2025-10-01'],
    });
    const region = resolveSettings(defaultWarningSettings, { ...override, lowUseRate: undefined });
    expect(region.exitDeadlineWorkingDays).toBe(10);
    expect(region.holidays).toEqual(['2025-10-01']);
    expect(region.lowUseRate).toBe(0.7);
    expect(defaultWarningSettings.exitDeadlineWorkingDays).toBe(15);
    expect(resolveSettings(defaultWarningSettings, {})).toBe(defaultWarningSettings);
    expect(resolveSettings(defaultWarningSettings, null)).toBe(defaultWarningSettings);
  });

  it('refuses a rate above 1 and a date that does not exist', () => {
    expect(WarningSettingsOverrideSchema.safeParse({ lowUseRate: 70 }).success).toBe(false);
    expect(WarningSettingsOverrideSchema.safeParse({ holidays: ['2025-02-30'] }).success).toBe(false);
  });
});

describe('UnitSnapshotSchema', () => {
  it('accepts the builders and rejects negative counts and unknown staffing types', () => {
    const snapshot = buildSnapshot({ staff: [buildPerson()] });
    expect(UnitSnapshotSchema.parse(snapshot)).toEqual(snapshot);
    expect(UnitSnapshotSchema.safeParse({ ...snapshot, quotas: { administrative: -1 } }).success).toBe(false);
    expect(UnitSnapshotSchema.safeParse({ ...snapshot, headcount: { other: 1 } }).success).toBe(false);
  });
});
