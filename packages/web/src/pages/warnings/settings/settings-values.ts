import type { LocalizedText } from '@bianping/core/errors';
import { unitKinds, unitRanks } from '@bianping/core/registry/vocabulary';
import type {
  RegionSettingsOverrideInput,
  RegionWarningSettings,
} from '@bianping/core/warnings/settings-api';
import {
  type RegionSettingKey,
  regionSettingKeys,
  warningSettingFields,
} from '@bianping/core/warnings/settings-fields';

/** A threshold as the form holds it: shares as percentages, lists as they are. */
export type FormValue = number | string[] | null;
export type SettingsFormValues = Partial<Record<RegionSettingKey, FormValue>>;

const isRate = (key: RegionSettingKey) => warningSettingFields[key].kind.type === 'rate';

/** Percentages keep two decimals, so 0.075 shows as 7.5 and not 7.500000000000001. */
const toPercent = (share: number) => Math.round(share * 10_000) / 100;
const toShare = (percent: number) => Math.round(percent * 100) / 10_000;

/** An API value as the form's input shows it. */
export function formValueOf(key: RegionSettingKey, value: unknown): FormValue {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value !== 'number') return null;
  return isRate(key) ? toPercent(value) : value;
}

/** The form's values at the start: the values in force, each where the form shows it. */
export function initialFormValues(settings: RegionWarningSettings): SettingsFormValues {
  return Object.fromEntries(
    regionSettingKeys.map((key) => [key, formValueOf(key, settings.fields[key].value)]),
  );
}

/** The keys the region sets itself. */
export const ownKeysOf = (settings: RegionWarningSettings) =>
  new Set(regionSettingKeys.filter((key) => settings.fields[key].source.kind === 'own'));

/** What the save sends: the version, and the value of every field set in this region. */
export function overrideInputOf(
  version: number,
  own: ReadonlySet<RegionSettingKey>,
  values: SettingsFormValues,
): RegionSettingsOverrideInput {
  const input: Record<string, unknown> = { version };
  for (const key of regionSettingKeys) {
    if (!own.has(key)) continue;
    const value = values[key];
    input[key] = typeof value === 'number' && isRate(key) ? toShare(value) : value;
  }
  return input as RegionSettingsOverrideInput;
}

/** A value in words, for "继承自 … ：20%" and the like. */
export function describeValue(
  key: RegionSettingKey,
  value: unknown,
  label: (text: LocalizedText) => string,
): string {
  const kind = warningSettingFields[key].kind;
  if (kind.type === 'rate' && typeof value === 'number') return `${toPercent(value)}%`;
  if (kind.type === 'integer') return `${value} ${label(kind.unit)}`;
  if (!Array.isArray(value)) return String(value);
  if (kind.type === 'rankOrder') {
    return value.map((r) => label(unitRanks.labels[r as keyof typeof unitRanks.labels])).join(' > ');
  }
  if (value.length === 0) return '—';
  return value.map((k) => label(unitKinds.labels[k as keyof typeof unitKinds.labels])).join('、');
}
