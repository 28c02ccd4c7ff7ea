import { useMutation } from '@tanstack/react-query';
import { App, Form, type FormInstance, Modal } from 'antd';
import type { ReactNode } from 'react';
import type { OnsiteForm } from '../../../api/onsite.ts';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';
import type { MessageKey } from '../../../app/i18n/zh.ts';
import { useOnsiteReload } from './useOnsite.ts';

/**
 * Saving one record of an on-site review (a finding, an interview): on success the message, the
 * review reloaded and the modal closed; on a refusal the reason, and the review reloaded so a
 * stale copy is replaced.
 */
export function useRecordSave<V>(
  form: OnsiteForm,
  save: (values: V) => Promise<unknown>,
  savedKey: MessageKey,
  onClose: () => void,
) {
  const t = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const reload = useOnsiteReload(form.campaign.id, form.unit.id);
  return useMutation({
    mutationFn: save,
    onSuccess: () => {
      void message.success(t(savedKey));
      reload();
      onClose();
    },
    onError: (error) => {
      void message.error(errorText(error));
      reload();
    },
  });
}

type Props<V> = {
  open: boolean;
  title: string;
  fields: FormInstance<V>;
  saving: boolean;
  onClose: () => void;
  onSubmit: (values: V) => void;
  children: ReactNode;
};

/** The modal form of one on-site record: its fields, 保存 once they validate, 取消. */
export function RecordModal<V>({ open, title, fields, saving, onClose, onSubmit, children }: Props<V>) {
  const t = useT();
  return (
    <Modal
      open={open}
      title={title}
      okText={t('common.save')}
      okButtonProps={{ loading: saving }}
      onCancel={onClose}
      onOk={() => void fields.validateFields().then(onSubmit)}
      destroyOnHidden
    >
      <Form form={fields} layout="vertical" preserve={false}>
        {children}
      </Form>
    </Modal>
  );
}
