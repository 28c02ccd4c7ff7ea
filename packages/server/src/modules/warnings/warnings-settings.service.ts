import { notFound, staleVersion } from '@bianping/core/errors';
import type { WarningSettingsOverride } from '@bianping/core/warnings';
import { defaultWarningSettings } from '@bianping/core/warnings/settings';
import type {
  RegionSettingsOverrideInput,
  RegionWarningSettings,
} from '@bianping/core/warnings/settings-api';
import { explainRegionSettings, type SettingsLayer } from '@bianping/core/warnings/settings-sources';
import type { Db } from '../../db/client.ts';
import { appendAudit } from '../audit/audit.queries.ts';
import type { AuditActor } from '../audit/audit-actor.ts';
import { lockOwnSettings, regionChain, writeOwnSettings } from './warnings-settings.queries.ts';

const region = { zh: '地区', en: 'Region' };

/**
 * The thresholds in force in a region and where each comes from. It resolves the same rows the
 * scan's loadSettingsResolver reads, and neither caches: a saved change applies to the next scan.
 */
export async function getRegionSettings(db: Db, regionId: string): Promise<RegionWarningSettings> {
  const chain = await regionChain(db, regionId);
  const self = chain.at(-1);
  if (!self || self.id !== regionId) throw notFound(region);
  const ancestors: SettingsLayer[] = chain
    .slice(0, -1)
    .flatMap((r) => (r.settings ? [{ regionId: r.id, regionName: r.name, settings: r.settings }] : []));
  return {
    region: { id: self.id, code: self.code, name: self.name },
    version: self.version ?? 0,
    updatedAt: self.updatedAt ? new Date(self.updatedAt).toISOString() : null,
    fields: explainRegionSettings(defaultWarningSettings, ancestors, self.settings),
  };
}

/**
 * Replaces a region's own thresholds with the fields given (the others are inherited again).
 * Checks the version the form started from, so a save never overwrites someone else's change.
 */
export async function saveRegionSettings(
  db: Db,
  regionId: string,
  input: RegionSettingsOverrideInput,
  actor: AuditActor,
) {
  const { version, ...values } = input;
  const settings = Object.fromEntries(
    Object.entries(values).filter(([, value]) => value !== undefined),
  ) as WarningSettingsOverride;
  await writeVersioned(db, regionId, version, settings, 'warnings.settings.save', actor);
}

/**
 * 恢复继承: the region sets nothing itself any more. The row stays (with no fields) so its version
 * keeps counting and an old form cannot save over the reset.
 */
export async function clearRegionSettings(db: Db, regionId: string, version: number, actor: AuditActor) {
  await writeVersioned(db, regionId, version, {}, 'warnings.settings.clear', actor);
}

async function writeVersioned(
  db: Db,
  regionId: string,
  version: number,
  settings: WarningSettingsOverride,
  action: string,
  actor: AuditActor,
) {
  if ((await regionChain(db, regionId)).length === 0) throw notFound(region);
  await db.transaction(async (tx) => {
    const current = await lockOwnSettings(tx, regionId);
    const currentVersion = current?.version ?? 0;
    if (currentVersion !== version) throw staleVersion(currentVersion);
    // Clearing a region that never had settings of its own changes nothing.
    if (!current && Object.keys(settings).length === 0) return;
    if (!(await writeOwnSettings(tx, regionId, settings, version))) throw staleVersion(currentVersion);
    await appendAudit(tx, {
      ...actor,
      action,
      entityType: 'warningSettings',
      entityId: regionId,
      before: current?.settings ?? null,
      after: settings,
    });
  });
}
