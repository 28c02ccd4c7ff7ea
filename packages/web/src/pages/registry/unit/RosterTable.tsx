import { SearchOutlined } from '@ant-design/icons';
import { educationLevels, sexes } from '@bianping/core/imports/staff-vocabulary';
import { type StaffingType, staffingTypes } from '@bianping/core/registry/vocabulary';
import type { RosterMember } from '@bianping/core/staff';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { queryKeys } from '../../../api/keys.ts';
import { listRoster } from '../../../api/staff.ts';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';
import { FilterActions } from '../../../components/FilterActions.tsx';
import { usePaging } from '../../../components/usePaging.ts';
import { vocabularyOptions } from '../../../components/vocabulary-options.ts';

type Filter = { q?: string | undefined; staffingType?: StaffingType | undefined };
type Props = {
  unitId: string;
  /** Officers record a leaving from the person's row. */
  onLeave?: ((person: RosterMember) => void) | undefined;
};

/** 实名制人员名单: the unit's people by name, ID numbers masked, filtered by name and staffing type. */
export function RosterTable({ unitId, onLeave }: Props) {
  const t = useT();
  const label = useLabel();
  const errorText = useErrorText();
  const [form] = Form.useForm<Filter>();
  const [filter, setFilter] = useState<Filter>({});
  const { paging, pagination, firstPage } = usePaging();
  const query = { ...filter, ...paging };
  const { data, isFetching, error } = useQuery({
    queryKey: queryKeys.roster(unitId, query),
    queryFn: ({ signal }) => listRoster(unitId, query, signal),
    placeholderData: keepPreviousData,
  });
  const search = (values: Filter) => {
    setFilter({ q: values.q?.trim() || undefined, staffingType: values.staffingType });
    firstPage();
  };
  const vocabularyLabel =
    <K extends string>(v: { labels: Record<K, { zh: string; en: string }> }) =>
    (code: K | null) =>
      code ? label(v.labels[code]) : '—';

  return (
    <>
      <Form<Filter>
        form={form}
        name="roster-filters"
        layout="inline"
        onFinish={search}
        style={{ rowGap: 12, marginBottom: 16 }}
      >
        <Form.Item label={t('staff.col.name')} name="q">
          <Input
            allowClear
            prefix={<SearchOutlined />}
            placeholder={t('staff.filter.namePlaceholder')}
            maxLength={50}
            style={{ width: 180 }}
          />
        </Form.Item>
        <Form.Item label={t('staff.col.staffingType')} name="staffingType">
          <Select
            allowClear
            placeholder={t('common.all')}
            style={{ width: 160 }}
            options={vocabularyOptions(staffingTypes, label)}
          />
        </Form.Item>
        <FilterActions
          onReset={() => {
            form.resetFields();
            search({});
          }}
        />
      </Form>
      {error && <Alert type="error" showIcon title={errorText(error)} style={{ marginBottom: 16 }} />}
      <Table<RosterMember>
        rowKey="id"
        size="middle"
        loading={isFetching}
        dataSource={data?.items}
        scroll={{ x: 1100 }}
        locale={{ emptyText: t('staff.roster.empty') }}
        pagination={pagination(data)}
        columns={[
          {
            title: t('staff.col.name'),
            dataIndex: 'name',
            width: 130,
            fixed: 'left',
            render: (name: string, p) => (
              <>
                {name}
                {p.pendingExit && (
                  <Tag color="orange" style={{ marginLeft: 8 }}>
                    {t('staff.roster.leaving')}
                  </Tag>
                )}
              </>
            ),
          },
          { title: t('staff.col.idNumber'), dataIndex: 'idNumberMasked', width: 180 },
          { title: t('staff.col.sex'), dataIndex: 'sex', width: 64, render: vocabularyLabel(sexes) },
          { title: t('staff.col.birthDate'), dataIndex: 'birthDate', width: 110 },
          {
            title: t('staff.col.education'),
            dataIndex: 'education',
            width: 110,
            render: vocabularyLabel(educationLevels),
          },
          {
            title: t('staff.col.staffingType'),
            dataIndex: 'staffingType',
            width: 130,
            render: vocabularyLabel(staffingTypes),
          },
          {
            title: t('staff.col.body'),
            dataIndex: 'internalBodyName',
            width: 140,
            render: (v: string | null) => v ?? '—',
          },
          {
            title: t('staff.col.post'),
            dataIndex: 'post',
            width: 120,
            render: (v: string | null) => v ?? '—',
          },
          {
            title: t('staff.col.grade'),
            dataIndex: 'grade',
            width: 120,
            render: (v: string | null) => v ?? '—',
          },
          {
            title: t('staff.col.entryDate'),
            dataIndex: 'entryDate',
            width: 110,
            render: (v: string | null) => v ?? '—',
          },
          ...(onLeave
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 90,
                  fixed: 'right' as const,
                  render: (_: unknown, p: RosterMember) =>
                    p.pendingExit ? null : (
                      <Button type="link" size="small" onClick={() => onLeave(p)}>
                        {t('staff.action.leave')}
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
    </>
  );
}
