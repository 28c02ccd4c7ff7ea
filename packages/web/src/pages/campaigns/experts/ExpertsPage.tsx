import { EditOutlined, PlusOutlined, StopOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { type Expert, listExperts } from '../../../api/campaigns.ts';
import { queryKeys } from '../../../api/keys.ts';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { serverPagination } from '../../../components/server-pagination.ts';
import { ConflictsModal } from './ConflictsModal.tsx';
import { ExpertModal } from './ExpertModal.tsx';

/** 专家库 (/campaigns/experts): the pool teams are drawn from, with employers and conflicts. */
export function ExpertsPage() {
  const t = useT();
  const errorText = useErrorText();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [editing, setEditing] = useState<Expert | 'new' | null>(null);
  const [conflicts, setConflicts] = useState<Expert | null>(null);
  const { data, isFetching, error } = useQuery({
    queryKey: queryKeys.experts(paging),
    queryFn: ({ signal }) => listExperts(paging, signal),
    placeholderData: keepPreviousData,
  });
  const yesNo = (v: boolean) =>
    v ? <Tag color="green">{t('experts.yes')}</Tag> : <Tag>{t('experts.no')}</Tag>;

  return (
    <>
      <PageHeader
        title={t('experts.title')}
        subtitle={t('experts.subtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('experts.add')}
          </Button>
        }
      />
      <Card>
        {error && <Alert type="error" showIcon title={errorText(error)} style={{ marginBottom: 16 }} />}
        <Table<Expert>
          rowKey="id"
          size="middle"
          loading={isFetching}
          dataSource={data?.items}
          locale={{ emptyText: t('experts.empty') }}
          pagination={serverPagination(
            data,
            (page, pageSize) => setPaging({ page: pageSize === paging.pageSize ? page : 1, pageSize }),
            t,
          )}
          columns={[
            { title: t('experts.field.name'), dataIndex: 'name', width: 120 },
            {
              title: t('experts.field.employer'),
              dataIndex: 'employerUnitName',
              render: (n: string | null) => n ?? '—',
            },
            { title: t('experts.field.specialty'), dataIndex: 'specialty' },
            { title: t('experts.field.canLead'), dataIndex: 'canLead', width: 90, render: yesNo },
            { title: t('experts.field.active'), dataIndex: 'active', width: 80, render: yesNo },
            {
              title: t('experts.field.conflicts'),
              dataIndex: 'conflicts',
              render: (list: Expert['conflicts']) =>
                list.map((c) => (
                  <Tag key={c.unitId} title={c.reason}>
                    {c.unitName}
                  </Tag>
                )),
            },
            {
              title: t('common.actions'),
              key: 'actions',
              width: 180,
              render: (_, e) => (
                <Space size={4}>
                  <Button size="small" type="link" icon={<EditOutlined />} onClick={() => setEditing(e)}>
                    {t('common.edit')}
                  </Button>
                  <Button size="small" type="link" icon={<StopOutlined />} onClick={() => setConflicts(e)}>
                    {t('experts.conflicts')}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <ExpertModal
        open={editing !== null}
        expert={editing === 'new' ? null : editing}
        onClose={() => setEditing(null)}
      />
      <ConflictsModal expert={conflicts} onClose={() => setConflicts(null)} />
    </>
  );
}
