import { indicatorLimits } from '@bianping/core/indicators';
import { useMutation } from '@tanstack/react-query';
import { Alert, Form, Input, Modal } from 'antd';
import { useEffect } from 'react';
import { deriveIndicatorSet, type IndicatorSetSummary } from '../../../api/indicators.ts';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';
import { useOpenNewSet } from '../useNewEdition.ts';

type Values = { name: string; description?: string };
type Props = { source: Pick<IndicatorSetSummary, 'id' | 'name' | 'edition'> | null; onClose: () => void };

/**
 * 派生: a county refines the city's set into its own. The copy is a new series whose every
 * indicator remembers the one it came from, so a comparison can say where each came from.
 */
export function DeriveSetModal({ source, onClose }: Props) {
  const t = useT();
  const errorText = useErrorText();
  const [form] = Form.useForm<Values>();
  const open = useOpenNewSet();
  const derive = useMutation({
    mutationFn: (values: Values) => deriveIndicatorSet(source?.id ?? '', values),
    onSuccess: (detail) => {
      onClose();
      open(detail.set.id, detail);
    },
  });
  useEffect(() => {
    if (source) form.setFieldsValue({ name: t('indicators.derive.defaultName', { name: source.name }) });
    else {
      form.resetFields();
      derive.reset();
    }
  }, [source, form, t, derive.reset]);

  return (
    <Modal
      open={!!source}
      title={t('indicators.derive.title')}
      okText={t('indicators.derive.ok')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={derive.isPending}
      destroyOnHidden
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('indicators.derive.hint', { name: source?.name ?? '', edition: source?.edition ?? 1 })}
      />
      <Form<Values>
        form={form}
        name="derive-indicator-set"
        layout="vertical"
        onFinish={(v) => derive.mutate(v)}
      >
        <Form.Item
          label={t('indicators.field.name')}
          name="name"
          rules={[{ required: true, whitespace: true, min: 2, max: indicatorLimits.setNameMax }]}
        >
          <Input maxLength={indicatorLimits.setNameMax} />
        </Form.Item>
        <Form.Item label={t('indicators.field.description')} name="description">
          <Input.TextArea rows={3} maxLength={indicatorLimits.descriptionMax} />
        </Form.Item>
      </Form>
      {derive.error && <Alert type="error" showIcon title={errorText(derive.error)} />}
    </Modal>
  );
}
