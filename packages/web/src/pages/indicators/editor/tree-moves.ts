import { indicatorLimits } from '@bianping/core/indicators';
import {
  childrenByParent,
  depthOf,
  subtreeHeight,
  subtreeIds,
  type TreePlace,
} from '@bianping/core/indicators/tree';

/** Where a dragged indicator lands relative to the one it is dropped on. */
export type DropPlace = 'before' | 'after' | 'inside';

/** A move as the API takes it: the new parent and the 1-based place among its other children. */
export type MoveTarget = { parentId: string | null; position: number };

/** The parent an indicator dropped there would have. */
export function parentAfterDrop(nodes: readonly TreePlace[], dropId: string, place: DropPlace) {
  if (place === 'inside') return dropId;
  return nodes.find((n) => n.id === dropId)?.parentId ?? null;
}

/**
 * Whether `dragId` may go under `parentId`: not into its own subtree, and its subtree still
 * within three levels there. The server checks the same; this keeps the drop cursor honest.
 */
export function canMoveUnder(nodes: readonly TreePlace[], dragId: string, parentId: string | null): boolean {
  if (parentId !== null && subtreeIds(nodes, dragId).has(parentId)) return false;
  const parentDepth = parentId === null ? 0 : depthOf(nodes, parentId);
  if (parentDepth === null) return false;
  return parentDepth + subtreeHeight(nodes, dragId) <= indicatorLimits.maxLevel;
}

/** The move a drop means, or null when the indicator would stay where it is. */
export function moveForDrop(
  nodes: readonly TreePlace[],
  dragId: string,
  dropId: string,
  place: DropPlace,
): MoveTarget | null {
  const dragged = nodes.find((n) => n.id === dragId);
  if (!dragged || dragId === dropId) return null;
  const parentId = parentAfterDrop(nodes, dropId, place);
  let position = 1;
  if (place !== 'inside') {
    const others = (childrenByParent(nodes).get(parentId) ?? []).filter((n) => n.id !== dragId);
    const at = others.findIndex((n) => n.id === dropId);
    if (at < 0) return null;
    position = place === 'before' ? at + 1 : at + 2;
  }
  const siblings = (childrenByParent(nodes).get(dragged.parentId) ?? []).map((n) => n.id);
  const unchanged = parentId === dragged.parentId && siblings.indexOf(dragId) + 1 === position;
  return unchanged ? null : { parentId, position };
}

/**
 * What antd's Tree reports on a drop, as a place: `dropPosition` counts from the target's own
 * index, and a drop on the lower gap of an open group goes in as its first child (antd's own
 * reading of that gesture).
 */
export function dropPlaceOf(info: {
  dropToGap: boolean;
  dropPosition: number;
  node: { pos: string; expanded?: boolean; children?: unknown[] };
}): DropPlace {
  if (!info.dropToGap) return 'inside';
  const index = Number(info.node.pos.split('-').pop());
  const relative = info.dropPosition - index;
  if (relative === 1 && info.node.expanded && (info.node.children?.length ?? 0) > 0) return 'inside';
  return relative === -1 ? 'before' : 'after';
}
