import { supervisionItems } from '@bianping/core/campaigns/vocabulary';
import { Table } from 'antd';
import type { SlipItem } from '../../api/supervision.ts';
import { useLabel } from '../../app/i18n/LocaleContext.ts';
import { useSlipText } from './supervision-text.ts';

/** The items checked on a slip: item, facts, basis, cases, indicator. */
export function SlipItemsTable({ items }: { items: SlipItem[] }) {
  const st = useSlipText();
  const label = useLabel();
  return (
    <Table<SlipItem & { key: number }>
      size="small"
      pagination={false}
      dataSource={items.map((item, key) => ({ ...item, key }))}
      columns={[
        {
          title: st('item'),
          key: 'item',
          width: 180,
          render: (_, i) => label(supervisionItems.labels[i.item]),
        },
        { title: st('facts'), dataIndex: 'facts', render: (f: string) => f || st('noneFound') },
        { title: st('basis'), dataIndex: 'basis' },
        { title: st('cases'), dataIndex: 'cases', width: 80, align: 'right' },
        {
          title: st('indicatorCode'),
          dataIndex: 'indicatorCode',
          width: 110,
          render: (c: string | null) => c ?? '—',
        },
      ]}
    />
  );
}
