import type { EfficiencyInput, EfficiencyOptions } from '@bianping/core/analytics/efficiency-api';
import { efficiencyInputs } from '@bianping/core/analytics/efficiency-api';
import { unitCategories } from '@bianping/core/registry/vocabulary';
import { Checkbox, Form, Select, Switch } from 'antd';
import { useLabel, useT } from '../../app/i18n/LocaleContext.ts';
import type { MessageKey } from '../../app/i18n/zh.ts';

/** The form values both DEA and Malmquist share: who is compared, on which inputs and outputs. */
export type PeerGroupValues = {
  category: string;
  regionIds?: string[];
  includeBenchmarks: boolean;
  inputs: EfficiencyInput[];
  outputs: string[];
};

export const inputLabelKey = (input: EfficiencyInput) => `analysis.input.${input}` as MessageKey;

/** Category, regions, benchmarks, inputs and outputs; the outputs follow the chosen category. */
export function PeerGroupFields({ options }: { options: EfficiencyOptions }) {
  const t = useT();
  const label = useLabel();
  const form = Form.useFormInstance();
  const category = Form.useWatch('category', form) as string | undefined;
  const measures = category ? (options.measures[category] ?? []) : [];
  return (
    <>
      <Form.Item
        name="category"
        label={t('analysis.category')}
        rules={[{ required: true, message: t('analysis.categoryRequired') }]}
      >
        <Select
          style={{ width: 160 }}
          showSearch={{ optionFilterProp: 'label' }}
          options={options.categories.map((c) => ({ value: c, label: label(unitCategories.labels[c]) }))}
          onChange={() => form.setFieldValue('outputs', [])}
        />
      </Form.Item>
      <Form.Item name="regionIds" label={t('analysis.regions')}>
        <Select
          mode="multiple"
          allowClear
          style={{ minWidth: 220 }}
          placeholder={t('analysis.regionsPlaceholder')}
          optionFilterProp="label"
          options={options.regions.map((r) => ({ value: r.id, label: r.name }))}
        />
      </Form.Item>
      <Form.Item name="includeBenchmarks" label={t('analysis.benchmarks')} valuePropName="checked">
        <Switch />
      </Form.Item>
      <Form.Item
        name="inputs"
        label={t('analysis.inputs')}
        rules={[{ required: true, message: t('analysis.inputsRequired') }]}
      >
        <Checkbox.Group options={efficiencyInputs.map((i) => ({ value: i, label: t(inputLabelKey(i)) }))} />
      </Form.Item>
      <Form.Item
        name="outputs"
        label={t('analysis.outputs')}
        rules={[{ required: true, message: t('analysis.outputsRequired') }]}
      >
        <Select
          mode="multiple"
          style={{ minWidth: 220 }}
          options={measures.map((m) => ({
            value: m.name,
            label: m.unitLabel ? `${m.name}（${m.unitLabel}）` : m.name,
          }))}
        />
      </Form.Item>
    </>
  );
}
