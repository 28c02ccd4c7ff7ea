import { campaignPhases } from '@bianping/core/campaigns/vocabulary';
import { Card, Col, Flex, Row, Statistic, Typography } from 'antd';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import type { PhaseSummary } from './progress-view.ts';

/** One card per phase: 已完成 / 进行中 / 未开始 / 逾期 (overdue in red when any). */
export function PhaseSummaryCards({
  summaries,
  dueDates,
}: {
  summaries: PhaseSummary[];
  dueDates: Map<string, string>;
}) {
  const t = useT();
  const label = useLabel();
  return (
    <Row gutter={[16, 16]}>
      {summaries.map((s) => (
        <Col key={s.phase} xs={24} md={12} xl={6}>
          <Card
            size="small"
            title={label(campaignPhases.labels[s.phase])}
            extra={
              <Typography.Text type="secondary">
                {t('campaigns.progress.dueDate', { date: dueDates.get(s.phase) ?? '' })}
              </Typography.Text>
            }
            data-testid={`progress-phase-${s.phase}`}
          >
            <Flex justify="space-between" gap={8}>
              <Statistic title={t('campaigns.progress.done')} value={s.done} />
              <Statistic title={t('campaigns.progress.inProgress')} value={s.inProgress} />
              <Statistic title={t('campaigns.progress.notStarted')} value={s.notStarted} />
              <Statistic
                title={t('campaigns.progress.overdue')}
                value={s.overdue}
                styles={{ content: s.overdue > 0 ? { color: 'var(--ant-color-error)' } : undefined }}
              />
            </Flex>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
