import { SearchOutlined } from '@ant-design/icons';
import { unitCategories, unitKinds, unitStatuses } from '@bianping/core/registry/vocabulary';
import { warningCodes } from '@bianping/core/warnings';
import { Form, Input, Select } from 'antd';
import { useEffect } from 'react';
import { useLabel, useT } from '../../app/i18n/LocaleContext.ts';
import { FilterActions } from '../../components/FilterActions.tsx';
import { useWarningRules } from '../warnings/useWarningRules.ts';
import type { UnitFilterValues } from './unit-filters.ts';

type Props = { value: UnitFilterValues; onSearch: (values: UnitFilterValues) => void };

type Vocabulary = { codes: readonly string[]; labels: Record<string, { zh: string; en: string }> };

/** 名称, 机构性质, 行业类别, 状态 and 预警 of the unit list. */
export function UnitFilters({ value, onSearch }: Props) {
  const t = useT();
  const label = useLabel();
  const { byCode } = useWarningRules();
  const [form] = Form.useForm<UnitFilterValues>();
  useEffect(() => {
    form.setFieldsValue({
      q: value.q,
      kind: value.kind,
      category: value.category,
      status: value.status,
      warning: value.warning,
    });
  }, [form, value.q, value.kind, value.category, value.status, value.warning]);

  const options = (vocabulary: Vocabulary) =>
    vocabulary.codes.map((code) => ({
      value: code,
      label: label(vocabulary.labels[code] ?? { zh: code, en: code }),
    }));

  return (
    <Form<UnitFilterValues>
      form={form}
      name="unit-filters"
      layout="inline"
      onFinish={(v) => onSearch({ ...v, q: v.q?.trim() || undefined })}
      style={{ rowGap: 12 }}
    >
      <Form.Item label={t('registry.filter.name')} name="q">
        <Input
          placeholder={t('registry.filter.namePlaceholder')}
          allowClear
          prefix={<SearchOutlined />}
          style={{ width: 200 }}
          maxLength={50}
        />
      </Form.Item>
      <Form.Item label={t('registry.field.kind')} name="kind">
        <Select
          allowClear
          placeholder={t('common.all')}
          style={{ width: 170 }}
          options={options(unitKinds)}
        />
      </Form.Item>
      <Form.Item label={t('registry.field.category')} name="category">
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('common.all')}
          style={{ width: 140 }}
          options={options(unitCategories)}
        />
      </Form.Item>
      <Form.Item label={t('registry.field.status')} name="status">
        <Select
          allowClear
          placeholder={t('common.all')}
          style={{ width: 110 }}
          options={options(unitStatuses)}
        />
      </Form.Item>
      <Form.Item label={t('registry.filter.warning')} name="warning">
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('common.all')}
          style={{ width: 190 }}
          options={[
            { value: 'any', label: t('registry.filter.anyWarning') },
            ...warningCodes.map((code) => {
              const rule = byCode.get(code);
              return { value: code, label: rule ? `${code} ${label(rule.name)}` : code };
            }),
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
