import type { WarningSettings, WarningSettingsOverride } from '@bianping/core/warnings';
import { defaultWarningSettings, resolveSettings } from '@bianping/core/warnings/settings';
import { sql } from 'drizzle-orm';
import { type Db, selectRows } from '../../db/client.ts';

/**
 * Settings per region code: the defaults, overridden by the nearest region up the tree that has
 * its own settings (a county inherits its city's rules), with the office calendar's holidays.
 */
export async function loadSettingsResolver(db: Db): Promise<(regionCode: string) => WarningSettings> {
  const [regions, overrides, calendar] = await Promise.all([
    selectRows<{ id: string; code: string; parent_id: string | null }>(
      db,
      sql`select id, code, parent_id from regions`,
    ),
    selectRows<{ region_id: string; settings: WarningSettingsOverride }>(
      db,
      sql`select region_id, settings from warning_settings`,
    ),
    selectRows<{ day: string; kind: string }>(db, sql`select day::text as day, kind from calendar_days`),
  ]);
  const holidays = calendar.filter((d) => d.kind === 'holiday').map((d) => d.day);
  const makeUpWorkdays = calendar.filter((d) => d.kind === 'workday').map((d) => d.day);
  const base = resolveSettings(defaultWarningSettings, { holidays, makeUpWorkdays });
  const byId = new Map(regions.map((r) => [r.id, r]));
  const overrideOf = new Map(overrides.map((o) => [o.region_id, o.settings]));
  const cache = new Map<string, WarningSettings>();
  const byCode = new Map(regions.map((r) => [r.code, r]));
  return (regionCode) => {
    const cached = cache.get(regionCode);
    if (cached) return cached;
    const chain: WarningSettingsOverride[] = [];
    for (let r = byCode.get(regionCode); r; r = r.parent_id ? byId.get(r.parent_id) : undefined) {
      const own = overrideOf.get(r.id);
      if (own) chain.unshift(own);
    }
    const settings = chain.reduce<WarningSettings>((acc, o) => resolveSettings(acc, o), base);
    cache.set(regionCode, settings);
    return settings;
  };
}
