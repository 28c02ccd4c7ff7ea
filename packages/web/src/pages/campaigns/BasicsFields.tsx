import { campaignLimits } from '@bianping/core/campaigns';
import type { CampaignType } from '@bianping/core/campaigns/vocabulary';
import { campaignTypes } from '@bianping/core/campaigns/vocabulary';
import { Form, Input, InputNumber, Select } from 'antd';
import { useLabel, useT } from '../../app/i18n/LocaleContext.ts';
import { RegionTreeSelect } from '../../components/RegionTreeSelect.tsx';
import { vocabularyOptions } from '../../components/vocabulary-options.ts';

/** The basics of a campaign as the create dialog and the wizard's first step edit them. */
export type BasicsValues = {
  name: string;
  year: number;
  type: CampaignType;
  regionId: string;
  description?: string;
};

/** 项目名称, 年度, 评估类型, 评估范围 and (in the wizard) 说明. */
export function BasicsFields({ withDescription = false, disabled = false }) {
  const t = useT();
  const label = useLabel();
  const required = (field: string) => [{ required: true, message: t('campaigns.required', { field }) }];
  return (
    <>
      <Form.Item name="name" label={t('campaigns.field.name')} rules={required(t('campaigns.field.name'))}>
        <Input maxLength={campaignLimits.nameMax} disabled={disabled} />
      </Form.Item>
      <Form.Item name="year" label={t('campaigns.field.year')} rules={required(t('campaigns.field.year'))}>
        <InputNumber min={2000} max={2100} style={{ width: 140 }} disabled={disabled} />
      </Form.Item>
      <Form.Item name="type" label={t('campaigns.field.type')} rules={required(t('campaigns.field.type'))}>
        <Select options={vocabularyOptions(campaignTypes, label)} disabled={disabled} />
      </Form.Item>
      <Form.Item
        name="regionId"
        label={t('campaigns.field.region')}
        rules={required(t('campaigns.field.region'))}
      >
        <RegionTreeSelect disabled={disabled} />
      </Form.Item>
      {withDescription && (
        <Form.Item name="description" label={t('campaigns.field.description')}>
          <Input.TextArea rows={3} maxLength={campaignLimits.descriptionMax} disabled={disabled} />
        </Form.Item>
      )}
    </>
  );
}
