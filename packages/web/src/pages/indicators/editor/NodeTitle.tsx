import { ExclamationCircleFilled, WarningFilled } from '@ant-design/icons';
import { indicatorRoles } from '@bianping/core/indicators/vocabulary';
import { Flex, Tag, Tooltip, Typography } from 'antd';
import type { IndicatorDetailNode } from '../../../api/indicators.ts';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { formatPoints } from '../indicator-labels.ts';

type Props = { node: IndicatorDetailNode; severity: 'error' | 'warning' | null; problemCount: number };

/** One line of the tree: code, name, points; bonus and veto items tagged; a mark when it has problems. */
export function NodeTitle({ node, severity, problemCount }: Props) {
  const t = useT();
  const label = useLabel();
  const points =
    node.role === 'veto' ? null : (
      <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
        {node.role === 'bonus'
          ? t('indicators.tree.bonusPoints', { points: formatPoints(node.maxPoints) })
          : t('indicators.tree.points', { points: formatPoints(node.maxPoints) })}
      </Typography.Text>
    );
  return (
    <Flex gap={6} align="center" data-node-code={node.code}>
      <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
        {node.code}
      </Typography.Text>
      <span>{node.name}</span>
      {node.role !== 'scored' && (
        <Tag color={node.role === 'bonus' ? 'gold' : 'red'} style={{ marginInlineEnd: 0 }}>
          {label(indicatorRoles.labels[node.role])}
        </Tag>
      )}
      {points}
      {severity && (
        <Tooltip title={t('indicators.tree.problems', { count: problemCount })}>
          {severity === 'error' ? (
            <ExclamationCircleFilled
              style={{ color: 'var(--ant-color-error, #ff4d4f)' }}
              aria-label={t('indicators.tree.problems', { count: problemCount })}
            />
          ) : (
            <WarningFilled
              style={{ color: 'var(--ant-color-warning, #faad14)' }}
              aria-label={t('indicators.tree.problems', { count: problemCount })}
            />
          )}
        </Tooltip>
      )}
    </Flex>
  );
}
