import { CheckOutlined } from '@ant-design/icons';
import { isPhaseEditable } from '@bianping/core/campaigns/target-phase';
import { Button, Popconfirm, Progress, Space, Table, Typography } from 'antd';
import type { ExternalOverview, ExternalTargetSummary } from '../../../api/external.ts';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { SelfStateTag } from '../self-assessment/SelfStateTag.tsx';
import type { useExternalActions } from './useExternalOverview.ts';

type Props = {
  overview: ExternalOverview;
  actions: Pick<ReturnType<typeof useExternalActions>, 'accept' | 'unassign'>;
};

/**
 * One row per target: its assignments, how many are graded, the average points of each item over
 * the departments that graded it, and the target's external phase; 确认 once submitted. 撤销未评
 * removes the target's ungraded assignments of sheets still open.
 */
export function ExternalTargetsTable({ overview, actions }: Props) {
  const t = useT();
  const label = useLabel();
  // Items in the order the builder lists them (free items first, then each set's indicators).
  const itemOrder = new Map(overview.items.map((o, i) => [o.key, i]));
  const byItemOrder = (a: { key: string }, b: { key: string }) =>
    (itemOrder.get(a.key) ?? 0) - (itemOrder.get(b.key) ?? 0);
  const sheetState = new Map(overview.sheets.map((s) => [s.raterUnitId, s.state]));
  const removable = (unitId: string) =>
    overview.assignments
      .filter(
        (a) =>
          a.targetUnitId === unitId &&
          a.level === null &&
          isPhaseEditable(sheetState.get(a.raterUnitId) ?? 'notStarted'),
      )
      .map((a) => a.id);
  return (
    <Table<ExternalTargetSummary>
      rowKey="unitId"
      size="small"
      dataSource={overview.targets}
      aria-label={t('external.targets.title')}
      pagination={{
        defaultPageSize: 10,
        showSizeChanger: true,
        showTotal: (total) => t('common.total', { total }),
      }}
      locale={{ emptyText: t('external.targets.empty') }}
      columns={[
        { title: t('campaigns.targets.unit'), dataIndex: 'name' },
        {
          title: t('external.progress'),
          key: 'graded',
          width: 160,
          render: (_, r) => (
            <Progress
              size="small"
              percent={r.assignments ? Math.round((r.graded / r.assignments) * 100) : 0}
              format={() => `${r.graded} / ${r.assignments}`}
              aria-label={t('external.gradedOf', { graded: r.graded, total: r.assignments })}
            />
          ),
        },
        {
          title: t('external.targets.averages'),
          key: 'items',
          responsive: ['md'],
          render: (_, r) => (
            <Space direction="vertical" size={0}>
              {[...r.items].sort(byItemOrder).map((i) => (
                <Typography.Text key={i.key} style={{ fontSize: 13 }}>
                  {label(i.label)}：
                  {i.average === null
                    ? t('external.targets.noGrade')
                    : t('external.targets.average', {
                        average: i.average,
                        max: i.maxPoints,
                        graded: i.graded,
                        raters: i.raters,
                      })}
                </Typography.Text>
              ))}
            </Space>
          ),
        },
        {
          title: t('external.state'),
          dataIndex: 'state',
          width: 100,
          render: (_, r) => <SelfStateTag state={r.state} />,
        },
        ...(overview.canManage
          ? [
              {
                title: t('common.actions'),
                key: 'actions',
                width: 150,
                render: (_: unknown, r: ExternalTargetSummary) => {
                  const ids = removable(r.unitId);
                  return (
                    <Space size={0} wrap>
                      {r.state === 'submitted' && (
                        <Popconfirm
                          title={t('external.targets.acceptConfirm', { unit: r.name })}
                          onConfirm={() => actions.accept.mutate({ unitId: r.unitId, version: r.version })}
                        >
                          <Button type="link" size="small" icon={<CheckOutlined />}>
                            {t('external.targets.accept')}
                          </Button>
                        </Popconfirm>
                      )}
                      {ids.length > 0 && (
                        <Popconfirm
                          title={t('external.targets.unassignConfirm', { count: ids.length, unit: r.name })}
                          onConfirm={() => actions.unassign.mutate(ids)}
                        >
                          <Button type="link" size="small" danger>
                            {t('external.targets.unassign')}
                          </Button>
                        </Popconfirm>
                      )}
                    </Space>
                  );
                },
              },
            ]
          : []),
      ]}
    />
  );
}
