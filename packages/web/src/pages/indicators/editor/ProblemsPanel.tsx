import { CheckCircleOutlined, ExclamationCircleFilled, WarningFilled } from '@ant-design/icons';
import type { IndicatorProblem } from '@bianping/core/indicators';
import { Card, List, Typography } from 'antd';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';

type Props = { problems: IndicatorProblem[]; onSelect: (nodeId: string) => void };

/**
 * 校验问题: what publishing would refuse (errors) and likely oversights (warnings), in tree order.
 * Clicking a problem of one indicator selects it.
 */
export function ProblemsPanel({ problems, onSelect }: Props) {
  const t = useT();
  const label = useLabel();
  const errors = problems.filter((p) => p.severity === 'error').length;
  return (
    <Card
      size="small"
      title={t('indicators.problems.title')}
      extra={
        <Typography.Text type={errors ? 'danger' : 'secondary'}>
          {t('indicators.problems.count', { errors, warnings: problems.length - errors })}
        </Typography.Text>
      }
    >
      {problems.length === 0 ? (
        <Typography.Text type="success">
          <CheckCircleOutlined /> {t('indicators.problems.none')}
        </Typography.Text>
      ) : (
        <List
          size="small"
          aria-label={t('indicators.problems.title')}
          style={{ maxHeight: 320, overflowY: 'auto' }}
          dataSource={problems}
          renderItem={(p) => {
            const icon =
              p.severity === 'error' ? (
                <ExclamationCircleFilled style={{ color: 'var(--ant-color-error, #ff4d4f)' }} />
              ) : (
                <WarningFilled style={{ color: 'var(--ant-color-warning, #faad14)' }} />
              );
            const text = label(p.message);
            const nodeId = p.nodeId;
            return (
              <List.Item style={{ padding: '4px 0' }}>
                <span>
                  {icon}{' '}
                  {nodeId ? <Typography.Link onClick={() => onSelect(nodeId)}>{text}</Typography.Link> : text}
                </span>
              </List.Item>
            );
          }}
        />
      )}
    </Card>
  );
}
