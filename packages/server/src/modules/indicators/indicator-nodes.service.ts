import { randomUUID } from 'node:crypto';
import { AppError, ErrorCode, notFound } from '@bianping/core/errors';
import { type IndicatorNode, indicatorLimits } from '@bianping/core/indicators';
import type {
  IndicatorNodeCreateInput,
  IndicatorNodeMoveInput,
  IndicatorNodeUpdateInput,
} from '@bianping/core/indicators/api';
import {
  changedPlaces,
  insertNode,
  moveNode,
  removeNode,
  type TreeEdit,
} from '@bianping/core/indicators/codes';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../plugins/auth.ts';
import type { AuditActor } from '../audit/audit-actor.ts';
import { deleteNodes, insertNodes, updateNodes } from './indicator-nodes.queries.ts';
import { deleteJudgementsOf } from './indicators-ahp.queries.ts';
import { editDraft } from './indicators-draft.ts';

/**
 * Edits of a draft's tree. Codes and levels are never taken from the caller: the core's tree
 * edits renumber the whole set after every insert, move or removal, and only the nodes whose
 * place changed are written back.
 */

type Caller = { principal: Principal; actor: AuditActor };

const nodeLabel = { zh: '指标', en: 'Indicator' };

function applied<T>(edit: TreeEdit<T>, field: string): T[] {
  if (edit.ok) return edit.nodes;
  throw new AppError(ErrorCode.Validation, edit.message, field);
}

function nodeOf(nodes: readonly IndicatorNode[], nodeId: string) {
  const node = nodes.find((n) => n.id === nodeId);
  if (!node) throw notFound(nodeLabel, 'nodeId');
  return node;
}

/** Writes back the nodes whose place changed (the new ones are inserted by the caller). */
async function writePlaces(
  tx: Db,
  setId: string,
  before: IndicatorNode[],
  after: IndicatorNode[],
  skip?: string,
) {
  const existing = new Set(before.map((n) => n.id));
  await updateNodes(
    tx,
    setId,
    changedPlaces(before, after).filter((n) => n.id !== skip && existing.has(n.id)),
  );
}

/** Adds a node under `parentId` at `position` (last by default). Returns its id. */
export async function addNode(db: Db, caller: Caller, setId: string, input: IndicatorNodeCreateInput) {
  const { version, parentId, position, ...content } = input;
  const id = randomUUID();
  await editDraft(db, setId, { ...caller, version, withNodes: true }, async (tx, { nodes }) => {
    if (nodes.length >= indicatorLimits.nodesPerSetMax) {
      throw new AppError(ErrorCode.Validation, {
        zh: `一套指标体系最多 ${indicatorLimits.nodesPerSetMax} 个指标`,
        en: `A set holds at most ${indicatorLimits.nodesPerSetMax} indicators`,
      });
    }
    const node: IndicatorNode = {
      ...content,
      id,
      parentId,
      seq: 1,
      code: '',
      level: 1,
      lineage: null,
      weighting: null,
    };
    const after = applied(
      insertNode(nodes, node, { parentId, ...(position ? { position } : {}) }),
      'parentId',
    );
    await insertNodes(tx, setId, [after.find((n) => n.id === id) as IndicatorNode]);
    await writePlaces(tx, setId, nodes, after, id);
    return { action: 'indicatorSet.node.add', before: null, after: after.find((n) => n.id === id) };
  });
  return id;
}

/** Changes a node's content; its place stays. */
export async function editNode(
  db: Db,
  caller: Caller,
  setId: string,
  nodeId: string,
  input: IndicatorNodeUpdateInput,
) {
  const { version, ...patch } = input;
  await editDraft(db, setId, { ...caller, version, withNodes: true }, async (tx, { nodes }) => {
    const before = nodeOf(nodes, nodeId);
    const changes = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    const after: IndicatorNode = { ...before, ...changes };
    await updateNodes(tx, setId, [after]);
    return { action: 'indicatorSet.node.edit', before, after };
  });
}

/** Removes a node with everything below it, and the AHP judgements on those nodes' children. */
export async function deleteNode(db: Db, caller: Caller, setId: string, nodeId: string, version: number) {
  await editDraft(db, setId, { ...caller, version, withNodes: true }, async (tx, { nodes }) => {
    const target = nodeOf(nodes, nodeId);
    const { nodes: after, removed } = removeNode(nodes, nodeId);
    await deleteNodes(tx, removed);
    await deleteJudgementsOf(tx, setId, removed);
    await writePlaces(tx, setId, nodes, after);
    return {
      action: 'indicatorSet.node.delete',
      before: { ...target, removed: removed.length },
      after: null,
    };
  });
}

/** Moves (or reorders) a node with its subtree; refuses more than three levels. */
export async function relocateNode(
  db: Db,
  caller: Caller,
  setId: string,
  nodeId: string,
  input: IndicatorNodeMoveInput,
) {
  const { version, parentId, position } = input;
  await editDraft(db, setId, { ...caller, version, withNodes: true }, async (tx, { nodes }) => {
    const before = nodeOf(nodes, nodeId);
    const after = applied(moveNode(nodes, nodeId, { parentId, position }), 'parentId');
    await writePlaces(tx, setId, nodes, after);
    const moved = after.find((n) => n.id === nodeId) as IndicatorNode;
    return {
      action: 'indicatorSet.node.move',
      before: { parentId: before.parentId, code: before.code },
      after: { parentId: moved.parentId, code: moved.code },
    };
  });
}
