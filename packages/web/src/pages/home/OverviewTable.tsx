import { unitKinds } from '@bianping/core/registry/vocabulary';
import { Table, Typography } from 'antd';
import { useLabel, useT } from '../../app/i18n/LocaleContext.ts';
import { type KindRow, type Totals, usagePercent } from './overview-totals.ts';

const num = (n: number) => n.toLocaleString();
const percent = (quota: number, headcount: number) => {
  const p = usagePercent(quota, headcount);
  return p === null ? '—' : `${p}%`;
};

/**
 * The chart's figures as numbers with a total row. No vacancy column: per-kind sums would net
 * over-quota units against vacant ones, which would understate real vacancies.
 */
export function OverviewTable({ rows, totals }: { rows: KindRow[]; totals: Totals }) {
  const t = useT();
  const label = useLabel();
  const alarm = (n: number) => (n > 0 ? <Typography.Text type="danger">{num(n)}</Typography.Text> : num(n));
  return (
    <Table<KindRow>
      size="middle"
      rowKey="kind"
      pagination={false}
      dataSource={rows}
      scroll={{ x: 680 }}
      columns={[
        {
          title: t('home.kind'),
          dataIndex: 'kind',
          render: (kind: KindRow['kind']) => label(unitKinds.labels[kind]),
        },
        { title: t('home.units'), dataIndex: 'units', align: 'right', render: num },
        { title: t('home.quota'), dataIndex: 'quota', align: 'right', render: num },
        { title: t('home.headcount'), dataIndex: 'headcount', align: 'right', render: num },
        { title: t('home.usage'), align: 'right', render: (_, r) => percent(r.quota, r.headcount) },
        { title: t('home.overQuota'), dataIndex: 'overQuota', align: 'right', render: alarm },
        { title: t('home.emptyUnits'), dataIndex: 'emptyUnits', align: 'right', render: alarm },
      ]}
      summary={() => (
        <Table.Summary.Row style={{ fontWeight: 600, background: '#fafafa' }}>
          <Table.Summary.Cell index={0}>{t('common.all')}</Table.Summary.Cell>
          <Table.Summary.Cell index={1} align="right">
            {num(totals.units)}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={2} align="right">
            {num(totals.quota)}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={3} align="right">
            {num(totals.headcount)}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={4} align="right">
            {percent(totals.quota, totals.headcount)}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={5} align="right">
            {alarm(totals.overQuota)}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={6} align="right">
            {alarm(totals.emptyUnits)}
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  );
}
