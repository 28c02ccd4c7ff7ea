import type { EffectiveSettingFields, SettingSource } from './settings.api.schemas.ts';
import { type RegionSettingKey, type RegionSettings, regionSettingKeys } from './settings-fields.ts';
import type { WarningSettingsOverride } from './warnings.schemas.ts';

/** One region's own settings on the way down the tree. */
export type SettingsLayer = { regionId: string; regionName: string; settings: WarningSettingsOverride };

/**
 * The thresholds in force in a region and where each comes from, resolved the way the scan does
 * (loadSettingsResolver): the defaults, then each region above from the top down, then the
 * region's own values. `inherited` is what the region would get without its own value.
 */
export function explainRegionSettings(
  defaults: RegionSettings,
  ancestors: readonly SettingsLayer[],
  own: WarningSettingsOverride | null,
): EffectiveSettingFields {
  const fields: Record<string, unknown> = {};
  for (const key of regionSettingKeys) {
    let inherited: { value: unknown; source: SettingSource } = {
      value: defaults[key],
      source: { kind: 'default' },
    };
    for (const layer of ancestors) {
      const value = layer.settings[key];
      if (value === undefined) continue;
      inherited = {
        value,
        source: { kind: 'inherited', regionId: layer.regionId, regionName: layer.regionName },
      };
    }
    const ownValue = own?.[key];
    fields[key] =
      ownValue === undefined
        ? { ...inherited, inherited }
        : { value: ownValue, source: { kind: 'own' }, inherited };
  }
  return fields as EffectiveSettingFields;
}

/** The keys a region sets itself, in form order. */
export const ownSettingKeys = (own: WarningSettingsOverride | null | undefined): RegionSettingKey[] =>
  own ? regionSettingKeys.filter((key) => own[key] !== undefined) : [];
