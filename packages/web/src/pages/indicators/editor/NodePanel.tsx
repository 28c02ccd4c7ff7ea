import { BranchesOutlined, DeleteOutlined, NodeIndexOutlined, PlusOutlined } from '@ant-design/icons';
import { indicatorLimits } from '@bianping/core/indicators';
import { Button, Card, Flex, Popconfirm, Tag, Typography } from 'antd';
import type { IndicatorDetailNode } from '../../../api/indicators.ts';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { levelLabel } from '../indicator-labels.ts';
import { NodeForm } from './NodeForm.tsx';
import type { NodeValues } from './node-values.ts';

type Props = {
  node: IndicatorDetailNode;
  childNodes: IndicatorDetailNode[];
  /** How many indicators deleting it removes (itself included). */
  subtreeSize: number;
  canEdit: boolean;
  /** May open the AHP panel (officers, and experts for their own judgement). */
  canWeigh: boolean;
  canPickUnit: boolean;
  saving: boolean;
  onSave: (values: NodeValues) => void;
  onAddChild: () => void;
  onDelete: () => void;
  onWeigh: () => void;
  onDirtyChange: (dirty: boolean) => void;
};

/** The selected indicator: where it sits, where it came from, its form and what can be done to it. */
export function NodePanel(props: Props) {
  const { node, childNodes: children, canEdit, canWeigh } = props;
  const t = useT();
  const label = useLabel();
  const source = node.source;
  const childrenSum = children.length
    ? children.filter((c) => c.role === 'scored').reduce((s, c) => s + Math.round(c.maxPoints * 100), 0) / 100
    : null;
  return (
    <Card
      data-testid="node-panel"
      title={
        <Flex gap={8} align="center" wrap>
          <span>
            {node.code} {node.name}
          </span>
          <Tag>{label(levelLabel(node.level))}</Tag>
        </Flex>
      }
      extra={
        <Flex gap={8} wrap>
          {canWeigh && children.length >= 2 && (
            <Button size="small" icon={<NodeIndexOutlined />} onClick={props.onWeigh}>
              {t('indicators.ahp.open')}
            </Button>
          )}
          {canEdit && node.level < indicatorLimits.maxLevel && (
            <Button size="small" icon={<PlusOutlined />} onClick={props.onAddChild}>
              {t('indicators.node.addChild')}
            </Button>
          )}
          {canEdit && (
            <Popconfirm
              title={t('indicators.node.deleteTitle', { name: node.name })}
              description={
                props.subtreeSize > 1
                  ? t('indicators.node.deleteSubtree', { count: props.subtreeSize - 1 })
                  : undefined
              }
              okButtonProps={{ danger: true }}
              onConfirm={props.onDelete}
            >
              <Button size="small" danger icon={<DeleteOutlined />}>
                {t('indicators.node.delete')}
              </Button>
            </Popconfirm>
          )}
        </Flex>
      }
    >
      {source && (
        <Typography.Paragraph type="secondary">
          <BranchesOutlined />{' '}
          {source.code
            ? t('indicators.node.source', {
                code: source.code,
                name: source.name ?? '',
                set: source.setName,
                edition: source.edition,
              })
            : t('indicators.node.sourceGone', { set: source.setName, edition: source.edition })}
        </Typography.Paragraph>
      )}
      <NodeForm
        node={node}
        childrenSum={childrenSum}
        readOnly={!canEdit}
        canPickUnit={props.canPickUnit}
        saving={props.saving}
        onSave={props.onSave}
        onDirtyChange={props.onDirtyChange}
      />
    </Card>
  );
}
