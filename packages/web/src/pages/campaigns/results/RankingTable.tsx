import { campaignGrades } from '@bianping/core/campaigns/vocabulary';
import { vetoEffects } from '@bianping/core/indicators/vocabulary';
import { unitCategories } from '@bianping/core/registry/vocabulary';
import { Progress, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import type { ScoreRankingRow } from '../../../api/scoring.ts';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { explanationPath, fmt, gradeHex, gradeTagColors, rankChangeText } from './results-view.ts';

type Props = { campaignId: string; rows: ScoreRankingRow[]; fullMark: number; loading?: boolean };

/** 等级 as a coloured tag: 优秀 green … 不合格 red. */
export function GradeTag({ grade }: { grade: ScoreRankingRow['grade'] }) {
  const label = useLabel();
  return <Tag color={gradeTagColors[grade]}>{label(campaignGrades.labels[grade])}</Tag>;
}

/** 一票否优 / 一票否决 as a red tag, nothing without a veto. */
export function VetoTag({ veto }: { veto: ScoreRankingRow['veto'] }) {
  const label = useLabel();
  return veto ? (
    <Tag color={veto === 'forceLowest' ? 'red' : 'volcano'}>{label(vetoEffects.labels[veto])}</Tag>
  ) : null;
}

function RankChange({ change }: { change: number | null }) {
  const text = rankChangeText(change);
  if (!text) return null;
  const type = change && change > 0 ? 'success' : change && change < 0 ? 'danger' : 'secondary';
  return <Typography.Text type={type}>{text}</Typography.Text>;
}

/**
 * The ranking: rank, unit, category, total with a bar against the campaign's full mark, grade,
 * veto, rank in category and the move since the previous campaign; sortable, paged; a row opens
 * the target's explanation.
 */
export function RankingTable({ campaignId, rows, fullMark, loading }: Props) {
  const t = useT();
  const label = useLabel();
  const navigate = useNavigate();
  const columns: TableColumnsType<ScoreRankingRow> = [
    {
      key: 'rank',
      title: t('results.rank'),
      dataIndex: 'rank',
      width: 80,
      sorter: (a, b) => a.rank - b.rank,
      defaultSortOrder: 'ascend',
    },
    {
      key: 'unit',
      title: t('results.unit'),
      width: 240,
      // A link too, so the explanation opens from the keyboard and in a new tab.
      render: (_, row) => (
        <Link to={explanationPath(campaignId, row.unitId)} onClick={(e) => e.stopPropagation()}>
          {row.unitName}
        </Link>
      ),
    },
    {
      key: 'category',
      title: t('results.category'),
      width: 110,
      render: (_, row) => label(unitCategories.labels[row.category]),
    },
    {
      key: 'total',
      title: t('results.total'),
      width: 200,
      sorter: (a, b) => a.total - b.total,
      render: (_, row) => (
        <Progress
          percent={Math.min(100, (row.total / fullMark) * 100)}
          strokeColor={gradeHex[row.grade]}
          format={() => fmt(row.total)}
          size="small"
        />
      ),
    },
    {
      key: 'grade',
      title: t('results.grade'),
      width: 90,
      sorter: (a, b) => campaignGrades.codes.indexOf(a.grade) - campaignGrades.codes.indexOf(b.grade),
      render: (_, row) => <GradeTag grade={row.grade} />,
    },
    { key: 'veto', title: t('results.veto'), width: 110, render: (_, row) => <VetoTag veto={row.veto} /> },
    {
      key: 'categoryRank',
      title: t('results.categoryRank'),
      dataIndex: 'categoryRank',
      width: 100,
      sorter: (a, b) => a.categoryRank - b.categoryRank,
    },
    {
      key: 'change',
      title: t('results.rankChange'),
      width: 100,
      sorter: (a, b) => (a.rankChange ?? 0) - (b.rankChange ?? 0),
      render: (_, row) => <RankChange change={row.rankChange} />,
    },
  ];
  return (
    <Table
      rowKey="unitId"
      size="small"
      loading={loading}
      columns={columns}
      dataSource={rows}
      scroll={{ x: 'max-content' }}
      pagination={{
        defaultPageSize: 20,
        showSizeChanger: true,
        showTotal: (total) => t('common.total', { total }),
      }}
      onRow={(row) => ({
        style: { cursor: 'pointer' },
        onClick: () => navigate(explanationPath(campaignId, row.unitId)),
      })}
    />
  );
}
