import { Table, type TableColumnsType } from 'antd';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { BUDGET, perHead, type WorkloadSeries } from './workload-series.ts';

type Props = { series: WorkloadSeries; measureName: (measure: string) => string };
type Row = { year: number };

const fmt = (n: number | null) => (n === null ? '—' : n.toLocaleString());

/** The charts' figures by year: the year-end headcount, and each measure with its per-head value. */
export function WorkloadTable({ series, measureName }: Props) {
  const t = useT();
  const measures = series.hasBudget ? [...series.measures, BUDGET] : series.measures;
  const columns: TableColumnsType<Row> = [
    { title: t('registry.workload.year'), dataIndex: 'year', width: 90, fixed: 'left' },
    {
      title: t('workload.headcount'),
      key: 'headcount',
      width: 110,
      align: 'right',
      render: (_: unknown, r: Row) => fmt(series.headcountOf(r.year)),
    },
    ...measures.map((measure) => ({
      title: measureName(measure),
      key: measure,
      children: [
        {
          title: t('registry.workload.value'),
          key: `${measure}-value`,
          align: 'right' as const,
          render: (_: unknown, r: Row) => fmt(series.value(r.year, measure)),
        },
        {
          title: t('registry.workload.perHead'),
          key: `${measure}-head`,
          align: 'right' as const,
          render: (_: unknown, r: Row) =>
            fmt(perHead(series.value(r.year, measure), series.headcountOf(r.year))),
        },
      ],
    })),
  ];
  return (
    <Table<Row>
      size="small"
      bordered
      rowKey="year"
      pagination={false}
      scroll={{ x: 310 + measures.length * 220 }}
      dataSource={[...series.years].reverse().map((year) => ({ year }))}
      columns={columns}
    />
  );
}
