import type { User } from '@bianping/core/users';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Modal } from 'antd';
import { useMemo } from 'react';
import { queryKeys } from '../../api/keys.ts';
import { resetUserPassword } from '../../api/users.ts';
import { useLabel, useT } from '../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../app/i18n/useErrorText.ts';
import { showErrorOnField } from '../../components/form-errors.ts';
import { passwordPolicyRule } from '../../components/password-rules.ts';
import { PasswordField } from './PasswordField.tsx';
import { randomPassword } from './random-password.ts';
import { useCredentialsNotice } from './useCredentialsNotice.tsx';

type Values = { password: string };

/** A new initial password for someone who forgot theirs or got locked out. */
export function ResetPasswordModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  const t = useT();
  const label = useLabel();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const showCredentials = useCredentialsNotice();
  const [form] = Form.useForm<Values>();
  // A strong suggestion is ready when the dialog opens; the administrator may type another.
  const suggested = useMemo(() => (user ? randomPassword(user.username) : ''), [user]);

  const mutation = useMutation({
    mutationFn: ({ id, password }: { id: string; password: string }) => resetUserPassword(id, password),
    onSuccess: (saved, { password }) => {
      queryClient.setQueryData(queryKeys.user(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: queryKeys.users() });
      void message.success(t('users.resetDoneTitle'));
      onClose();
      showCredentials(t('users.resetDoneTitle'), saved.username, password);
    },
    onError: (error) => {
      if (showErrorOnField(form, error, errorText(error))) mutation.reset();
    },
  });

  const close = () => {
    mutation.reset();
    onClose();
  };

  return (
    <Modal
      open={user !== null}
      title={user ? t('users.resetTitle', { name: user.displayName }) : ''}
      width={560}
      okText={t('users.resetSubmit')}
      okButtonProps={{ htmlType: 'submit', loading: mutation.isPending, danger: true }}
      cancelText={t('common.cancel')}
      onCancel={close}
      destroyOnHidden
      mask={{ closable: false }}
      modalRender={(dom) => (
        <Form<Values>
          form={form}
          name="reset-password"
          layout="vertical"
          clearOnDestroy
          initialValues={{ password: suggested }}
          onFinish={({ password }) => user && mutation.mutate({ id: user.id, password })}
          onValuesChange={() => mutation.error && mutation.reset()}
        >
          {dom}
        </Form>
      )}
    >
      <Alert type="info" showIcon title={t('users.resetHint')} style={{ marginBottom: 16 }} />
      {mutation.error && (
        <Alert type="error" showIcon title={errorText(mutation.error)} style={{ marginBottom: 16 }} />
      )}
      <Form.Item
        label={t('users.field.password')}
        name="password"
        rules={[
          { required: true, message: t('users.field.passwordRequired') },
          passwordPolicyRule(() => user?.username, label),
        ]}
      >
        <PasswordField onGenerate={() => randomPassword(user?.username)} />
      </Form.Item>
    </Modal>
  );
}
