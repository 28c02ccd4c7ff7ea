import { SearchOutlined } from '@ant-design/icons';
import { indicatorSetKinds, indicatorSetStatuses } from '@bianping/core/indicators/vocabulary';
import { unitCategories } from '@bianping/core/registry/vocabulary';
import { Form, Input, Select } from 'antd';
import { useEffect } from 'react';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { FilterActions } from '../../../components/FilterActions.tsx';
import { vocabularyOptions } from '../../../components/vocabulary-options.ts';
import type { SetFilterValues } from './set-filters.ts';

type Props = { value: SetFilterValues; onSearch: (values: SetFilterValues) => void };

/** 名称, 类别 (共性/个性), 行业 and 状态 of the set list. */
export function SetFilters({ value, onSearch }: Props) {
  const t = useT();
  const label = useLabel();
  const [form] = Form.useForm<SetFilterValues>();
  useEffect(() => {
    form.setFieldsValue({ q: value.q, kind: value.kind, category: value.category, status: value.status });
  }, [form, value.q, value.kind, value.category, value.status]);

  return (
    <Form<SetFilterValues>
      form={form}
      name="indicator-set-filters"
      layout="inline"
      onFinish={(v) => onSearch({ ...v, q: v.q?.trim() || undefined })}
      style={{ rowGap: 12 }}
    >
      <Form.Item label={t('indicators.field.name')} name="q">
        <Input allowClear prefix={<SearchOutlined />} style={{ width: 200 }} maxLength={50} />
      </Form.Item>
      <Form.Item label={t('indicators.field.kind')} name="kind">
        <Select
          allowClear
          placeholder={t('common.all')}
          style={{ width: 130 }}
          options={vocabularyOptions(indicatorSetKinds, label)}
        />
      </Form.Item>
      <Form.Item label={t('indicators.field.category')} name="category">
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('common.all')}
          style={{ width: 140 }}
          options={vocabularyOptions(unitCategories, label)}
        />
      </Form.Item>
      <Form.Item label={t('indicators.field.status')} name="status">
        <Select
          allowClear
          placeholder={t('common.all')}
          style={{ width: 110 }}
          options={vocabularyOptions(indicatorSetStatuses, label)}
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
