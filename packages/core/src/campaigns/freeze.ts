import { z } from 'zod';
import { AppError, ErrorCode } from '../errors.ts';
import { planDerivedSet } from '../indicators/derive.ts';
import {
  type IndicatorNode,
  IndicatorNodeSchema,
  type IndicatorSet,
  IndicatorSetSchema,
  NodeLineageSchema,
} from '../indicators/indicators.schemas.ts';
import { indicatorSetStatuses } from '../indicators/vocabulary.ts';

/**
 * Freezing ("frozen means frozen"): at launch each chosen library set is copied into the
 * campaign — new ids, the same codes, every node pointing back at the library node it came from.
 * The copy shares no object with the library, so editing (or deleting a draft successor of) the
 * library set never changes a launched campaign. The copy is the indicator core's derive step
 * (`planDerivedSet`), which already remaps ids and records lineage.
 */

/** A node of a frozen set: a library node with fresh ids and its lineage always filled. */
export const FrozenNodeSchema = IndicatorNodeSchema.extend({ lineage: NodeLineageSchema }).meta({
  id: 'FrozenIndicatorNode',
});
export type FrozenNode = z.infer<typeof FrozenNodeSchema>;

/** The library set a frozen copy was taken from. */
export const FrozenSetSourceSchema = z.object({
  setId: z.uuid(),
  seriesId: z.uuid(),
  edition: z.number().int().min(1),
  name: z.string(),
});

/** A campaign's own copy of a published set, nodes in tree order. */
export const FrozenSetSchema = IndicatorSetSchema.pick({
  kind: true,
  category: true,
  name: true,
  description: true,
  fullMark: true,
  bonusCap: true,
})
  .extend({ id: z.uuid(), source: FrozenSetSourceSchema, nodes: z.array(FrozenNodeSchema) })
  .meta({ id: 'FrozenIndicatorSet' });
export type FrozenSet = z.infer<typeof FrozenSetSchema>;

/** A frozen set without its nodes, as the campaign lists it. */
export const FrozenSetRefSchema = FrozenSetSchema.omit({ nodes: true, description: true }).meta({
  id: 'FrozenIndicatorSetRef',
});
export type FrozenSetRef = z.infer<typeof FrozenSetRefSchema>;

/** Refuses to freeze anything but a published set: drafts change, archived sets are withdrawn. */
function assertFreezable(set: IndicatorSet): void {
  if (set.status === 'published') return;
  const label = indicatorSetStatuses.labels[set.status];
  throw new AppError(
    ErrorCode.IllegalTransition,
    {
      zh: `指标体系“${set.name}”第 ${set.edition} 版${label.zh}，只有已发布的版本才能用于评估项目`,
      en: `Set “${set.name}” edition ${set.edition} is ${label.en.toLowerCase()}; only a published edition can be used in a campaign`,
    },
    'setIds',
  );
}

/** The frozen copy of a published set; `newId` gives the campaign's ids. */
export function freezeSet(
  set: IndicatorSet,
  nodes: readonly IndicatorNode[],
  newId: () => string,
): FrozenSet {
  assertFreezable(set);
  const copy = planDerivedSet({ set, nodes }, {}, newId);
  return {
    id: newId(),
    source: { setId: set.id, seriesId: set.seriesId, edition: set.edition, name: set.name },
    kind: copy.meta.kind,
    category: copy.meta.category,
    name: copy.meta.name,
    description: copy.meta.description,
    fullMark: copy.meta.fullMark,
    bonusCap: copy.meta.bonusCap,
    nodes: copy.nodes as FrozenNode[],
  };
}

/** The list entry of a frozen set. */
export const refOfFrozenSet = (set: FrozenSet): FrozenSetRef => ({
  id: set.id,
  source: set.source,
  kind: set.kind,
  category: set.category,
  name: set.name,
  fullMark: set.fullMark,
  bonusCap: set.bonusCap,
});

/** Leaves of a frozen set (nodes without children), in tree order. */
export function frozenLeaves(set: Pick<FrozenSet, 'nodes'>): FrozenNode[] {
  const parents = new Set(set.nodes.map((n) => n.parentId).filter((id) => id !== null));
  return set.nodes.filter((n) => !parents.has(n.id));
}
