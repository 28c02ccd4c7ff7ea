import { subtreeIds } from '@bianping/core/indicators/tree';
import {
  createIndicatorNode,
  deleteIndicatorNode,
  type IndicatorSetDetail,
  moveIndicatorNode,
  updateIndicatorNode,
} from '../../../api/indicators.ts';
import type { NewNodeValues } from './AddNodeModal.tsx';
import { type NodeValues, patchOfValues } from './node-values.ts';
import type { MoveTarget } from './tree-moves.ts';
import type { useSetEdit } from './useSetEditor.ts';

/**
 * The edits of the tree, each through the set's versioned edit: save a node's content, add one
 * (then select it), delete one with its subtree (then select its parent), move one by drag.
 */
export function useNodeActions(
  detail: IndicatorSetDetail,
  edit: ReturnType<typeof useSetEdit>,
  select: (nodeId: string | null) => void,
) {
  const setId = detail.set.id;
  const hasChildren = (nodeId: string) => detail.nodes.some((n) => n.parentId === nodeId);

  const save = (nodeId: string, values: NodeValues, onDone: () => void) =>
    edit.mutate(
      (version) => updateIndicatorNode(setId, nodeId, patchOfValues(values, hasChildren(nodeId), version)),
      { onSuccess: onDone },
    );

  const add = (parentId: string | null, values: NewNodeValues, onDone: () => void) => {
    const before = new Set(detail.nodes.map((n) => n.id));
    edit.mutate((version) => createIndicatorNode(setId, { version, parentId, ...values }), {
      onSuccess: (next) => {
        onDone();
        const created = next.nodes.find((n) => !before.has(n.id));
        if (created) select(created.id);
      },
    });
  };

  const remove = (nodeId: string) => {
    const parentId = detail.nodes.find((n) => n.id === nodeId)?.parentId ?? null;
    edit.mutate((version) => deleteIndicatorNode(setId, nodeId, version), {
      onSuccess: () => select(parentId),
    });
  };

  const move = (nodeId: string, target: MoveTarget) =>
    edit.mutate((version) => moveIndicatorNode(setId, nodeId, { version, ...target }));

  /** How many indicators deleting this one removes, itself included. */
  const subtreeSize = (nodeId: string) => subtreeIds(detail.nodes, nodeId).size;

  return { save, add, remove, move, subtreeSize };
}
