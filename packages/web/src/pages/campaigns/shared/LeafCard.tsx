import type { LocalizedText } from '@bianping/core/errors';
import { Card, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { formatPoints } from '../../indicators/indicator-labels.ts';
import { SaveStatusTag } from '../self-assessment/SaveStatusTag.tsx';
import type { SaveStatus } from './useVersionedAutosave.ts';

type Props = {
  leaf: {
    id: string;
    code: string;
    name: string;
    maxPoints: number;
    checkpoints: readonly string[];
    ruleText: LocalizedText | null;
  };
  testId: string;
  /** The save tag in the corner, when the card can be edited. */
  status: SaveStatus | null;
  /** The groups above the leaf, shown as a breadcrumb line. */
  path?: readonly string[];
  children: ReactNode;
};

/**
 * The frame of one leaf indicator in a campaign form (self-assessment, on-site review): its code,
 * name and points, what it checks and how it is scored, with the form's own part below.
 */
export function LeafCard({ leaf, testId, status, path = [], children }: Props) {
  const t = useT();
  const label = useLabel();
  return (
    <Card
      id={`leaf-${leaf.id}`}
      size="small"
      data-testid={testId}
      title={
        <Space wrap size={4} style={{ whiteSpace: 'normal' }}>
          <Typography.Text strong>{leaf.code}</Typography.Text>
          <span>{leaf.name}</span>
          <Tag>{t('campaigns.self.maxPoints', { points: formatPoints(leaf.maxPoints) })}</Tag>
        </Space>
      }
      extra={status && <SaveStatusTag status={status} />}
      style={{ marginBottom: 16, scrollMarginTop: 72 }}
    >
      {path.length > 0 && (
        <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 4 }}>
          {path.join(' / ')}
        </Typography.Text>
      )}
      {leaf.checkpoints.length > 0 && (
        <ul style={{ margin: '0 0 8px', paddingInlineStart: 20 }}>
          {leaf.checkpoints.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      )}
      {leaf.ruleText && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {t('campaigns.self.rule')}：{label(leaf.ruleText)}
        </Typography.Paragraph>
      )}
      {children}
    </Card>
  );
}
