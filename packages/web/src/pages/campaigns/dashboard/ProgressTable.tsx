import type { CampaignPhase } from '@bianping/core/campaigns/vocabulary';
import { campaignPhases } from '@bianping/core/campaigns/vocabulary';
import { Flex, Table, type TableColumnsType, Tag } from 'antd';
import type { TargetProgress } from '../../../api/campaign-progress.ts';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { SelfStateTag } from '../self-assessment/SelfStateTag.tsx';

type Props = { targets: TargetProgress[]; phases: CampaignPhase[]; loading?: boolean };

/**
 * Targets × phases: each cell the state tag, overdue cells with the days late in red; a row with
 * anything overdue is tinted so it stands out in a long list.
 */
export function ProgressTable({ targets, phases, loading }: Props) {
  const t = useT();
  const label = useLabel();
  const teamText = (n: number | null) =>
    n === null ? t('campaigns.progress.noTeam') : t('campaigns.progress.teamNo', { n });
  const columns: TableColumnsType<TargetProgress> = [
    { key: 'unit', title: t('campaigns.progress.target'), dataIndex: 'unitName', fixed: 'left', width: 220 },
    {
      key: 'team',
      title: t('campaigns.progress.team'),
      width: 100,
      render: (_, row) => teamText(row.teamNo),
    },
    ...phases.map((phase) => ({
      key: phase,
      title: label(campaignPhases.labels[phase]),
      width: 160,
      render: (_: unknown, row: TargetProgress) => {
        const cell = row.phases.find((p) => p.phase === phase);
        if (!cell) return null;
        return (
          <Flex gap={4} wrap>
            <SelfStateTag state={cell.state} />
            {cell.isOverdue && (
              <Tag color="error">{t('campaigns.progress.overdueDays', { n: cell.daysOverdue })}</Tag>
            )}
          </Flex>
        );
      },
    })),
  ];
  return (
    <Table
      rowKey="unitId"
      size="small"
      loading={loading}
      columns={columns}
      dataSource={targets}
      scroll={{ x: 'max-content' }}
      pagination={{ defaultPageSize: 50, showSizeChanger: true, hideOnSinglePage: true }}
      onRow={(row) =>
        row.phases.some((p) => p.isOverdue && phases.includes(p.phase))
          ? { style: { background: 'var(--ant-color-error-bg)' } }
          : {}
      }
    />
  );
}
