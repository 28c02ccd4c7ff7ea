/**
 * Nests a flat list by parent id (regions province → city → county, …). An item whose parent is
 * not in the list becomes a root, so a list cut to a user's scope still forms a tree.
 */
export function nestByParent<T extends { id: string; parentId: string | null }, N extends { children: N[] }>(
  items: readonly T[],
  toNode: (item: T) => N,
): N[] {
  const nodes = new Map(items.map((item) => [item.id, toNode(item)]));
  const roots: N[] = [];
  for (const item of items) {
    const node = nodes.get(item.id) as N;
    const parent = item.parentId ? nodes.get(item.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}
