import { campaignPhases } from '@bianping/core/campaigns/vocabulary';
import { Table } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import type { CampaignList, CampaignSummary } from '../../../api/campaigns.ts';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { serverPagination } from '../../../components/server-pagination.ts';
import { CampaignStatusTag, CampaignTypeTag } from '../CampaignTags.tsx';
import { phaseOn } from '../phase-now.ts';

type Props = {
  data: CampaignList | undefined;
  loading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
};

/** The campaigns: name, year, type, status, how many targets and which phase runs today. */
export function CampaignsTable({ data, loading, onPageChange }: Props) {
  const t = useT();
  const label = useLabel();
  const today = dayjs().format('YYYY-MM-DD');
  return (
    <Table<CampaignSummary>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={data?.items}
      scroll={{ x: 900 }}
      locale={{ emptyText: t('campaigns.empty') }}
      pagination={serverPagination(data, onPageChange, t)}
      columns={[
        {
          title: t('campaigns.field.name'),
          dataIndex: 'name',
          minWidth: 260,
          render: (name: string, c) => <Link to={`/campaigns/${c.id}`}>{name}</Link>,
        },
        { title: t('campaigns.field.year'), dataIndex: 'year', width: 80 },
        {
          title: t('campaigns.field.type'),
          dataIndex: 'type',
          width: 150,
          render: (type: CampaignSummary['type']) => <CampaignTypeTag type={type} />,
        },
        {
          title: t('campaigns.field.status'),
          dataIndex: 'status',
          width: 100,
          render: (status: CampaignSummary['status']) => <CampaignStatusTag status={status} />,
        },
        { title: t('campaigns.field.targets'), dataIndex: 'targetCount', width: 100, align: 'right' },
        {
          title: t('campaigns.field.phaseNow'),
          key: 'phase',
          width: 130,
          render: (_, c) => {
            const now = c.status === 'draft' ? null : phaseOn(c.phases, today);
            return now ? label(campaignPhases.labels[now.phase]) : t('campaigns.phaseNone');
          },
        },
        {
          title: t('campaigns.field.updated'),
          dataIndex: 'updatedAt',
          width: 150,
          render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm'),
        },
      ]}
    />
  );
}
