import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Descriptions, Form, Input, Modal } from 'antd';
import { isApiError } from '../../api/errors.ts';
import { queryKeys } from '../../api/keys.ts';
import { type CorrectionRequest, decideCorrection } from '../../api/registry.ts';
import { useT } from '../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../app/i18n/useErrorText.ts';
import { requiredTrimmed } from '../../components/form-rules.ts';
import { subjectLabels } from './correction-labels.ts';

export type Decision = { request: CorrectionRequest; decision: 'accepted' | 'rejected' };
type Values = { note: string };

/** 受理 or 驳回 a correction request, with the note the liaison will read. */
export function DecisionModal({ target, onClose }: { target: Decision | null; onClose: () => void }) {
  const t = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const mutation = useMutation({
    mutationFn: ({ request, decision, note }: Decision & Values) =>
      decideCorrection(request.id, { version: request.version, decision, note }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: queryKeys.corrections() }),
  });
  const accept = target?.decision === 'accepted';

  const close = () => {
    mutation.reset();
    onClose();
  };

  const submit = ({ note }: Values) => {
    if (!target) return;
    mutation.mutate(
      { ...target, note: note.trim() },
      {
        onSuccess: () => {
          void message.success(t(accept ? 'corrections.acceptedDone' : 'corrections.rejectedDone'));
          close();
        },
        onError: (error) => {
          if (isApiError(error, 'E_STALE_VERSION')) {
            void message.warning(t('registry.stale'));
            close();
          }
        },
      },
    );
  };

  return (
    <Modal
      open={target !== null}
      title={t(accept ? 'corrections.acceptTitle' : 'corrections.rejectTitle')}
      okText={t(accept ? 'corrections.accept' : 'corrections.reject')}
      okButtonProps={{ danger: !accept }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={close}
      confirmLoading={mutation.isPending}
      destroyOnHidden
    >
      {target && (
        <Descriptions
          size="small"
          column={1}
          style={{ marginBottom: 16 }}
          items={[
            { key: 'unit', label: t('corrections.col.unit'), children: target.request.unitName },
            {
              key: 'subject',
              label: t('corrections.col.subject'),
              children: t(subjectLabels[target.request.subject]),
            },
            {
              key: 'description',
              label: t('corrections.col.description'),
              children: target.request.description,
            },
          ]}
        />
      )}
      {mutation.error && !isApiError(mutation.error, 'E_STALE_VERSION') && (
        <Alert type="error" showIcon title={errorText(mutation.error)} style={{ marginBottom: 16 }} />
      )}
      <Form<Values>
        form={form}
        name="correction-decision"
        layout="vertical"
        preserve={false}
        onFinish={submit}
      >
        <Form.Item
          label={t('corrections.col.decisionNote')}
          name="note"
          required
          rules={[requiredTrimmed(1, t('corrections.noteRequired'))]}
          extra={accept ? t('corrections.acceptHint') : undefined}
        >
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
