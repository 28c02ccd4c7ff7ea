import type { LocalizedText } from '../errors.ts';
import { indicatorLimits } from './indicators.schemas.ts';
import { childrenByParent, depthOf, subtreeHeight, subtreeIds, type TreePlace, walkTree } from './tree.ts';

/**
 * Numbering and rearranging the tree. Codes (1, 1.2, 1.2.3) and levels are never typed: they
 * follow from the places, and every change (insert, move, reorder, delete) renumbers the whole
 * set so that codes stay gapless. Functions return new node objects; the server writes back the
 * ones `changedPlaces` lists.
 */

export type Placed = TreePlace & { code: string; level: number };

/** `[1, 2, 3]` → `1.2.3`. */
export const codeOfPath = (path: readonly number[]) => path.join('.');

/**
 * Gives every reachable node its place: `seq` 1…n among its siblings (keeping their order),
 * `code` from the path and `level` from the depth. Returns the nodes in tree order.
 */
export function renumber<T extends Placed>(nodes: readonly T[]): T[] {
  return walkTree(nodes).map(({ node, depth, path }) => ({
    ...node,
    seq: path[path.length - 1] as number,
    code: codeOfPath(path),
    level: depth,
  }));
}

export type TreeEdit<T> = { ok: true; nodes: T[] } | { ok: false; message: LocalizedText };

const refuse = (zh: string, en: string) => ({ ok: false as const, message: { zh, en } });

/** Sequence numbers that put `id` at `position` (1-based, clamped) among `siblings`. */
function placeAmong<T extends TreePlace>(
  siblings: T[],
  id: string,
  position: number | undefined,
): Map<string, number> {
  const others = siblings.filter((s) => s.id !== id);
  const at = Math.min(Math.max(1, position ?? others.length + 1), others.length + 1);
  const order = [...others.slice(0, at - 1).map((s) => s.id), id, ...others.slice(at - 1).map((s) => s.id)];
  return new Map(order.map((sid, i) => [sid, i + 1]));
}

const tooDeep = (depth: number) => depth > indicatorLimits.maxLevel;

const depthRefusal = () =>
  refuse(
    `指标最多 ${indicatorLimits.maxLevel} 级，不能放在这里`,
    `Indicators have at most ${indicatorLimits.maxLevel} levels; it cannot go here`,
  );

/** The depth a child of `parentId` would have, or null when the parent is unknown or broken. */
function childDepth(nodes: readonly TreePlace[], parentId: string | null): number | null {
  if (parentId === null) return 1;
  const depth = depthOf(nodes, parentId);
  return depth === null ? null : depth + 1;
}

/** Adds a node under `parentId` at `position` (last by default) and renumbers. */
export function insertNode<T extends Placed>(
  nodes: readonly T[],
  node: T,
  target: { parentId: string | null; position?: number },
): TreeEdit<T> {
  const depth = childDepth(nodes, target.parentId);
  if (depth === null) return refuse('上级指标不存在', 'The parent indicator does not exist');
  if (tooDeep(depth)) return depthRefusal();
  const siblings = childrenByParent(nodes).get(target.parentId) ?? [];
  const seqs = placeAmong([...siblings, { ...node, parentId: target.parentId }], node.id, target.position);
  const placed = [...nodes, { ...node, parentId: target.parentId }].map((n) =>
    seqs.has(n.id) ? { ...n, seq: seqs.get(n.id) as number } : n,
  );
  return { ok: true, nodes: renumber(placed) };
}

/**
 * Moves a node (with its subtree) under `parentId` at `position`; the same parent reorders.
 * Refuses a move into its own subtree or one that would go deeper than three levels.
 */
export function moveNode<T extends Placed>(
  nodes: readonly T[],
  id: string,
  target: { parentId: string | null; position?: number },
): TreeEdit<T> {
  if (!nodes.some((n) => n.id === id)) return refuse('指标不存在', 'The indicator does not exist');
  if (target.parentId !== null && subtreeIds(nodes, id).has(target.parentId)) {
    return refuse(
      '不能把指标移到它自己或它的下级之下',
      'An indicator cannot move under itself or its own sub-indicators',
    );
  }
  const depth = childDepth(nodes, target.parentId);
  if (depth === null) return refuse('上级指标不存在', 'The parent indicator does not exist');
  if (tooDeep(depth + subtreeHeight(nodes, id) - 1)) return depthRefusal();
  const moved = nodes.map((n) => (n.id === id ? { ...n, parentId: target.parentId } : n));
  const siblings = childrenByParent(moved).get(target.parentId) ?? [];
  const seqs = placeAmong(siblings, id, target.position);
  return {
    ok: true,
    nodes: renumber(moved.map((n) => (seqs.has(n.id) ? { ...n, seq: seqs.get(n.id) as number } : n))),
  };
}

/** Removes a node and its subtree and renumbers the rest; `removed` lists the ids deleted. */
export function removeNode<T extends Placed>(
  nodes: readonly T[],
  id: string,
): { nodes: T[]; removed: string[] } {
  const removed = subtreeIds(nodes, id);
  return { nodes: renumber(nodes.filter((n) => !removed.has(n.id))), removed: [...removed] };
}

/** The nodes whose parent, place, code or level differ from before: what the server must update. */
export function changedPlaces<T extends Placed>(before: readonly Placed[], after: readonly T[]): T[] {
  const old = new Map(before.map((n) => [n.id, n]));
  return after.filter((n) => {
    const o = old.get(n.id);
    return !o || o.parentId !== n.parentId || o.seq !== n.seq || o.code !== n.code || o.level !== n.level;
  });
}
