import type { AhpWeighting, IndicatorNode } from '@bianping/core/indicators';
import { asc, eq, inArray, sql } from 'drizzle-orm';
import { type Db, selectRows } from '../../db/client.ts';
import { indicatorNodes } from '../../db/schema/index.ts';

/** All SQL on `indicator_nodes`: read a set's tree, write nodes back. */

type NodeRow = typeof indicatorNodes.$inferSelect;

export function toIndicatorNode(row: NodeRow): IndicatorNode {
  return {
    id: row.id,
    parentId: row.parentId,
    seq: row.seq,
    code: row.code,
    level: row.level,
    role: row.role as IndicatorNode['role'],
    name: row.name,
    checkpoints: row.checkpoints as string[],
    maxPoints: row.maxPoints,
    guidance: row.guidance,
    evidenceTypes: row.evidenceTypes as IndicatorNode['evidenceTypes'],
    sources: row.sources as IndicatorNode['sources'],
    rule: (row.rule as IndicatorNode['rule']) ?? null,
    registryFormula: row.registryFormula,
    dimension: row.dimension as IndicatorNode['dimension'],
    lineage:
      row.lineageSetId && row.lineageNodeId
        ? { sourceSetId: row.lineageSetId, sourceNodeId: row.lineageNodeId }
        : null,
    weighting: (row.weighting as AhpWeighting | null) ?? null,
  };
}

const toRow = (setId: string, node: IndicatorNode): typeof indicatorNodes.$inferInsert => ({
  id: node.id,
  setId,
  parentId: node.parentId,
  seq: node.seq,
  code: node.code,
  level: node.level,
  role: node.role,
  name: node.name,
  checkpoints: node.checkpoints,
  maxPoints: node.maxPoints,
  guidance: node.guidance,
  evidenceTypes: node.evidenceTypes,
  sources: node.sources,
  rule: node.rule,
  registryFormula: node.registryFormula,
  dimension: node.dimension,
  weighting: node.weighting,
  lineageSetId: node.lineage?.sourceSetId ?? null,
  lineageNodeId: node.lineage?.sourceNodeId ?? null,
});

/** The nodes of a set, in code order (the caller orders the tree with `orderTree`). */
export async function loadNodes(db: Db, setId: string): Promise<IndicatorNode[]> {
  const rows = await db
    .select()
    .from(indicatorNodes)
    .where(eq(indicatorNodes.setId, setId))
    .orderBy(asc(indicatorNodes.level), asc(indicatorNodes.seq));
  return rows.map(toIndicatorNode);
}

/** Inserts nodes in batches (a set has at most 500). */
export async function insertNodes(db: Db, setId: string, nodes: readonly IndicatorNode[]) {
  for (let i = 0; i < nodes.length; i += 200) {
    await db.insert(indicatorNodes).values(nodes.slice(i, i + 200).map((n) => toRow(setId, n)));
  }
}

/** Rewrites the given nodes whole (content and place). */
export async function updateNodes(db: Db, setId: string, nodes: readonly IndicatorNode[]) {
  for (const node of nodes) {
    const { id: _id, setId: _set, ...values } = toRow(setId, node);
    await db.update(indicatorNodes).set(values).where(eq(indicatorNodes.id, node.id));
  }
}

export async function deleteNodes(db: Db, ids: readonly string[]) {
  if (ids.length) await db.delete(indicatorNodes).where(inArray(indicatorNodes.id, [...ids]));
}

/** A source node as a derived node's label shows it; code and name are null once it is gone. */
export type SourceLabel = {
  setId: string;
  setName: string;
  edition: number;
  nodeId: string;
  code: string | null;
  name: string | null;
};

/** The labels of the nodes derived nodes came from, keyed by source node id. */
export async function findSourceLabels(
  db: Db,
  lineages: readonly { sourceSetId: string; sourceNodeId: string }[],
): Promise<Map<string, SourceLabel>> {
  if (!lineages.length) return new Map();
  const setIds = [...new Set(lineages.map((l) => l.sourceSetId))];
  const nodeIds = [...new Set(lineages.map((l) => l.sourceNodeId))];
  const rows = await selectRows<Omit<SourceLabel, 'nodeId'> & { nodeId: string | null }>(
    db,
    sql`select s.id as "setId", s.name as "setName", s.edition, n.id as "nodeId", n.code, n.name
        from indicator_sets s left join indicator_nodes n on n.set_id = s.id and n.id in ${nodeIds}
        where s.id in ${setIds}`,
  );
  const bySet = new Map(rows.map((r) => [r.setId, r]));
  const byNode = new Map(rows.filter((r) => r.nodeId).map((r) => [r.nodeId as string, r]));
  const labels = new Map<string, SourceLabel>();
  for (const { sourceSetId, sourceNodeId } of lineages) {
    const node = byNode.get(sourceNodeId);
    const set = node ?? bySet.get(sourceSetId);
    if (!set) continue;
    labels.set(sourceNodeId, {
      setId: set.setId,
      setName: set.setName,
      edition: set.edition,
      nodeId: sourceNodeId,
      code: node?.code ?? null,
      name: node?.name ?? null,
    });
  }
  return labels;
}
