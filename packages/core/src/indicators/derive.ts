import type {
  AhpWeighting,
  IndicatorNode,
  IndicatorSet,
  IndicatorSetMeta,
  NodeLineage,
} from './indicators.schemas.ts';
import { orderTree } from './tree.ts';

/**
 * Copies of a set: a new version (same series, next edition, a draft copy of a published one)
 * and a derived set (another office refining it, e.g. a county turning the city's 25 indicators
 * into 30), whose every node remembers the node it came from. `compareWithSource` then says, for
 * each indicator of the derived set, which source indicator it came from and what changed.
 */

/** A set about to be created: everything but what the server assigns (id, owner, timestamps). */
export type SetDraft = {
  meta: IndicatorSetMeta;
  seriesId: string;
  edition: number;
  derivedFrom: IndicatorSet['derivedFrom'];
  weighting: AhpWeighting | null;
  nodes: IndicatorNode[];
};

type Source = { set: IndicatorSet; nodes: readonly IndicatorNode[] };

const remapWeighting = (w: AhpWeighting | null, ids: ReadonlyMap<string, string>): AhpWeighting | null =>
  w && {
    ...w,
    childIds: w.childIds.map((id) => ids.get(id) ?? id),
    matrices: w.matrices.map((m) => m.map((r) => [...r])),
  };

/**
 * The nodes with fresh ids (parents and AHP records remapped) and the old → new id map. Nodes are
 * plain JSON, so a JSON round trip is a deep copy.
 */
function copyNodes(
  nodes: readonly IndicatorNode[],
  newId: () => string,
  lineageOf: (node: IndicatorNode) => NodeLineage | null,
  keepWeighting: boolean,
): { nodes: IndicatorNode[]; idMap: Map<string, string> } {
  const ordered = orderTree(nodes);
  const idMap = new Map(ordered.map((n) => [n.id, newId()]));
  const copies = ordered.map((node) => ({
    ...(JSON.parse(JSON.stringify(node)) as IndicatorNode),
    id: idMap.get(node.id) as string,
    parentId: node.parentId === null ? null : (idMap.get(node.parentId) ?? null),
    lineage: lineageOf(node),
    weighting: keepWeighting ? remapWeighting(node.weighting, idMap) : null,
  }));
  return { nodes: copies, idMap };
}

/**
 * The next version of a set: a draft with the same content, series and lineage, edition + 1.
 * AHP records are kept (remapped): they still describe the weights the content carries.
 */
export function planNewVersion(
  source: Source,
  newId: () => string,
): SetDraft & { idMap: Map<string, string> } {
  const { set } = source;
  const { nodes, idMap } = copyNodes(source.nodes, newId, (node) => node.lineage, true);
  return {
    meta: metaOf(set),
    seriesId: set.seriesId,
    edition: set.edition + 1,
    derivedFrom: set.derivedFrom,
    weighting: remapWeighting(set.weighting, idMap),
    nodes,
    idMap,
  };
}

/** What a derived set may change at once; the rest is copied. */
export type DeriveOptions = Partial<Pick<IndicatorSetMeta, 'name' | 'description' | 'kind' | 'category'>>;

/**
 * A new series refining `source`: every node copied with its lineage `{sourceSetId,
 * sourceNodeId}`. AHP records are not copied: they were the source office's judgement.
 */
export function planDerivedSet(
  source: Source,
  options: DeriveOptions,
  newId: () => string,
): SetDraft & { idMap: Map<string, string> } {
  const { set } = source;
  const { nodes, idMap } = copyNodes(
    source.nodes,
    newId,
    (node) => ({ sourceSetId: set.id, sourceNodeId: node.id }),
    false,
  );
  return {
    meta: { ...metaOf(set), ...options },
    seriesId: newId(),
    edition: 1,
    derivedFrom: { setId: set.id, name: set.name, edition: set.edition },
    weighting: null,
    nodes,
    idMap,
  };
}

function metaOf(set: IndicatorSet): IndicatorSetMeta {
  const { kind, category, name, description, fullMark, bonusCap } = set;
  return { kind, category, name, description, fullMark, bonusCap };
}

type NodeRef = { id: string; code: string; name: string; maxPoints: number };
const refOf = (node: IndicatorNode): NodeRef => ({
  id: node.id,
  code: node.code,
  name: node.name,
  maxPoints: node.maxPoints,
});

/** One line of the comparison of a derived set with its source. */
export type LineageRow = {
  node: NodeRef | null;
  source: NodeRef | null;
  /**
   * `same`/`changed`: copied from `source` (with `changes`); `refined`: added under an indicator
   * copied from `source`; `added`: new, unrelated to the source; `removed`: a source indicator
   * the derived set no longer has.
   */
  status: 'same' | 'changed' | 'refined' | 'added' | 'removed';
  changes: ('name' | 'points' | 'rule' | 'checkpoints' | 'role')[];
};

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Compares a derived set's nodes with its source's, in the derived set's order, removals last. */
export function compareWithSource(
  derived: readonly IndicatorNode[],
  source: { setId: string; nodes: readonly IndicatorNode[] },
): LineageRow[] {
  const sourceById = new Map(source.nodes.map((n) => [n.id, n]));
  const derivedById = new Map(derived.map((n) => [n.id, n]));
  const origin = (node: IndicatorNode) =>
    node.lineage?.sourceSetId === source.setId ? sourceById.get(node.lineage.sourceNodeId) : undefined;
  const ancestorOrigin = (node: IndicatorNode): IndicatorNode | undefined => {
    const seen = new Set<string>();
    let parent = node.parentId ? derivedById.get(node.parentId) : undefined;
    while (parent && !seen.has(parent.id)) {
      seen.add(parent.id);
      const found = origin(parent);
      if (found) return found;
      parent = parent.parentId ? derivedById.get(parent.parentId) : undefined;
    }
    return undefined;
  };
  const used = new Set<string>();
  const rows: LineageRow[] = orderTree(derived).map((node) => {
    const from = origin(node);
    if (!from) {
      const above = ancestorOrigin(node);
      return {
        node: refOf(node),
        source: above ? refOf(above) : null,
        status: above ? 'refined' : 'added',
        changes: [],
      };
    }
    used.add(from.id);
    const changes: LineageRow['changes'] = [];
    if (from.name !== node.name) changes.push('name');
    if (from.maxPoints !== node.maxPoints) changes.push('points');
    if (!sameJson(from.rule, node.rule)) changes.push('rule');
    if (!sameJson(from.checkpoints, node.checkpoints)) changes.push('checkpoints');
    if (from.role !== node.role) changes.push('role');
    return { node: refOf(node), source: refOf(from), status: changes.length ? 'changed' : 'same', changes };
  });
  for (const node of orderTree(source.nodes)) {
    if (!used.has(node.id)) rows.push({ node: null, source: refOf(node), status: 'removed', changes: [] });
  }
  return rows;
}
