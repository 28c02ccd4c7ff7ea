import type { WarningSettings, WarningSettingsOverride } from '@bianping/core/warnings';
import { defaultWarningSettings, resolveSettings } from '@bianping/core/warnings/settings';
import { and, eq, sql } from 'drizzle-orm';
import { type Db, selectJson, selectRows } from '../../db/client.ts';
import { warningSettings } from '../../db/schema/index.ts';

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

export type RegionChainRow = {
  id: string;
  code: string;
  name: string;
  /** 0 for the region itself, 1 for its parent … */
  depth: number;
  settings: WarningSettingsOverride | null;
  version: number | null;
  updatedAt: string | null;
};

/** A region and every region above it, the top first, each with its own settings if any. */
export function regionChain(db: Db, regionId: string) {
  return selectJson<RegionChainRow>(
    db,
    sql`with recursive up as (
          select id, code, name, parent_id, 0 as depth from regions where id = ${regionId}::uuid
          union all
          select r.id, r.code, r.name, r.parent_id, up.depth + 1 from regions r join up on r.id = up.parent_id
        )
        select up.id, up.code, up.name, up.depth, s.settings, s.version, s.updated_at as "updatedAt"
        from up left join warning_settings s on s.region_id = up.id
        order by up.depth desc`,
  );
}

/** This region's own settings row, locked until the transaction ends. */
export async function lockOwnSettings(db: Db, regionId: string) {
  const [row] = await db
    .select()
    .from(warningSettings)
    .where(eq(warningSettings.regionId, regionId))
    .for('update');
  return row ?? null;
}

/**
 * Writes a region's own settings if `version` is still current (0 = it had none): returns false
 * when someone else saved first.
 */
export async function writeOwnSettings(
  db: Db,
  regionId: string,
  settings: WarningSettingsOverride,
  version: number,
): Promise<boolean> {
  if (version === 0) {
    const inserted = await db
      .insert(warningSettings)
      .values({ regionId, settings })
      .onConflictDoNothing()
      .returning({ regionId: warningSettings.regionId });
    return inserted.length === 1;
  }
  const updated = await db
    .update(warningSettings)
    .set({ settings, version: sql`${warningSettings.version} + 1`, updatedAt: new Date() })
    .where(and(eq(warningSettings.regionId, regionId), eq(warningSettings.version, version)))
    .returning({ regionId: warningSettings.regionId });
  return updated.length === 1;
}

/** Regions (all, or the given ids) with how many thresholds each sets itself. */
export function listRegionSettings(db: Db, regionIds: string[] | 'all') {
  const where =
    regionIds === 'all'
      ? sql``
      : regionIds.length
        ? sql`where r.id = any(${`{${regionIds.join(',')}}`}::uuid[])`
        : sql`where false`;
  return selectJson<{
    id: string;
    code: string;
    name: string;
    level: string;
    parentId: string | null;
    ownFields: number;
    version: number;
  }>(
    db,
    sql`select r.id, r.code, r.name, r.level, r.parent_id as "parentId",
          coalesce((select count(*) from jsonb_object_keys(s.settings)), 0)::int as "ownFields",
          coalesce(s.version, 0) as version
        from regions r left join warning_settings s on s.region_id = r.id
        ${where}
        order by r.code`,
  );
}
