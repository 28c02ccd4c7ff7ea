import type { UnitSummary } from '@bianping/core/registry';
import { unitCategories, unitKinds, unitStatuses } from '@bianping/core/registry/vocabulary';
import { Badge, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { UnitPage } from '../../api/registry.ts';
import { useLabel, useT } from '../../app/i18n/LocaleContext.ts';
import { serverPagination } from '../../components/server-pagination.ts';
import { QuotaUsage } from './QuotaUsage.tsx';

type Props = {
  data: UnitPage | undefined;
  loading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
};

/** The units of the chosen region and filters, each leading to its unit page. */
export function UnitsTable({ data, loading, onPageChange }: Props) {
  const t = useT();
  const label = useLabel();
  return (
    <Table<UnitSummary>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={data?.items}
      scroll={{ x: 760 }}
      locale={{ emptyText: t('registry.empty') }}
      pagination={serverPagination(data, onPageChange, t)}
      columns={[
        {
          title: t('registry.field.name'),
          dataIndex: 'name',
          render: (name: string, unit) => (
            <div>
              <Link to={`/registry/units/${unit.id}`}>{name}</Link>
              {unit.status !== 'active' && (
                <Tag style={{ marginInlineStart: 6 }}>{label(unitStatuses.labels[unit.status])}</Tag>
              )}
              {unit.shortName && unit.shortName !== name && (
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {unit.shortName}
                  </Typography.Text>
                </div>
              )}
            </div>
          ),
        },
        {
          title: t('registry.field.kind'),
          dataIndex: 'kind',
          width: 150,
          render: (kind: UnitSummary['kind']) => label(unitKinds.labels[kind]),
        },
        {
          title: t('registry.field.category'),
          dataIndex: 'category',
          width: 120,
          render: (category: UnitSummary['category']) => label(unitCategories.labels[category]),
        },
        {
          title: t('registry.col.quotaHeadcount'),
          key: 'usage',
          width: 130,
          render: (_, unit) => <QuotaUsage quota={unit.quotaTotal} headcount={unit.headcountTotal} />,
        },
        {
          title: t('registry.col.warnings'),
          dataIndex: 'liveWarnings',
          width: 90,
          align: 'center',
          render: (n: number, unit) =>
            n > 0 ? (
              <Link
                to={`/registry/units/${unit.id}?tab=warnings`}
                aria-label={t('registry.tree.warnings', { count: n })}
              >
                <Badge count={n} overflowCount={99} />
              </Link>
            ) : (
              <Typography.Text type="secondary">—</Typography.Text>
            ),
        },
      ]}
    />
  );
}
