import type { UnitDetail } from '@bianping/core/registry';
import { fundingForms, staffingTypes } from '@bianping/core/registry/vocabulary';
import { Table, Typography } from 'antd';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';

type Entry = UnitDetail['quotaLedger'][number];

/** The append-only quota ledger, newest first: every change with its approving document. */
export function QuotaLedgerTable({ ledger }: { ledger: UnitDetail['quotaLedger'] }) {
  const t = useT();
  const label = useLabel();
  const rows = [...ledger].sort((a, b) => b.effectiveOn.localeCompare(a.effectiveOn));
  return (
    <Table<Entry>
      rowKey="id"
      size="small"
      dataSource={rows}
      pagination={rows.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
      scroll={{ x: 760 }}
      locale={{ emptyText: t('registry.ledger.empty') }}
      columns={[
        { title: t('registry.ledger.effectiveOn'), dataIndex: 'effectiveOn', width: 110 },
        {
          title: t('registry.ledger.staffingType'),
          dataIndex: 'staffingType',
          width: 130,
          render: (type: Entry['staffingType']) => label(staffingTypes.labels[type]),
        },
        {
          title: t('registry.field.fundingForm'),
          dataIndex: 'fundingForm',
          width: 100,
          render: (form: Entry['fundingForm']) => label(fundingForms.labels[form]),
        },
        {
          title: t('registry.ledger.delta'),
          dataIndex: 'delta',
          width: 90,
          align: 'right',
          render: (delta: number) => (
            <Typography.Text type={delta < 0 ? 'danger' : 'success'} strong>
              {delta > 0 ? `+${delta}` : delta}
            </Typography.Text>
          ),
        },
        {
          title: t('registry.ledger.docNo'),
          dataIndex: 'docNo',
          width: 170,
          render: (docNo: string | null) => docNo ?? <Typography.Text type="secondary">—</Typography.Text>,
        },
        { title: t('registry.ledger.note'), dataIndex: 'note', render: (note: string | null) => note ?? '' },
      ]}
    />
  );
}
