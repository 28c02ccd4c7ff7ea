import { SearchOutlined } from '@ant-design/icons';
import { roleLabels, roles } from '@bianping/core/auth/roles';
import { Form, Input, Select } from 'antd';
import { useEffect } from 'react';
import { useLabel, useT } from '../../app/i18n/LocaleContext.ts';
import { FilterActions } from '../../components/FilterActions.tsx';
import type { UserFilterValues } from './user-filters.ts';

type Props = { value: UserFilterValues; onSearch: (values: UserFilterValues) => void };

export function UserFilters({ value, onSearch }: Props) {
  const t = useT();
  const label = useLabel();
  const [form] = Form.useForm<UserFilterValues>();
  // The address bar is the truth: going back restores the filters shown.
  useEffect(() => {
    form.setFieldsValue({ q: value.q, role: value.role, active: value.active });
  }, [form, value.q, value.role, value.active]);

  return (
    <Form<UserFilterValues>
      form={form}
      name="user-filters"
      layout="inline"
      onFinish={(v) => onSearch({ q: v.q?.trim() || undefined, role: v.role, active: v.active })}
      style={{ rowGap: 12 }}
    >
      <Form.Item label={t('users.search')} name="q">
        <Input
          placeholder={t('users.searchPlaceholder')}
          allowClear
          prefix={<SearchOutlined />}
          style={{ width: 200 }}
        />
      </Form.Item>
      <Form.Item label={t('users.filterRole')} name="role">
        <Select
          allowClear
          placeholder={t('common.all')}
          style={{ width: 180 }}
          options={roles.map((r) => ({ value: r, label: label(roleLabels[r]) }))}
        />
      </Form.Item>
      <Form.Item label={t('users.filterStatus')} name="active">
        <Select
          allowClear
          placeholder={t('common.all')}
          style={{ width: 120 }}
          options={[
            { value: 'true', label: t('users.statusActive') },
            { value: 'false', label: t('users.statusInactive') },
          ]}
        />
      </Form.Item>
      <FilterActions
        onReset={() => {
          form.resetFields();
          onSearch({});
        }}
      />
    </Form>
  );
}
