import type { UnitDetail } from '@bianping/core/registry';
import { staffingTypes } from '@bianping/core/registry/vocabulary';
import { Table, Typography } from 'antd';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';

type Row = UnitDetail['staffing'][number];

/** The chart's figures per staffing type, with the vacancy or the excess. */
export function StaffingTable({ staffing }: { staffing: UnitDetail['staffing'] }) {
  const t = useT();
  const label = useLabel();
  const quota = staffing.reduce((s, r) => s + r.quota, 0);
  const headcount = staffing.reduce((s, r) => s + r.headcount, 0);
  const gap = (q: number, h: number) =>
    h > q ? (
      <Typography.Text type="danger" strong>
        {t('registry.overBy', { count: h - q })}
      </Typography.Text>
    ) : (
      t('registry.vacantBy', { count: q - h })
    );
  return (
    <Table<Row>
      size="small"
      rowKey="staffingType"
      pagination={false}
      dataSource={staffing}
      locale={{ emptyText: t('registry.staffingEmpty') }}
      columns={[
        {
          title: t('registry.ledger.staffingType'),
          dataIndex: 'staffingType',
          render: (type: Row['staffingType']) => label(staffingTypes.labels[type]),
        },
        { title: t('registry.quota'), dataIndex: 'quota', align: 'right' },
        {
          title: t('registry.headcount'),
          dataIndex: 'headcount',
          align: 'right',
          render: (h: number, r) => (
            <Typography.Text type={h > r.quota ? 'danger' : undefined}>{h}</Typography.Text>
          ),
        },
        { title: t('registry.gap'), key: 'gap', align: 'right', render: (_, r) => gap(r.quota, r.headcount) },
      ]}
      summary={() =>
        staffing.length > 1 ? (
          <Table.Summary.Row style={{ fontWeight: 600, background: '#fafafa' }}>
            <Table.Summary.Cell index={0}>{t('common.all')}</Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              {quota}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} align="right">
              {headcount}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={3} align="right">
              {gap(quota, headcount)}
            </Table.Summary.Cell>
          </Table.Summary.Row>
        ) : undefined
      }
    />
  );
}
