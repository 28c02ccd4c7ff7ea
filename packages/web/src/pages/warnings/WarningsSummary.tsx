import type { WarningCode, WarningSeverity } from '@bianping/core/warnings';
import { Card, Col, Row, Skeleton } from 'antd';
import type { WarningSummary } from '../../api/warnings.ts';
import { useT } from '../../app/i18n/LocaleContext.ts';
import { RegionRuleTable } from './RegionRuleTable.tsx';
import { RuleChart } from './RuleChart.tsx';
import { SeverityCards } from './SeverityCards.tsx';
import { countWithStatus, liveByRegionAndRule, liveByRule, liveBySeverity } from './summary-counts.ts';

type Props = {
  summary: WarningSummary | undefined;
  severity: WarningSeverity | undefined;
  onSeverity: (severity: WarningSeverity | undefined) => void;
  onPick: (regionId: string, code?: WarningCode) => void;
};

/** The counts at the top of the page: per level, per rule, per region × rule. */
export function WarningsSummary({ summary, severity, onSeverity, onPick }: Props) {
  const t = useT();
  if (!summary) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 6 }} />
      </Card>
    );
  }
  return (
    <>
      <SeverityCards
        counts={liveBySeverity(summary.rows)}
        resolved={countWithStatus(summary.rows, 'resolved')}
        selected={severity}
        onSelect={onSeverity}
      />
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} xxl={12}>
          <Card title={t('warnings.chartTitle')}>
            <RuleChart counts={liveByRule(summary.rows)} />
          </Card>
        </Col>
        <Col xs={24} xxl={12}>
          <Card title={t('warnings.regionTableTitle')}>
            <RegionRuleTable rows={liveByRegionAndRule(summary.rows)} onPick={onPick} />
          </Card>
        </Col>
      </Row>
    </>
  );
}
