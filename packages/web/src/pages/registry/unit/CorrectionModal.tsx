import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal, Select, Typography } from 'antd';
import { queryKeys } from '../../../api/keys.ts';
import { type CorrectionInput, fileCorrection } from '../../../api/registry.ts';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';
import { requiredTrimmed } from '../../../components/form-rules.ts';
import { subjectLabels, subjects } from '../../corrections/correction-labels.ts';

type Props = { unitId: string; open: boolean; onClose: () => void };

/** 申请更正: the unit's liaison tells the office what in its registry data is wrong. */
export function CorrectionModal({ unitId, open, onClose }: Props) {
  const t = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<CorrectionInput>();
  const mutation = useMutation({
    mutationFn: (input: CorrectionInput) => fileCorrection(unitId, input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.corrections() }),
  });

  const close = () => {
    mutation.reset();
    onClose();
  };

  return (
    <Modal
      open={open}
      title={t('corrections.fileTitle')}
      okText={t('corrections.fileSubmit')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={close}
      confirmLoading={mutation.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('corrections.fileHint')}</Typography.Paragraph>
      {mutation.error && (
        <Alert type="error" showIcon title={errorText(mutation.error)} style={{ marginBottom: 16 }} />
      )}
      <Form<CorrectionInput>
        form={form}
        name="correction"
        layout="vertical"
        preserve={false}
        onFinish={(values) =>
          mutation.mutate(
            { subject: values.subject, description: values.description.trim() },
            {
              onSuccess: () => {
                void message.success(t('corrections.filed'));
                close();
              },
            },
          )
        }
      >
        <Form.Item
          label={t('corrections.col.subject')}
          name="subject"
          rules={[{ required: true, message: t('corrections.subjectRequired') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={subjects.map((s) => ({ value: s, label: t(subjectLabels[s]) }))}
          />
        </Form.Item>
        <Form.Item
          label={t('corrections.col.description')}
          name="description"
          required
          rules={[requiredTrimmed(5, t('corrections.descriptionRequired'))]}
        >
          <Input.TextArea
            rows={5}
            maxLength={2000}
            showCount
            placeholder={t('corrections.descriptionPlaceholder')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
