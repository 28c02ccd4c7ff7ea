import {
  type ExternalItem,
  type ExternalRating,
  externalPoints,
  FREE_ITEM_POINTS,
  itemKey,
} from '@bianping/core/campaigns/external';
import type { ExternalItemOption, ExternalSheetRating } from '@bianping/core/campaigns/external-api';
import type { FrozenNode, FrozenSet } from '@bianping/core/campaigns/freeze';
import { defaultExternalRatingMapping, type ExternalRatingMapping } from '@bianping/core/campaigns/grading';
import { type ExternalRatingLevel, externalFreeItems } from '@bianping/core/campaigns/vocabulary';
import type { LocalizedText } from '@bianping/core/errors';
import { type CampaignRow, planOf } from './campaigns.queries.ts';
import { type AssignmentRow, toFinding } from './external.queries.ts';

/**
 * What an external item is worth and how it reads: a free item (党建 …, 100 points read as a
 * percentage) or a node of a frozen set whose sources include 'external' (its own points).
 */

/** The campaign's mapping of levels to shares (好/较好/一般 → 100/80/60 % unless the plan says otherwise). */
export const mappingOf = (campaign: CampaignRow): ExternalRatingMapping =>
  planOf(campaign).grading?.externalRatingMapping ?? defaultExternalRatingMapping;

const isExternalNode = (n: FrozenNode) => n.sources.includes('external');

/** The frozen node an indicator item names, when it may be rated externally. */
export function externalNodeOf(sets: ReadonlyMap<string, FrozenSet>, item: ExternalItem) {
  if (item.kind !== 'indicator') return undefined;
  return sets.get(item.setId)?.nodes.find((n) => n.code === item.nodeCode && isExternalNode(n));
}

const nodeLabel = (n: Pick<FrozenNode, 'code' | 'name' | 'maxPoints'>): LocalizedText => ({
  zh: `${n.code} ${n.name}（${n.maxPoints}分）`,
  en: `${n.code} ${n.name} (${n.maxPoints} pts)`,
});

/** Label and points of an item (a node missing from the sets reads as its code, worth 0). */
export function describeItem(sets: ReadonlyMap<string, FrozenSet>, item: ExternalItem) {
  if (item.kind === 'free')
    return { label: externalFreeItems.labels[item.item], maxPoints: FREE_ITEM_POINTS };
  const node = externalNodeOf(sets, item);
  if (!node) return { label: { zh: item.nodeCode, en: item.nodeCode }, maxPoints: 0 };
  return { label: nodeLabel(node), maxPoints: node.maxPoints };
}

/** Every item that may be assigned: the free items, then each set's nodes open to external rating. */
export function itemOptions(sets: readonly FrozenSet[]): ExternalItemOption[] {
  const free = externalFreeItems.codes.map((code) => {
    const item: ExternalItem = { kind: 'free', item: code };
    return {
      item,
      key: itemKey(item),
      label: externalFreeItems.labels[code],
      maxPoints: FREE_ITEM_POINTS,
      setId: null,
      setName: null,
      code: null,
      name: null,
    };
  });
  const nodes = sets.flatMap((set) =>
    set.nodes.filter(isExternalNode).map((n) => {
      const item: ExternalItem = { kind: 'indicator', setId: set.id, nodeCode: n.code };
      return {
        item,
        key: itemKey(item),
        label: nodeLabel(n),
        maxPoints: n.maxPoints,
        setId: set.id,
        setName: set.name,
        code: n.code,
        name: n.name,
      };
    }),
  );
  return [...free, ...nodes];
}

/** An assignment with its rating, findings, points and label, as the rater's sheet shows it. */
export function toSheetRating(
  a: AssignmentRow,
  findings: readonly Parameters<typeof toFinding>[0][],
  sets: ReadonlyMap<string, FrozenSet>,
  mapping: ExternalRatingMapping,
): ExternalSheetRating {
  const item = a.item as ExternalItem;
  const { label, maxPoints } = describeItem(sets, item);
  const level = a.level as ExternalRatingLevel | null;
  const rating: ExternalRating = {
    assignment: {
      id: a.id,
      campaignId: a.campaignId,
      raterUnitId: a.raterUnitId,
      targetUnitId: a.targetUnitId,
      item,
    },
    level,
    comment: a.comment,
    findings: findings.filter((f) => f.assignmentId === a.id).map(toFinding),
    points: level ? externalPoints(level, mapping, maxPoints) : null,
    maxPoints,
    version: a.version,
    ratedAt: a.ratedAt ? new Date(a.ratedAt).toISOString() : null,
  };
  return { ...rating, label };
}

/** The frozen sets by id. */
export const setsById = (sets: readonly FrozenSet[]) => new Map(sets.map((s) => [s.id, s]));
