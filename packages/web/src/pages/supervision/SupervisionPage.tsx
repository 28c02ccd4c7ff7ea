import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { slipStatuses } from '@bianping/core/campaigns/supervision-slips';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, DatePicker, Flex, Input, Select, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { listSlips, type SlipListItem, type SlipListQuery, slipKeys } from '../../api/supervision.ts';
import { holdsRole, useCurrentUser } from '../../app/auth/useMe.ts';
import { useLabel, useT } from '../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../app/i18n/useErrorText.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { usePaging } from '../../components/usePaging.ts';
import { SlipFormDrawer } from './SlipFormDrawer.tsx';
import { SlipStatusTag } from './SlipStatusTag.tsx';
import { slipWriters } from './supervision-roles.ts';
import { useSlipText } from './supervision-text.ts';

type Filters = Pick<SlipListQuery, 'status' | 'from' | 'to' | 'q'>;

/** 督查确认单 (/supervision): the slips the user may see, filtered and paged; writers add drafts. */
export function SupervisionPage() {
  const t = useT();
  const st = useSlipText();
  const label = useLabel();
  const errorText = useErrorText();
  const canWrite = holdsRole(useCurrentUser(), slipWriters);
  const { paging, pagination, firstPage } = usePaging();
  const [filters, setFilters] = useState<Filters>({});
  const [draft, setDraft] = useState<Filters>({});
  const [creating, setCreating] = useState(false);
  const query = { ...filters, ...paging };
  const { data, isFetching, error, refetch } = useQuery({
    queryKey: slipKeys.list(query),
    queryFn: ({ signal }) => listSlips(query, signal),
    placeholderData: keepPreviousData,
  });
  const day = (d: Dayjs | null) => (d ? d.format('YYYY-MM-DD') : undefined);

  return (
    <>
      <PageHeader
        title={st('title')}
        subtitle={st('subtitle')}
        extra={
          <>
            <Button
              icon={<ReloadOutlined />}
              aria-label={t('common.refresh')}
              onClick={() => void refetch()}
            />
            {canWrite && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                {st('create')}
              </Button>
            )}
          </>
        }
      />
      <Card>
        <Flex gap={8} wrap style={{ marginBottom: 16 }}>
          <Input
            allowClear
            placeholder={st('searchNo')}
            aria-label={st('searchNo')}
            style={{ width: 180 }}
            value={draft.q ?? ''}
            onChange={(e) => setDraft({ ...draft, q: e.target.value || undefined })}
          />
          <Select
            allowClear
            placeholder={st('status')}
            aria-label={st('status')}
            style={{ width: 140 }}
            value={draft.status}
            onChange={(status) => setDraft({ ...draft, status })}
            options={slipStatuses.codes.map((c) => ({ value: c, label: label(slipStatuses.labels[c]) }))}
          />
          <DatePicker
            placeholder={st('from')}
            aria-label={st('from')}
            onChange={(d) => setDraft({ ...draft, from: day(d) })}
          />
          <DatePicker
            placeholder={st('to')}
            aria-label={st('to')}
            onChange={(d) => setDraft({ ...draft, to: day(d) })}
          />
          <Button
            type="primary"
            onClick={() => {
              setFilters(draft);
              firstPage();
            }}
          >
            {t('common.search')}
          </Button>
        </Flex>
        {error && <Alert type="error" showIcon title={errorText(error)} style={{ marginBottom: 16 }} />}
        <Table<SlipListItem>
          rowKey="id"
          loading={isFetching}
          dataSource={data?.items ?? []}
          pagination={pagination(data)}
          locale={{ emptyText: st('empty') }}
          columns={[
            {
              title: st('slipNo'),
              dataIndex: 'slipNo',
              render: (no: string, s) => <Link to={`/supervision/${s.id}`}>{no}</Link>,
            },
            { title: st('unit'), dataIndex: 'unitName' },
            { title: st('inspectedOn'), dataIndex: 'inspectedOn', width: 120 },
            { title: st('place'), dataIndex: 'place', ellipsis: true },
            { title: st('items'), dataIndex: 'itemCount', width: 90, align: 'right' },
            { title: st('cases'), dataIndex: 'cases', width: 90, align: 'right' },
            {
              title: st('status'),
              key: 'status',
              width: 150,
              render: (_, s) => <SlipStatusTag status={s.status} decision={s.decision} />,
            },
          ]}
        />
      </Card>
      {canWrite && <SlipFormDrawer open={creating} onClose={() => setCreating(false)} />}
    </>
  );
}
