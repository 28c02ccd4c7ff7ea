import { Form, Input, Modal } from 'antd';
import { useT } from '../../../app/i18n/LocaleContext.ts';

type Props = {
  open: boolean;
  unitName: string;
  /** The modal's title; the self-assessment's by default. */
  title?: string;
  pending: boolean;
  onCancel: () => void;
  onReturn: (reason: string) => void;
};

/** 退回: the office says what must be fixed; the reason is shown on the returned form. */
export function ReturnModal({ open, unitName, title, pending, onCancel, onReturn }: Props) {
  const t = useT();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open={open}
      title={title ?? t('campaigns.self.returnTitle', { unit: unitName })}
      okText={t('campaigns.self.return')}
      okButtonProps={{ danger: true, loading: pending }}
      onCancel={onCancel}
      onOk={() => void form.validateFields().then(({ reason }) => onReturn(reason.trim()))}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="reason"
          label={t('campaigns.self.returnReason')}
          rules={[
            { required: true, whitespace: true, min: 2, message: t('campaigns.self.returnReasonRequired') },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={1000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
