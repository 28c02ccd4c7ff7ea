import { campaignStatuses } from '@bianping/core/campaigns/campaign-status';
import { campaignTypes } from '@bianping/core/campaigns/vocabulary';
import { Form, InputNumber, Select } from 'antd';
import { useEffect } from 'react';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { FilterActions } from '../../../components/FilterActions.tsx';
import { vocabularyOptions } from '../../../components/vocabulary-options.ts';
import type { CampaignFilterValues } from './campaign-filters.ts';

type Props = { value: CampaignFilterValues; onSearch: (values: CampaignFilterValues) => void };

/** 年度, 评估类型 and 状态 of the campaign list. */
export function CampaignFilters({ value, onSearch }: Props) {
  const t = useT();
  const label = useLabel();
  const [form] = Form.useForm<CampaignFilterValues>();
  useEffect(() => {
    form.setFieldsValue({ year: value.year, type: value.type, status: value.status });
  }, [form, value.year, value.type, value.status]);

  return (
    <Form<CampaignFilterValues>
      form={form}
      name="campaign-filters"
      layout="inline"
      onFinish={(v) => onSearch({ year: v.year ?? undefined, type: v.type, status: v.status })}
      style={{ rowGap: 12 }}
    >
      <Form.Item label={t('campaigns.field.year')} name="year">
        <InputNumber min={2000} max={2100} style={{ width: 110 }} />
      </Form.Item>
      <Form.Item label={t('campaigns.field.type')} name="type">
        <Select
          allowClear
          placeholder={t('common.all')}
          style={{ width: 160 }}
          options={vocabularyOptions(campaignTypes, label)}
        />
      </Form.Item>
      <Form.Item label={t('campaigns.field.status')} name="status">
        <Select
          allowClear
          placeholder={t('common.all')}
          style={{ width: 120 }}
          options={vocabularyOptions(campaignStatuses, label)}
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
