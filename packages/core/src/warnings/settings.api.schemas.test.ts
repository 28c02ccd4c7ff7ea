import { describe, expect, it } from 'vitest';
import { validationError } from '../validation.ts';
import { RegionSettingsInputSchema, RegionSettingsOverrideInputSchema } from './settings.api.schemas.ts';
import { defaultWarningSettings } from './settings.ts';
import { regionSettingKeys, settingGroups, warningSettingFields } from './settings-fields.ts';
import { explainRegionSettings, ownSettingKeys } from './settings-sources.ts';

const firstError = (input: unknown) => {
  const result = RegionSettingsOverrideInputSchema.safeParse(input);
  if (result.success) throw new Error('expected a validation error');
  return validationError(result.error.issues);
};

describe('region settings input', () => {
  it('accepts a partial override with its version', () => {
    const parsed = RegionSettingsOverrideInputSchema.parse({ version: 0, exitDeadlineWorkingDays: 10 });
    expect(parsed).toEqual({ version: 0, exitDeadlineWorkingDays: 10 });
  });

  it('names the field and its bounds in both languages', () => {
    const error = firstError({ version: 1, vacancyRateThreshold: 1.5 });
    expect(error.field).toBe('vacancyRateThreshold');
    expect(error.text.zh).toContain('空编率阈值须为 0 到 1 之间的比例');
    expect(error.text.en).toContain('Vacancy rate threshold must be a share between 0 and 1');
    const days = firstError({ version: 1, exitDeadlineWorkingDays: 2.5 });
    expect(days.field).toBe('exitDeadlineWorkingDays');
    expect(days.text.zh).toContain('1 到 120 之间的整数');
    expect(firstError({ version: 1, vacancyMonths: 0 }).field).toBe('vacancyMonths');
  });

  it('refuses unknown kinds, repeated kinds, unranked and unknown fields', () => {
    expect(firstError({ version: 1, publicInstitutionKinds: ['school'] }).field).toBe(
      'publicInstitutionKinds.0',
    );
    expect(
      firstError({ version: 1, institutionalQuotaForbiddenKinds: ['party', 'party'] }).text.en,
    ).toContain('twice');
    expect(firstError({ version: 1, rankOrder: ['division', 'unranked'] }).field).toBe('rankOrder.1');
    expect(firstError({ version: 1, rankOrder: [] }).field).toBe('rankOrder');
    expect(firstError({ version: 1, holidays: ['2026-10-01'] }).text.en).toContain('Unknown fields');
    expect(firstError({ exitDeadlineWorkingDays: 10 }).field).toBe('version');
  });

  it('has a label, help and a form section for every threshold', () => {
    const grouped = settingGroups.flatMap((g) => g.keys);
    expect([...grouped].sort()).toEqual([...regionSettingKeys].sort());
    expect(Object.keys(RegionSettingsInputSchema.shape).sort()).toEqual([...regionSettingKeys].sort());
    for (const key of regionSettingKeys) {
      expect(warningSettingFields[key].label.zh).not.toBe('');
      expect(warningSettingFields[key].help.en).not.toBe('');
    }
  });
});

describe('where each threshold comes from', () => {
  const province = { regionId: 'p', regionName: '山东省', settings: { exitDeadlineWorkingDays: 12 } };
  const city = { regionId: 'c', regionName: '济南市', settings: { vacancyMonths: 6 } };

  it('takes the default, then regions above top-down, then the region itself', () => {
    const fields = explainRegionSettings(defaultWarningSettings, [province, city], { vacancyMonths: 3 });
    expect(fields.secondmentDays).toEqual({
      value: 180,
      source: { kind: 'default' },
      inherited: { value: 180, source: { kind: 'default' } },
    });
    expect(fields.exitDeadlineWorkingDays.value).toBe(12);
    expect(fields.exitDeadlineWorkingDays.source).toEqual({
      kind: 'inherited',
      regionId: 'p',
      regionName: '山东省',
    });
    expect(fields.vacancyMonths).toMatchObject({
      value: 3,
      source: { kind: 'own' },
      inherited: { value: 6, source: { kind: 'inherited', regionName: '济南市' } },
    });
  });

  it('lets a lower region win over a higher one', () => {
    const county = { regionId: 'x', regionName: '滕州市', settings: { exitDeadlineWorkingDays: 10 } };
    const fields = explainRegionSettings(defaultWarningSettings, [province, county], null);
    expect(fields.exitDeadlineWorkingDays).toMatchObject({ value: 10, source: { regionName: '滕州市' } });
    expect(ownSettingKeys({ vacancyMonths: 3, lowUseRate: 0.5 })).toEqual(['vacancyMonths', 'lowUseRate']);
  });
});
