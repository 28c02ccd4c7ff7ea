import type { FrozenSet } from '@bianping/core/campaigns/freeze';
import { defaultExternalRatingMapping } from '@bianping/core/campaigns/grading';
import type { ExternalRatingLevel } from '@bianping/core/campaigns/vocabulary';
import type { UnitCategory } from '@bianping/core/registry/vocabulary';
import { registryLeaves, registryValuesOf } from '@bianping/core/scoring/registry-values';
import type {
  CampaignScoringInput,
  LeafEntries,
  RaterLevel,
  ScoringSet,
  ScoringTarget,
} from '@bianping/core/scoring/score-types';
import type { Db } from '../../db/client.ts';
import { todayInChina } from '../../time.ts';
import { type CampaignRow, planOf } from '../campaigns/campaigns.queries.ts';
import { loadRegistryMeasures } from '../indicators/registry-measures.queries.ts';
import {
  type ExternalRow,
  loadExternalRows,
  loadFrozenSetsOf,
  loadPersonEntries,
  loadTargets,
  type PersonEntryRow,
  type TargetRow,
} from './scoring.queries.ts';

/**
 * The core `CampaignScoringInput` of a campaign, filled from its tables in five queries (targets,
 * frozen sets, self entries, on-site entries, external assignments) plus the targets' registry
 * measures, which feed the formula leaves that allow the registry (core `registryLeaves`). The
 * registry is read as it stands on the campaign's launch day (ages, roster) — it keeps no history
 * of every measure. Survey answers have no table yet, so that source stays empty. An external
 * indicator item names its frozen set and stable code; free items (党建 …) are no leaf and do not
 * enter the score.
 */

export type LoadedInput = {
  input: CampaignScoringInput;
  sets: FrozenSet[];
  targets: TargetRow[];
};

const toScoringSet = (s: FrozenSet): ScoringSet => ({
  id: s.id,
  kind: s.kind,
  category: s.category,
  name: s.name,
  fullMark: s.fullMark,
  bonusCap: s.bonusCap,
  source: { setId: s.source.setId, seriesId: s.source.seriesId },
  nodes: s.nodes,
});

/** Node id of every `setId:code` of the frozen sets. */
export const nodeIdsByCode = (sets: readonly FrozenSet[]) =>
  new Map(sets.flatMap((s) => s.nodes.map((n) => [`${s.id}:${n.code}`, n.id] as const)));

/** The day the registry is read for a campaign: its launch (China time), else today. */
const registryDay = (campaign: CampaignRow) =>
  campaign.launchedAt ? todayInChina(campaign.launchedAt) : todayInChina();

/** Registry values of the formula leaves per unit. */
async function loadRegistryValues(
  db: Db,
  campaign: CampaignRow,
  sets: readonly FrozenSet[],
  unitIds: readonly string[],
) {
  const leaves = registryLeaves(sets);
  const out = new Map<string, Map<string, number>>();
  if (leaves.length === 0) return out;
  const measures = await loadRegistryMeasures(db, unitIds, registryDay(campaign));
  for (const unitId of unitIds) out.set(unitId, registryValuesOf(leaves, measures.get(unitId)));
  return out;
}

/** Entries per target and node from the stored sources. */
function entriesOf(
  sets: readonly FrozenSet[],
  self: readonly PersonEntryRow[],
  onsite: readonly PersonEntryRow[],
  external: readonly ExternalRow[],
  registry: ReadonlyMap<string, ReadonlyMap<string, number>>,
) {
  const byTarget = new Map<string, Record<string, LeafEntries>>();
  const leaf = (unitId: string, nodeId: string): LeafEntries => {
    const target = byTarget.get(unitId) ?? {};
    byTarget.set(unitId, target);
    const entries = target[nodeId] ?? {};
    target[nodeId] = entries;
    return entries;
  };
  for (const e of self) leaf(e.unitId, e.nodeId).self = { input: e.input, by: e.by };
  for (const e of onsite) leaf(e.unitId, e.nodeId).onsite = { input: e.input, by: e.by };
  const nodeOf = nodeIdsByCode(sets);
  for (const a of external) {
    if (a.item.kind !== 'indicator') continue;
    const nodeId = nodeOf.get(`${a.item.setId}:${a.item.nodeCode}`);
    if (!nodeId) continue;
    const entries = leaf(a.unitId, nodeId);
    const levels = (entries.external ?? []) as RaterLevel[];
    levels.push({ rater: a.rater, level: a.level as ExternalRatingLevel | null });
    entries.external = levels;
  }
  for (const [unitId, values] of registry) {
    for (const [nodeId, value] of values) leaf(unitId, nodeId).registry = value;
  }
  return byTarget;
}

/** Everything the engine reads for the campaign, from its tables. */
export async function loadScoringInput(db: Db, campaign: CampaignRow): Promise<LoadedInput> {
  // One after another: `db` may be a transaction, whose one connection runs one query at a time.
  const targets = await loadTargets(db, campaign.id);
  const sets = await loadFrozenSetsOf(db, campaign.id);
  const self = await loadPersonEntries(db, 'self_assessment_entries', campaign.id);
  const onsite = await loadPersonEntries(db, 'onsite_entries', campaign.id);
  const external = await loadExternalRows(db, campaign.id);
  const registry = await loadRegistryValues(
    db,
    campaign,
    sets,
    targets.map((t) => t.unitId),
  );
  const entries = entriesOf(sets, self, onsite, external, registry);
  const plan = planOf(campaign);
  const scoringTargets: ScoringTarget[] = targets.map((t) => ({
    id: t.unitId,
    name: t.name,
    category: t.category as UnitCategory,
    setIds: t.setIds,
    entries: entries.get(t.unitId) ?? {},
  }));
  return {
    sets,
    targets,
    input: {
      sets: sets.map(toScoringSet),
      targets: scoringTargets,
      sourceWeights: plan.sourceWeights,
      grading: {
        ...plan.grading,
        externalRatingMapping: plan.grading.externalRatingMapping ?? defaultExternalRatingMapping,
      },
      setMix: plan.setMix,
    },
  };
}

/**
 * The entries of one target and leaf as stored now (for an incremental re-score), without the
 * registry value: an entry save does not change the registry, so the caller keeps the one it has.
 */
export async function loadLeafEntries(
  db: Db,
  sets: readonly FrozenSet[],
  campaignId: string,
  unitId: string,
  nodeId: string,
): Promise<LeafEntries | undefined> {
  const only = { unitId, nodeId };
  const [self, onsite, external] = await Promise.all([
    loadPersonEntries(db, 'self_assessment_entries', campaignId, only),
    loadPersonEntries(db, 'onsite_entries', campaignId, only),
    loadExternalRows(db, campaignId, unitId),
  ]);
  return entriesOf(sets, self, onsite, external, new Map()).get(unitId)?.[nodeId];
}

/** `input` with one target's entries of one leaf replaced (the rest shared, not copied). */
export function withLeafEntries(
  input: CampaignScoringInput,
  unitId: string,
  nodeId: string,
  entries: LeafEntries | undefined,
): CampaignScoringInput {
  const targets = input.targets.map((t) => {
    if (t.id !== unitId) return t;
    const next = { ...t.entries };
    if (entries) next[nodeId] = entries;
    else delete next[nodeId];
    return { ...t, entries: next };
  });
  return { ...input, targets };
}
