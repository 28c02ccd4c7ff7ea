import { useMutation } from '@tanstack/react-query';
import { Alert, Form, Modal } from 'antd';
import { createIndicatorSet, type IndicatorSetCreateInput } from '../../../api/indicators.ts';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';
import { showErrorOnField } from '../../../components/form-errors.ts';
import { SetMetaFields, type SetMetaValues } from '../SetMetaFields.tsx';
import { useOpenNewSet } from '../useNewEdition.ts';

type Props = { open: boolean; onClose: () => void };

/** 新建指标体系: an empty draft (full mark 100 unless changed), opened in the editor at once. */
export function CreateSetModal({ open, onClose }: Props) {
  const t = useT();
  const errorText = useErrorText();
  const [form] = Form.useForm<SetMetaValues>();
  const openSet = useOpenNewSet();
  const create = useMutation({
    mutationFn: (values: SetMetaValues) =>
      createIndicatorSet({
        ...values,
        kind: values.kind ?? 'common',
        category:
          values.kind === 'category' ? (values.category as IndicatorSetCreateInput['category']) : null,
        bonusCap: values.bonusCap ?? null,
      }),
    onSuccess: (detail) => {
      onClose();
      openSet(detail.set.id, detail);
    },
    onError: (err) => showErrorOnField(form, err, errorText(err)),
  });

  return (
    <Modal
      open={open}
      title={t('indicators.create.title')}
      okText={t('indicators.create.ok')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      destroyOnHidden
      afterClose={() => {
        form.resetFields();
        create.reset();
      }}
    >
      <Form<SetMetaValues>
        form={form}
        name="create-indicator-set"
        layout="vertical"
        initialValues={{ kind: 'common', fullMark: 100 }}
        onFinish={(v) => create.mutate(v)}
      >
        <SetMetaFields withKind />
      </Form>
      {create.error && <Alert type="error" showIcon title={errorText(create.error)} />}
    </Modal>
  );
}
