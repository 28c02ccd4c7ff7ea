import {
  type WarningCode,
  type WarningSeverity,
  warningCodes,
  warningSeverities,
} from '@bianping/core/warnings';
import type { WarningStatus } from '@bianping/core/warnings/workflow';
import type { WarningSummary } from '../../api/warnings.ts';

type Row = WarningSummary['rows'][number];

/** Open and verified warnings still need attention; resolved and dismissed ones do not. */
export const isLive = (status: WarningStatus) => status === 'open' || status === 'verified';

const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export function liveBySeverity(rows: readonly Row[]): Record<WarningSeverity, number> {
  const out = zeros(warningSeverities.codes);
  for (const r of rows) if (isLive(r.status)) out[r.severity] += r.n;
  return out;
}

export function liveByRule(rows: readonly Row[]): Record<WarningCode, number> {
  const out = zeros(warningCodes);
  for (const r of rows) if (isLive(r.status)) out[r.code] += r.n;
  return out;
}

export const countWithStatus = (rows: readonly Row[], status: WarningStatus) =>
  rows.reduce((sum, r) => (r.status === status ? sum + r.n : sum), 0);

export type RegionRuleRow = {
  regionId: string;
  regionName: string;
  counts: Record<WarningCode, number>;
  total: number;
};

/** Live warnings per region and rule, regions by name, for the region × rule table. */
export function liveByRegionAndRule(rows: readonly Row[]): RegionRuleRow[] {
  const byRegion = new Map<string, RegionRuleRow>();
  for (const r of rows) {
    if (!isLive(r.status)) continue;
    let region = byRegion.get(r.regionId);
    if (!region) {
      region = { regionId: r.regionId, regionName: r.regionName, counts: zeros(warningCodes), total: 0 };
      byRegion.set(r.regionId, region);
    }
    region.counts[r.code] += r.n;
    region.total += r.n;
  }
  return [...byRegion.values()].sort((a, b) => a.regionName.localeCompare(b.regionName, 'zh-CN'));
}
