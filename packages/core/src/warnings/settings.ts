import type { WarningSettings, WarningSettingsOverride } from './warnings.schemas.ts';

/**
 * Defaults of DOMAIN.md §3.4 and §4. The holiday lists are empty: the official calendar is
 * published yearly and belongs in the settings the administrator maintains.
 */
export const defaultWarningSettings: Readonly<WarningSettings> = Object.freeze<WarningSettings>({
  vacancyRateThreshold: 0.2,
  vacancyMonths: 12,
  lowUseRate: 0.7,
  secondmentDays: 180,
  exitDeadlineWorkingDays: 15,
  entryDeadlineWorkingDays: 30,
  zombieMaxHeadcount: 2,
  zombieWorkloadRatio: 0.3,
  zombieGraceMonths: 12,
  rankOrder: ['division', 'deputyDivision', 'section', 'deputySection', 'stock'],
  // DOMAIN.md §4 also names 参公 here, but 参公 units are 事业单位 staffed on 事业编制 by design;
  // listing them would flag every 参公 employee. A region that means it can add the kind.
  institutionalQuotaForbiddenKinds: ['administrative', 'party'],
  administrativeQuotaForbiddenKinds: ['publicWelfare1', 'publicWelfare2', 'businessLike'],
  publicInstitutionKinds: ['civilServiceManaged', 'publicWelfare1', 'publicWelfare2', 'businessLike'],
  holidays: [],
  makeUpWorkdays: [],
});

/**
 * The settings of a region: `base` with every field `override` sets. Lists replace, not merge;
 * `undefined` fields are ignored. Returns `base` itself when there is nothing to change, so
 * callers can cache per settings object.
 */
export function resolveSettings(
  base: Readonly<WarningSettings>,
  override?: WarningSettingsOverride | null,
): WarningSettings {
  if (!override) return base as WarningSettings;
  const result: WarningSettings = { ...base };
  let changed = false;
  for (const key of Object.keys(override) as (keyof WarningSettings)[]) {
    const value = override[key];
    if (value === undefined) continue;
    (result as Record<keyof WarningSettings, unknown>)[key] = value;
    changed = true;
  }
  return changed ? result : (base as WarningSettings);
}
