import { type WarningSeverity, warningSeverities } from '@bianping/core/warnings';
import { Card, Col, Row, Statistic } from 'antd';
import { useLabel, useT } from '../../app/i18n/LocaleContext.ts';
import { severityColors } from './SeverityTag.tsx';

type Props = {
  counts: Record<WarningSeverity, number>;
  resolved: number;
  /** The level the list is filtered by, highlighted; clicking a card filters by its level. */
  selected?: WarningSeverity;
  onSelect: (severity: WarningSeverity | undefined) => void;
};

/** Live warnings per level (红 橙 黄 提示), and how many have been resolved. */
export function SeverityCards({ counts, resolved, selected, onSelect }: Props) {
  const t = useT();
  const label = useLabel();
  return (
    <Row gutter={[16, 16]}>
      {warningSeverities.codes.map((severity) => (
        <Col key={severity} flex="1 1 180px">
          <Card
            hoverable
            onClick={() => onSelect(selected === severity ? undefined : severity)}
            style={{
              borderTop: `3px solid ${severityColors[severity].hex}`,
              outline: selected === severity ? `2px solid ${severityColors[severity].hex}` : undefined,
            }}
          >
            <Statistic
              title={t('warnings.liveOfLevel', { level: label(warningSeverities.labels[severity]) })}
              value={counts[severity]}
              suffix={t('warnings.suffix')}
              styles={{ content: { color: severityColors[severity].hex } }}
            />
          </Card>
        </Col>
      ))}
      <Col flex="1 1 180px">
        <Card style={{ borderTop: '3px solid #52a447' }}>
          <Statistic
            title={t('warnings.resolvedCount')}
            value={resolved}
            suffix={t('warnings.suffix')}
            styles={{ content: { color: '#389e0d' } }}
          />
        </Card>
      </Col>
    </Row>
  );
}
