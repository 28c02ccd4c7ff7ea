import { indicatorLimits } from '@bianping/core/indicators';
import { type IndicatorRole, indicatorRoles } from '@bianping/core/indicators/vocabulary';
import { Form, Input, InputNumber, Modal, Radio } from 'antd';
import { useLabel, useT } from '../../../app/i18n/LocaleContext.ts';
import { vocabularyOptions } from '../../../components/vocabulary-options.ts';
import { levelLabel } from '../indicator-labels.ts';

export type NewNodeValues = { name: string; role: IndicatorRole; maxPoints: number };

/** Where the new indicator goes: under `parent` (null = 一级) at its end. */
export type NewNodePlace = {
  parentId: string | null;
  parentLabel: string | null;
  level: number;
  role: IndicatorRole;
};

type Props = {
  place: NewNodePlace | null;
  saving: boolean;
  onCancel: () => void;
  onCreate: (values: NewNodeValues) => void;
};

/** 添加指标: name, role and points first; the rest is filled in the node form that opens next. */
export function AddNodeModal({ place, saving, onCancel, onCreate }: Props) {
  const t = useT();
  const label = useLabel();
  const [form] = Form.useForm<NewNodeValues>();
  const role = Form.useWatch('role', form);
  const level = label(levelLabel(place?.level ?? 1));
  return (
    <Modal
      open={!!place}
      title={
        place?.parentLabel
          ? t('indicators.add.titleUnder', { level, parent: place.parentLabel })
          : t('indicators.add.title', { level })
      }
      okText={t('indicators.add.ok')}
      onOk={() => form.submit()}
      onCancel={onCancel}
      confirmLoading={saving}
      destroyOnHidden
      afterClose={() => form.resetFields()}
    >
      <Form<NewNodeValues>
        form={form}
        name="add-indicator"
        layout="vertical"
        initialValues={{ role: place?.role ?? 'scored', maxPoints: 0 }}
        onFinish={(values) =>
          onCreate({ ...values, name: values.name.trim(), maxPoints: values.maxPoints ?? 0 })
        }
      >
        <Form.Item
          label={t('indicators.node.name')}
          name="name"
          rules={[{ required: true, whitespace: true, max: indicatorLimits.nameMax }]}
        >
          <Input maxLength={indicatorLimits.nameMax} />
        </Form.Item>
        <Form.Item label={t('indicators.node.role')} name="role">
          <Radio.Group options={vocabularyOptions(indicatorRoles, label)} optionType="button" />
        </Form.Item>
        {role !== 'veto' && (
          <Form.Item
            label={role === 'bonus' ? t('indicators.node.bonusMax') : t('indicators.node.maxPoints')}
            name="maxPoints"
          >
            <InputNumber<number> min={0} max={1000} step={0.5} precision={2} style={{ width: 140 }} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
