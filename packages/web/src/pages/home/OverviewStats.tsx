import {
  ApartmentOutlined,
  IdcardOutlined,
  InboxOutlined,
  TeamOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { Card, Col, Row, Statistic, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../app/i18n/LocaleContext.ts';
import type { MessageKey } from '../../app/i18n/zh.ts';
import type { Totals } from './overview-totals.ts';

type Stat = {
  key: keyof Totals;
  title: MessageKey;
  hint?: MessageKey;
  suffix: MessageKey;
  icon: ReactNode;
  color: string;
  /** Counts that signal a problem turn red when above zero. */
  alarming?: boolean;
};

const stats: Stat[] = [
  {
    key: 'units',
    title: 'home.units',
    suffix: 'home.unitSuffix',
    icon: <ApartmentOutlined />,
    color: '#1d5fbf',
  },
  {
    key: 'quota',
    title: 'home.quota',
    suffix: 'home.peopleSuffix',
    icon: <IdcardOutlined />,
    color: '#13a8a8',
  },
  {
    key: 'headcount',
    title: 'home.headcount',
    suffix: 'home.peopleSuffix',
    icon: <TeamOutlined />,
    color: '#52a447',
  },
  {
    key: 'overQuota',
    title: 'home.overQuota',
    hint: 'home.overQuotaHint',
    suffix: 'home.unitSuffix',
    icon: <WarningOutlined />,
    color: '#d4380d',
    alarming: true,
  },
  {
    key: 'emptyUnits',
    title: 'home.emptyUnits',
    hint: 'home.emptyUnitsHint',
    suffix: 'home.unitSuffix',
    icon: <InboxOutlined />,
    color: '#d48806',
    alarming: true,
  },
];

/** The five headline figures of the registry. */
export function OverviewStats({ totals }: { totals: Totals }) {
  const t = useT();
  return (
    <Row gutter={[16, 16]}>
      {stats.map((s) => {
        const value = totals[s.key];
        const title = s.hint ? (
          <Tooltip title={t(s.hint)}>
            <span>{t(s.title)}</span>
          </Tooltip>
        ) : (
          t(s.title)
        );
        return (
          <Col key={s.key} flex="1 1 200px">
            <Card>
              <Statistic
                title={title}
                value={value}
                prefix={<span style={{ color: s.color, marginRight: 4 }}>{s.icon}</span>}
                suffix={t(s.suffix)}
                styles={{ content: s.alarming && value > 0 ? { color: '#cf1322' } : undefined }}
              />
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
