import { Col, Row, Typography } from 'antd';
import { Fragment, useMemo } from 'react';
import type { SelfAssessmentForm } from '../../../api/self-assessment.ts';
import { buildFormTree, type FormTreeNode } from './form-tree.ts';
import { IndicatorNav } from './IndicatorNav.tsx';
import { LeafEntryCard } from './LeafEntryCard.tsx';
import type { SaveStatus } from './useEntryAutosave.ts';

type Props = {
  form: SelfAssessmentForm;
  editable: boolean;
  onStatus: (nodeId: string, status: SaveStatus) => void;
};

/**
 * 指标自评: the indicator map on the left, every self-scored leaf on the right under its level-1
 * and level-2 headings. All leaves stay mounted, so each keeps its own autosave running.
 */
export function EntriesPanel({ form, editable, onStatus }: Props) {
  const sets = useMemo(() => buildFormTree(form), [form]);
  const entries = useMemo(() => new Map(form.entries.map((e) => [e.nodeId, e])), [form.entries]);

  const render = (tree: FormTreeNode): React.ReactNode => {
    const { node } = tree;
    if (tree.children.length === 0) {
      return (
        <LeafEntryCard
          key={node.id}
          form={form}
          node={node}
          entry={entries.get(node.id)}
          editable={editable}
          onStatus={onStatus}
        />
      );
    }
    return (
      <Fragment key={node.id}>
        <Typography.Title
          id={`group-${node.id}`}
          level={node.level <= 1 ? 4 : 5}
          style={{ scrollMarginTop: 72, marginTop: 8 }}
        >
          {node.code} {node.name}
        </Typography.Title>
        {tree.children.map(render)}
      </Fragment>
    );
  };

  return (
    <Row gutter={24}>
      <Col xs={0} lg={7}>
        <div style={{ position: 'sticky', top: 72, maxHeight: 'calc(100vh - 96px)', overflow: 'auto' }}>
          <IndicatorNav sets={sets} />
        </div>
      </Col>
      <Col xs={24} lg={17}>
        {sets.map((set) => (
          <section key={set.id} aria-label={set.name}>
            <Typography.Title level={3}>{set.name}</Typography.Title>
            {set.roots.map(render)}
          </section>
        ))}
      </Col>
    </Row>
  );
}
