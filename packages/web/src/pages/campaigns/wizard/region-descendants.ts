import type { Region } from '@bianping/core/regions';

/**
 * A region and every region below it: the target filters take regions already expanded, so
 * picking a county also picks its towns.
 */
export function regionWithDescendants(regions: readonly Region[], rootId: string): string[] {
  const children = new Map<string, string[]>();
  for (const r of regions) {
    if (!r.parentId) continue;
    children.set(r.parentId, [...(children.get(r.parentId) ?? []), r.id]);
  }
  const out: string[] = [];
  const stack = [rootId];
  while (stack.length) {
    const id = stack.pop() as string;
    out.push(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}
