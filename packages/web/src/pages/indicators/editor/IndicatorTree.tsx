import type { IndicatorProblem } from '@bianping/core/indicators';
import { childrenByParent } from '@bianping/core/indicators/tree';
import { Tree, type TreeDataNode } from 'antd';
import { useMemo, useState } from 'react';
import type { IndicatorDetailNode } from '../../../api/indicators.ts';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { NodeTitle } from './NodeTitle.tsx';
import { canMoveUnder, dropPlaceOf, type MoveTarget, moveForDrop, parentAfterDrop } from './tree-moves.ts';

type Props = {
  nodes: IndicatorDetailNode[];
  problems: IndicatorProblem[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** Drag to reorder or move; absent when the set is read-only. */
  onMove?: (nodeId: string, target: MoveTarget) => void;
};

const extraSeparator = {
  borderTop: '1px dashed var(--ant-color-border, #d9d9d9)',
  marginTop: 8,
  paddingTop: 8,
};

type Marks = Map<string, { severity: 'error' | 'warning'; count: number }>;

function marksOf(problems: IndicatorProblem[]): Marks {
  const marks: Marks = new Map();
  for (const p of problems) {
    if (!p.nodeId) continue;
    const mark = marks.get(p.nodeId);
    marks.set(p.nodeId, {
      severity: mark?.severity === 'error' || p.severity === 'error' ? 'error' : 'warning',
      count: (mark?.count ?? 0) + 1,
    });
  }
  return marks;
}

/**
 * 指标树: three levels with their codes (1, 1.2, 1.2.3) and points. In a draft, dragging an
 * indicator reorders it or moves it under another one (with its subtree, never beyond 三级);
 * codes are renumbered by the server.
 */
export function IndicatorTree({ nodes, problems, selectedId, onSelect, onMove }: Props) {
  const t = useT();
  const marks = useMemo(() => marksOf(problems), [problems]);
  const treeData = useMemo(() => {
    const children = childrenByParent(nodes);
    // Bonus and veto items sit outside the full mark: a line above the first of them sets them apart.
    const firstExtra = (children.get(null) ?? []).find((n) => n.role !== 'scored')?.id;
    const build = (parentId: string | null): TreeDataNode[] =>
      (children.get(parentId) ?? []).map((node) => {
        const mark = marks.get(node.id);
        const below = build(node.id);
        return {
          key: node.id,
          style: node.id === firstExtra ? extraSeparator : undefined,
          title: <NodeTitle node={node} severity={mark?.severity ?? null} problemCount={mark?.count ?? 0} />,
          children: below.length ? below : undefined,
          isLeaf: below.length === 0,
        };
      });
    return build(null);
  }, [nodes, marks]);
  const allKeys = useMemo(() => nodes.filter((n) => n.level < 3).map((n) => n.id), [nodes]);
  const [collapsed, setCollapsed] = useState<Set<string>>(new Set());
  const expandedKeys = allKeys.filter((k) => !collapsed.has(k));

  return (
    <Tree
      aria-label={t('indicators.tree.title')}
      blockNode
      showLine
      treeData={treeData}
      selectedKeys={selectedId ? [selectedId] : []}
      expandedKeys={expandedKeys}
      onExpand={(keys) => setCollapsed(new Set(allKeys.filter((k) => !keys.includes(k))))}
      onSelect={(keys) => {
        const key = keys[0];
        if (typeof key === 'string') onSelect(key);
      }}
      draggable={onMove ? { icon: false } : false}
      allowDrop={({ dragNode, dropNode, dropPosition }) =>
        canMoveUnder(
          nodes,
          String(dragNode.key),
          parentAfterDrop(nodes, String(dropNode.key), dropPosition === 0 ? 'inside' : 'after'),
        )
      }
      onDrop={(info) => {
        const place = dropPlaceOf(info);
        const dragId = String(info.dragNode.key);
        const dropId = String(info.node.key);
        if (!canMoveUnder(nodes, dragId, parentAfterDrop(nodes, dropId, place))) return;
        const target = moveForDrop(nodes, dragId, dropId, place);
        if (target) onMove?.(dragId, target);
      }}
    />
  );
}
