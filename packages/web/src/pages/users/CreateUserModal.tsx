import { limits } from '@bianping/core/limits';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Divider, Form, Input, Modal } from 'antd';
import { queryKeys } from '../../api/keys.ts';
import { createUser } from '../../api/users.ts';
import { useLabel, useT } from '../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../app/i18n/useErrorText.ts';
import { showErrorOnField } from '../../components/form-errors.ts';
import { passwordPolicyRule } from '../../components/password-rules.ts';
import { PasswordField } from './PasswordField.tsx';
import { RolesEditor } from './RolesEditor.tsx';
import { randomPassword } from './random-password.ts';
import { assignmentsFromRows, type RoleRow } from './role-rows.ts';
import { useCredentialsNotice } from './useCredentialsNotice.tsx';
import { usernameRule } from './username-rule.ts';

type Values = { username: string; displayName: string; password: string; roles: RoleRow[] };

export function CreateUserModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const label = useLabel();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const showCredentials = useCredentialsNotice();
  const [form] = Form.useForm<Values>();

  const mutation = useMutation({
    mutationFn: (values: Values) =>
      createUser({
        username: values.username.trim(),
        displayName: values.displayName.trim(),
        password: values.password,
        roles: assignmentsFromRows(values.roles),
      }),
    onSuccess: (user, values) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.users() });
      void message.success(t('users.created', { name: user.displayName }));
      onClose();
      showCredentials(t('users.createdTitle'), user.username, values.password);
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
      open={open}
      title={t('users.createTitle')}
      width={760}
      okText={t('users.createSubmit')}
      cancelText={t('common.cancel')}
      onCancel={close}
      okButtonProps={{ htmlType: 'submit', loading: mutation.isPending }}
      destroyOnHidden
      mask={{ closable: false }}
      modalRender={(dom) => (
        <Form<Values>
          form={form}
          name="create-user"
          layout="vertical"
          clearOnDestroy
          initialValues={{ roles: [{}] }}
          onFinish={(values) => mutation.mutate(values)}
          onValuesChange={() => mutation.error && mutation.reset()}
        >
          {dom}
        </Form>
      )}
    >
      {mutation.error && (
        <Alert type="error" showIcon title={errorText(mutation.error)} style={{ marginBottom: 16 }} />
      )}
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 16 }}>
        <Form.Item
          label={t('users.field.username')}
          name="username"
          extra={t('users.field.usernameHint', { min: limits.usernameMin, max: limits.usernameMax })}
          rules={[
            { required: true, whitespace: true, message: t('users.field.usernameRequired') },
            usernameRule(t),
          ]}
        >
          <Input autoComplete="off" maxLength={limits.usernameMax} autoFocus />
        </Form.Item>
        <Form.Item
          label={t('users.field.displayName')}
          name="displayName"
          rules={[{ required: true, whitespace: true, message: t('users.field.displayNameRequired') }]}
        >
          <Input autoComplete="off" maxLength={limits.displayNameMax} />
        </Form.Item>
      </div>
      <Form.Item
        label={t('users.field.password')}
        name="password"
        dependencies={['username']}
        extra={t('users.initialPasswordNotice')}
        rules={[
          { required: true, message: t('users.field.passwordRequired') },
          passwordPolicyRule(() => form.getFieldValue('username'), label),
        ]}
      >
        <PasswordField onGenerate={() => randomPassword(form.getFieldValue('username'))} />
      </Form.Item>
      <Divider titlePlacement="start" plain>
        {t('roles.title')}
      </Divider>
      <RolesEditor />
    </Modal>
  );
}
