import { useQuery } from '@tanstack/react-query';
import { Alert, Empty, List, Skeleton, Table, Typography } from 'antd';
import { Link } from 'react-router';
import { getCampaignSlips, type SlipListItem, slipKeys } from '../../api/supervision.ts';
import { useErrorText } from '../../app/i18n/useErrorText.ts';
import { SlipStatusTag } from './SlipStatusTag.tsx';
import { useSlipText } from './supervision-text.ts';

/**
 * The 督查确认单 tab of a target's on-site review (read-only): the slips this campaign takes for
 * the unit and their cases per deduction indicator.
 */
export function CampaignSlipsPanel({ campaignId, unitId }: { campaignId: string; unitId: string }) {
  const st = useSlipText();
  const errorText = useErrorText();
  const { data, error, isPending } = useQuery({
    queryKey: slipKeys.campaign(campaignId, unitId),
    queryFn: ({ signal }) => getCampaignSlips(campaignId, unitId, signal),
  });
  if (isPending) return <Skeleton active />;
  if (error) return <Alert type="error" showIcon title={errorText(error)} />;
  return (
    <>
      <Typography.Paragraph type="secondary">
        {st('campaignWindow', { since: data.window.since ?? st('sinceStart'), until: data.window.until })}
      </Typography.Paragraph>
      <Table<SlipListItem>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={data.slips}
        locale={{ emptyText: <Empty description={st('noSlips')} /> }}
        columns={[
          {
            title: st('slipNo'),
            dataIndex: 'slipNo',
            render: (no: string, s) => <Link to={`/supervision/${s.id}`}>{no}</Link>,
          },
          { title: st('inspectedOn'), dataIndex: 'inspectedOn' },
          { title: st('cases'), dataIndex: 'cases', align: 'right' },
          {
            title: st('status'),
            key: 'status',
            render: (_, s) => <SlipStatusTag status={s.status} decision={s.decision} />,
          },
        ]}
      />
      {data.occurrences.length > 0 && (
        <List
          style={{ marginTop: 16 }}
          header={st('occurrences')}
          dataSource={data.occurrences}
          renderItem={(o) => (
            <List.Item>
              {o.code}：{o.cases}
            </List.Item>
          )}
        />
      )}
    </>
  );
}
