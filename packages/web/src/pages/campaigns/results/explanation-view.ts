import type { LocalizedText } from '@bianping/core/errors';
import type { NodeExplanation, TargetExplanation } from '../../../api/scoring.ts';

type Row = TargetExplanation['rows'][number];
type SetExplanation = TargetExplanation['sets'][number];

/**
 * A line of the tree table: a first-level indicator (its points as the API rolled them up) with
 * its leaves below, each leaf one row of the officials' table.
 */
export type TreeLine = {
  key: string;
  nodeId: string;
  code: string;
  item: string;
  method: LocalizedText | null;
  indicator: string;
  data: LocalizedText | null;
  average: number | null;
  rank: number | null;
  of: number | null;
  points: number;
  maxPoints: number;
  yearOnYear: number | null;
  role: NodeExplanation['role'];
  isFirstLevel: boolean;
  veto: NodeExplanation['veto'];
  /** The leaf's explanation, for the drawer; null on a first-level line. */
  leaf: NodeExplanation | null;
  children?: TreeLine[];
};

/** The leaves under a node, in the tree's order (a first-level leaf is its own only leaf). */
export function leavesOf(node: NodeExplanation): NodeExplanation[] {
  return node.children.length ? node.children.flatMap(leavesOf) : [node];
}

/** One set's tree table: first-level indicators, each with its leaves as the API's rows. */
export function treeLines(set: SetExplanation, rows: readonly Row[]): TreeLine[] {
  const byNode = new Map(rows.filter((r) => r.setId === set.setId).map((r) => [r.nodeId, r]));
  const leafLine = (leaf: NodeExplanation): TreeLine => {
    const row = byNode.get(leaf.nodeId);
    return {
      key: `${set.setId}:${leaf.nodeId}`,
      nodeId: leaf.nodeId,
      code: leaf.code,
      item: row?.item ?? '',
      method: row?.method ?? leaf.rule,
      indicator: row?.indicator ?? leaf.name,
      data: row?.data ?? null,
      average: row?.average ?? null,
      rank: row?.rank ?? null,
      of: row?.of ?? null,
      points: row?.points ?? leaf.points,
      maxPoints: row?.maxPoints ?? leaf.maxPoints,
      yearOnYear: row?.yearOnYear ?? null,
      role: leaf.role,
      isFirstLevel: false,
      veto: leaf.veto,
      leaf,
    };
  };
  return set.nodes.map((node) =>
    node.children.length === 0
      ? { ...leafLine(node), item: node.name, isFirstLevel: true }
      : {
          key: `${set.setId}:${node.nodeId}`,
          nodeId: node.nodeId,
          code: node.code,
          item: node.name,
          method: null,
          indicator: '',
          data: null,
          average: null,
          rank: null,
          of: null,
          points: node.points,
          maxPoints: node.maxPoints,
          yearOnYear: null,
          role: node.role,
          isFirstLevel: true,
          veto: node.veto,
          leaf: null,
          children: leavesOf(node).map(leafLine),
        },
  );
}

/** Keys of every expandable line, for 全部展开 and printing. */
export const expandableKeys = (lines: readonly TreeLine[]) =>
  lines.filter((l) => l.children).map((l) => l.key);
