import { createDuplicateFinder } from './duplicates.ts';
import { warningRuleList } from './rules/all-rules.ts';
import { defaultWarningSettings } from './settings.ts';
import type { UnitSnapshot, WarningHit, WarningRuleInfo, WarningSettings } from './warnings.schemas.ts';
import { type IsoDate, parseIsoDate } from './working-days.ts';

/**
 * Runs every rule of DOMAIN.md §4 (W01–W13) over a set of unit snapshots, with the settings of
 * each unit's region, plus the cross-unit duplicate checks of W13. Hits come unit by unit in
 * input order (rules in code order within a unit), then the duplicate-ID hits, then the
 * duplicate name-and-birth-date hits. Duplicates are only found within `snapshots`, so a scan
 * of one region does not see a person also registered in another.
 *
 * `settingsFor` is called once per distinct region code. Throws a RangeError when `today` is
 * not a `YYYY-MM-DD` date.
 */
export function scanUnits(
  snapshots: readonly UnitSnapshot[],
  settingsFor: (regionCode: string) => WarningSettings,
  today: IsoDate,
): WarningHit[] {
  parseIsoDate(today);
  const out: WarningHit[] = [];
  const settingsByRegion = new Map<string, WarningSettings>();
  let people = 0;
  for (const snapshot of snapshots) people += snapshot.staff.length;
  const duplicates = createDuplicateFinder(people);
  for (const snapshot of snapshots) {
    const region = snapshot.unit.regionCode;
    let settings = settingsByRegion.get(region);
    if (settings === undefined) {
      settings = settingsFor(region);
      settingsByRegion.set(region, settings);
    }
    for (const rule of warningRuleList) rule.collect(snapshot, settings, today, out);
    // Right after the rules, while this unit's people are still in the processor cache.
    duplicates.add(snapshot);
  }
  for (const hit of duplicates.finish()) out.push(hit);
  return out;
}

/** The rules as the UI lists them, with the thresholds of `settings` in the explanations. */
export function describeWarningRules(settings: WarningSettings = defaultWarningSettings): WarningRuleInfo[] {
  return warningRuleList.map((rule) => ({
    code: rule.code,
    name: rule.name,
    severity: rule.severity,
    blocksByDefault: rule.blocksByDefault,
    explanation: rule.describe(settings),
  }));
}

/** The rules with the default thresholds. */
export const warningRules: readonly WarningRuleInfo[] = describeWarningRules();
