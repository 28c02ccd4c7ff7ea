import type { PeerComparison, PeerMember } from '@bianping/core/registry/workload';
import { Table, type TableColumnsType, Tag, Typography, theme } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { peerSourceColors, peerSourceLabels } from './peer-labels.ts';
import { BUDGET } from './workload-series.ts';

type Stat = PeerComparison['stats']['quota'];
type Props = { data: PeerComparison; measureName: (measure: string) => string };

const PAGE = 30;
const fmt = (n: number | null | undefined) => (n === null || n === undefined ? '—' : n.toLocaleString());

/**
 * 同类对比 table: one row per institution (the unit first, highlighted), each measure with its
 * value, per-capita value and quota per 1,000; the peer median and the unit's rank underneath.
 */
export function PeerTable({ data, measureName }: Props) {
  const t = useT();
  const { token } = theme.useToken();
  const rank = (s: Stat) => (s.rank === null ? '—' : t('peers.rankOf', { rank: s.rank, of: s.of }));
  const figures = [
    ['value', 'workload', 'peers.col.value'],
    ['perCapita', 'perCapita', 'peers.col.perCapita'],
    ['quotaPer1000', 'quotaPer1000', 'peers.col.quotaPer1000'],
  ] as const;

  const columns: TableColumnsType<PeerMember> = [
    {
      title: t('peers.col.source'),
      dataIndex: 'source',
      width: 96,
      fixed: 'left',
      render: (s: PeerMember['source']) => <Tag color={peerSourceColors[s]}>{t(peerSourceLabels[s])}</Tag>,
    },
    {
      title: t('peers.col.name'),
      dataIndex: 'name',
      width: 220,
      fixed: 'left',
      render: (name: string, m) =>
        m.unitId && m.source !== 'self' ? (
          <Link to={`/registry/units/${m.unitId}?tab=peers`}>{name}</Link>
        ) : (
          name
        ),
    },
    { title: t('peers.col.region'), dataIndex: 'regionName', width: 110 },
    { title: t('peers.col.quota'), dataIndex: 'quota', width: 80, align: 'right', render: fmt },
    { title: t('peers.col.headcount'), dataIndex: 'headcount', width: 90, align: 'right', render: fmt },
    ...data.measures.map((measure) => ({
      // The budget's name already says 万元.
      title:
        measure.unitLabel && measure.name !== BUDGET
          ? `${measureName(measure.name)}（${measure.unitLabel}）`
          : measureName(measure.name),
      key: measure.name,
      children: figures.map(([key, field, title]) => ({
        title: t(title),
        key: `${measure.name}-${key}`,
        width: 100,
        align: 'right' as const,
        render: (_: unknown, m: PeerMember) => fmt(m[field][measure.name]),
      })),
    })),
  ];

  // The summary's cells follow the columns: two fixed, region, quota, headcount, then 3 per measure.
  const summaryRow = (title: string, pick: (s: Stat) => string) => (
    <Table.Summary.Row>
      <Table.Summary.Cell index={0} colSpan={3}>
        <Typography.Text strong>{title}</Typography.Text>
      </Table.Summary.Cell>
      <Table.Summary.Cell index={3} align="right">
        {pick(data.stats.quota)}
      </Table.Summary.Cell>
      <Table.Summary.Cell index={4} align="right">
        {pick(data.stats.headcount)}
      </Table.Summary.Cell>
      {data.stats.measures.flatMap((s, i) =>
        figures.map(([key], j) => (
          <Table.Summary.Cell key={`${s.measure}-${key}`} index={5 + i * 3 + j} align="right">
            {pick(s[key])}
          </Table.Summary.Cell>
        )),
      )}
    </Table.Summary.Row>
  );

  return (
    <Table<PeerMember>
      size="small"
      bordered
      rowKey={(m) => `${m.source}|${m.regionName}|${m.name}`}
      // A county's schools can be a hundred peers: page them, the unit stays the first row.
      pagination={data.members.length > PAGE ? { pageSize: PAGE, showSizeChanger: false } : false}
      dataSource={data.members}
      columns={columns}
      scroll={{ x: 600 + data.measures.length * 300 }}
      onRow={(m) => (m.source === 'self' ? { style: { background: token.colorPrimaryBg } } : {})}
      summary={() => (
        <Table.Summary fixed="bottom">
          {summaryRow(t('peers.median'), (s) => fmt(s.median))}
          {summaryRow(t('peers.rank'), rank)}
        </Table.Summary>
      )}
    />
  );
}
