import { indicatorLimits } from '@bianping/core/indicators';
import { indicatorSetKinds } from '@bianping/core/indicators/vocabulary';
import { unitCategories } from '@bianping/core/registry/vocabulary';
import { Form, Input, InputNumber, Radio, Select } from 'antd';
import { useLabel, useT } from '../../app/i18n/LocaleContext.ts';
import { vocabularyOptions } from '../../components/vocabulary-options.ts';

/** The form values of a set's meta; `kind` and `category` only when it is created. */
export type SetMetaValues = {
  kind?: 'common' | 'category';
  category?: string | null;
  name: string;
  fullMark: number;
  bonusCap?: number | null;
  description?: string;
};

/**
 * 名称, 满分, 加分上限, 说明 of a set, and when it is created its 类别 (共性 or 个性 for one unit
 * category). Shared by 新建 and 编辑基本信息 so both check the same bounds.
 */
export function SetMetaFields({ withKind }: { withKind: boolean }) {
  const t = useT();
  const label = useLabel();
  const kind = Form.useWatch('kind');
  return (
    <>
      {withKind && (
        <Form.Item label={t('indicators.field.kind')} name="kind" rules={[{ required: true }]}>
          <Radio.Group options={vocabularyOptions(indicatorSetKinds, label)} optionType="button" />
        </Form.Item>
      )}
      {withKind && kind === 'category' && (
        <Form.Item
          label={t('indicators.field.category')}
          name="category"
          rules={[{ required: true, message: t('indicators.field.categoryRequired') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={vocabularyOptions(unitCategories, label)}
          />
        </Form.Item>
      )}
      <Form.Item
        label={t('indicators.field.name')}
        name="name"
        rules={[{ required: true, whitespace: true, min: 2, max: indicatorLimits.setNameMax }]}
      >
        <Input maxLength={indicatorLimits.setNameMax} />
      </Form.Item>
      <Form.Item
        label={t('indicators.field.fullMark')}
        name="fullMark"
        rules={[{ required: true }]}
        extra={t('indicators.field.fullMarkHint')}
      >
        <InputNumber
          min={0.5}
          max={indicatorLimits.fullMarkMax}
          step={1}
          precision={2}
          style={{ width: 160 }}
        />
      </Form.Item>
      <Form.Item
        label={t('indicators.field.bonusCap')}
        name="bonusCap"
        extra={t('indicators.field.bonusCapHint')}
      >
        <InputNumber
          min={0}
          max={indicatorLimits.fullMarkMax}
          step={0.5}
          precision={2}
          style={{ width: 160 }}
        />
      </Form.Item>
      <Form.Item label={t('indicators.field.description')} name="description">
        <Input.TextArea rows={3} maxLength={indicatorLimits.descriptionMax} />
      </Form.Item>
    </>
  );
}
