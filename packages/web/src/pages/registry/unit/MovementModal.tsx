import type { UnitDetail } from '@bianping/core/registry';
import { Alert, App, Form, type FormInstance, Modal, Typography } from 'antd';
import type { ReactNode } from 'react';
import { isApiError } from '../../../api/errors.ts';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';
import { showErrorOnField } from '../../../components/form-errors.ts';
import { useMovementEdit } from './useMovementEdit.ts';

type Props<V, I> = {
  unitId: string;
  open: boolean;
  onClose: () => void;
  /** Form name, also the prefix of its fields' ids. */
  name: string;
  title: string;
  okText: string;
  hint?: ReactNode;
  width?: number;
  initialValues: Partial<V>;
  edit: (unitId: string, input: I) => Promise<UnitDetail>;
  /** The API input from the form's values (the caller adds the unit's version). */
  toInput: (values: V) => I;
  /** What the success message says, from the values just sent. */
  successText: (values: V) => string;
  children: (form: FormInstance<V>) => ReactNode;
};

/**
 * The frame every movement form shares: a modal with its hint, the server's refusal shown under
 * the field it names (or above the form), and stale-version handling as for every unit edit —
 * the page reloads, the form closes, nothing is retried over someone else's change.
 */
export function MovementModal<V extends object, I>(props: Props<V, I>) {
  const { unitId, open, onClose, name, title, okText, hint, width = 640, initialValues, children } = props;
  const t = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [form] = Form.useForm<V>();
  const mutation = useMovementEdit(unitId, props.edit);

  const close = () => {
    mutation.reset();
    onClose();
  };

  const submit = (values: V) =>
    mutation.mutate(props.toInput(values), {
      onSuccess: () => {
        void message.success(props.successText(values));
        close();
      },
      onError: (error) => {
        if (isApiError(error, 'E_STALE_VERSION')) close();
        else if (showErrorOnField(form, error, errorText(error))) mutation.reset();
      },
    });

  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={close}
      confirmLoading={mutation.isPending}
      destroyOnHidden
      width={width}
    >
      {hint && <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph>}
      {mutation.error && !isApiError(mutation.error, 'E_STALE_VERSION') && (
        <Alert type="error" showIcon title={errorText(mutation.error)} style={{ marginBottom: 16 }} />
      )}
      <Form<V>
        form={form}
        name={name}
        layout="vertical"
        preserve={false}
        initialValues={initialValues}
        onFinish={submit}
      >
        {children(form)}
      </Form>
    </Modal>
  );
}
