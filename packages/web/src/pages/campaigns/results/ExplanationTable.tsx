import { Table, type TableColumnsType, Tag, Typography } from 'antd';
import type { TargetExplanation } from '../../../api/scoring.ts';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { type TreeLine, treeLines } from './explanation-view.ts';
import { fmt } from './results-view.ts';

type SetExplanation = TargetExplanation['sets'][number];

type Props = {
  set: SetExplanation;
  rows: TargetExplanation['rows'];
  expanded: string[];
  onToggle: (key: string, open: boolean) => void;
  onOpenLeaf: (line: TreeLine) => void;
};

function YearOnYear({ value }: { value: number | null }) {
  if (value === null) return null;
  if (value === 0) return <Typography.Text type="secondary">0</Typography.Text>;
  return (
    <Typography.Text type={value > 0 ? 'success' : 'danger'}>
      {value > 0 ? `+${fmt(value)}` : fmt(value)}
    </Typography.Text>
  );
}

/**
 * One set as the table officials know — 项目 | 评分办法 | 核心指标 | 指标数据 | 平均值 | 排名 | 得分 |
 * 同比去年 — first-level indicators expanding to their leaves; a leaf opens its drawer. The
 * footer shows how the set's points reach the total, each figure as the API gave it.
 */
export function ExplanationTable({ set, rows, expanded, onToggle, onOpenLeaf }: Props) {
  const t = useT();
  const label = useLabel();
  const columns: TableColumnsType<TreeLine> = [
    {
      key: 'item',
      title: t('results.col.item'),
      width: 220,
      render: (_, l) =>
        l.isFirstLevel ? (
          <strong>
            {l.code} {l.item}
          </strong>
        ) : (
          <Typography.Text type="secondary">{l.code}</Typography.Text>
        ),
    },
    {
      key: 'method',
      title: t('results.col.method'),
      width: 260,
      render: (_, l) => (l.method ? label(l.method) : ''),
    },
    {
      key: 'indicator',
      title: t('results.col.indicator'),
      width: 200,
      render: (_, l) =>
        l.leaf ? (
          <Typography.Link onClick={() => onOpenLeaf(l)}>{l.indicator || l.item}</Typography.Link>
        ) : null,
    },
    {
      key: 'data',
      title: t('results.col.data'),
      width: 220,
      render: (_, l) => (l.data ? label(l.data) : ''),
    },
    {
      key: 'average',
      title: t('results.col.average'),
      width: 80,
      render: (_, l) => (l.average === null ? '' : fmt(l.average)),
    },
    {
      key: 'rank',
      title: t('results.col.rank'),
      width: 80,
      render: (_, l) => (l.rank === null ? '' : `${l.rank}/${l.of}`),
    },
    {
      key: 'points',
      title: t('results.col.points'),
      width: 110,
      render: (_, l) => (
        <span>
          <strong data-testid={l.isFirstLevel ? `first-level-points-${set.setId}` : undefined}>
            {fmt(l.points)}
          </strong>
          <Typography.Text type="secondary"> / {fmt(l.maxPoints)}</Typography.Text>
          {l.veto && (
            <Tag color="red" style={{ marginInlineStart: 4 }}>
              {t('results.veto')}
            </Tag>
          )}
        </span>
      ),
    },
    {
      key: 'yoy',
      title: t('results.col.yearOnYear'),
      width: 90,
      render: (_, l) => <YearOnYear value={l.yearOnYear} />,
    },
  ];
  const lines = treeLines(set, rows);
  return (
    <Table
      rowKey="key"
      size="small"
      bordered
      columns={columns}
      dataSource={lines}
      // A document whose figures add up: every first-level line is shown.
      pagination={false}
      scroll={{ x: 'max-content' }}
      expandable={{ expandedRowKeys: expanded, onExpand: (open, line) => onToggle(line.key, open) }}
      rowClassName={(l) => (l.isFirstLevel ? 'bp-first-level' : '')}
      summary={() => (
        <Table.Summary>
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={6}>
              {t('results.setSummary', {
                scored: fmt(set.scoredTotal),
                bonus: fmt(set.bonus.total),
                total: fmt(set.total),
                share: fmt(set.share, 4),
              })}
              {set.bonus.capped && (
                <Typography.Text type="warning"> {label(set.bonus.explanation)}</Typography.Text>
              )}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={6} colSpan={2}>
              <strong data-testid={`set-contribution-${set.setId}`}>{fmt(set.contribution)}</strong>
            </Table.Summary.Cell>
          </Table.Summary.Row>
        </Table.Summary>
      )}
    />
  );
}
