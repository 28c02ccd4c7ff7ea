import type { RegistryOverview } from '@bianping/core/registry';
import { unitKinds } from '@bianping/core/registry/vocabulary';

export type KindRow = RegistryOverview['byKind'][number];
export type Totals = Omit<KindRow, 'kind'>;

/** Rows in the vocabulary's order (organs first, then institutions), not the database's. */
export const inVocabularyOrder = (rows: readonly KindRow[]) =>
  [...rows].sort((a, b) => unitKinds.codes.indexOf(a.kind) - unitKinds.codes.indexOf(b.kind));

export const totalsOf = (rows: readonly KindRow[]): Totals =>
  rows.reduce(
    (sum, r) => ({
      units: sum.units + r.units,
      quota: sum.quota + r.quota,
      headcount: sum.headcount + r.headcount,
      overQuota: sum.overQuota + r.overQuota,
      emptyUnits: sum.emptyUnits + r.emptyUnits,
    }),
    { units: 0, quota: 0, headcount: 0, overQuota: 0, emptyUnits: 0 },
  );

/** Share of the approved quota actually filled, as a percentage with one decimal. */
export const usagePercent = (quota: number, headcount: number) =>
  quota > 0 ? Math.round((headcount / quota) * 1000) / 10 : null;
