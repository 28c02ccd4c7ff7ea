/**
 * Walking the flat node list of a set as a tree. Every function takes the minimal shape
 * (`id`, `parentId`, `seq`) so it serves stored nodes, imported rows and reference data alike,
 * and none of them loops on a broken tree: nodes on a cycle or under a missing parent are simply
 * not reached (validation reports them).
 */

export type TreePlace = { id: string; parentId: string | null; seq: number };

/** Children of each parent (null = top level), ordered by `seq`, then by list order. */
export function childrenByParent<T extends TreePlace>(nodes: readonly T[]): Map<string | null, T[]> {
  const map = new Map<string | null, T[]>();
  nodes.forEach((node) => {
    const siblings = map.get(node.parentId);
    if (siblings) siblings.push(node);
    else map.set(node.parentId, [node]);
  });
  for (const siblings of map.values()) {
    const order = new Map(siblings.map((s, i) => [s, i]));
    siblings.sort((a, b) => a.seq - b.seq || (order.get(a) ?? 0) - (order.get(b) ?? 0));
  }
  return map;
}

/** A node reached from the top with its depth (1 = top level) and its position path. */
export type Visited<T> = { node: T; depth: number; path: number[] };

/** Depth-first, parents before children, siblings in order: the order a score sheet lists them. */
export function walkTree<T extends TreePlace>(nodes: readonly T[]): Visited<T>[] {
  const children = childrenByParent(nodes);
  const out: Visited<T>[] = [];
  const seen = new Set<string>();
  const visit = (parentId: string | null, depth: number, path: number[]) => {
    (children.get(parentId) ?? []).forEach((node, i) => {
      if (seen.has(node.id)) return;
      seen.add(node.id);
      const here = [...path, i + 1];
      out.push({ node, depth, path: here });
      visit(node.id, depth + 1, here);
    });
  };
  visit(null, 1, []);
  return out;
}

/** The nodes in tree order (unreachable ones left out). */
export const orderTree = <T extends TreePlace>(nodes: readonly T[]): T[] =>
  walkTree(nodes).map((v) => v.node);

/** The ids of a node and everything below it. */
export function subtreeIds(nodes: readonly TreePlace[], rootId: string): Set<string> {
  const children = childrenByParent(nodes);
  const ids = new Set<string>();
  const stack = [rootId];
  while (stack.length) {
    const id = stack.pop() as string;
    if (ids.has(id)) continue;
    ids.add(id);
    for (const child of children.get(id) ?? []) stack.push(child.id);
  }
  return ids;
}

/** How many levels a subtree spans (1 for a leaf). */
export function subtreeHeight(nodes: readonly TreePlace[], rootId: string): number {
  const children = childrenByParent(nodes);
  const seen = new Set<string>();
  const height = (id: string): number => {
    if (seen.has(id)) return 0;
    seen.add(id);
    return 1 + Math.max(0, ...(children.get(id) ?? []).map((c) => height(c.id)));
  };
  return height(rootId);
}

/** The depth of a node (1 = top level), or null when its ancestry is broken. */
export function depthOf(nodes: readonly TreePlace[], id: string): number | null {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  let depth = 0;
  let current = byId.get(id);
  const seen = new Set<string>();
  while (current) {
    if (seen.has(current.id)) return null;
    seen.add(current.id);
    depth++;
    if (current.parentId === null) return depth;
    current = byId.get(current.parentId);
  }
  return null;
}

/** Ids of the nodes that have children. */
export const parentIds = (nodes: readonly TreePlace[]) =>
  new Set(nodes.map((n) => n.parentId).filter((id): id is string => id !== null));
