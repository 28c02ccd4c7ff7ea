import type { Me } from '@bianping/core/auth';
import { limits } from '@bianping/core/limits';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input } from 'antd';
import { changePassword } from '../../api/auth.ts';
import { queryKeys } from '../../api/keys.ts';
import { useCurrentUser } from '../../app/auth/useMe.ts';
import { useLabel, useT } from '../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../app/i18n/useErrorText.ts';
import { showErrorOnField } from '../../components/form-errors.ts';
import { passwordPolicyRule } from '../../components/password-rules.ts';

type Values = { currentPassword: string; newPassword: string; confirmPassword: string };

/** Current, new and confirmed password; used by the forced page and the voluntary one. */
export function ChangePasswordForm({ onDone }: { onDone: (me: Me) => void }) {
  const me = useCurrentUser();
  const t = useT();
  const label = useLabel();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();

  const mutation = useMutation({
    mutationFn: ({ currentPassword, newPassword }: Values) =>
      changePassword({ currentPassword, newPassword }),
    onSuccess: (updated) => {
      queryClient.setQueryData(queryKeys.me, updated);
      void message.success(t('password.success'));
      form.resetFields();
      onDone(updated);
    },
    onError: (error) => {
      if (showErrorOnField(form, error, errorText(error))) mutation.reset();
    },
  });

  return (
    <Form<Values>
      form={form}
      name="change-password"
      layout="vertical"
      onFinish={(values) => mutation.mutate(values)}
      onValuesChange={() => mutation.error && mutation.reset()}
    >
      {mutation.error && (
        <Alert type="error" showIcon title={errorText(mutation.error)} style={{ marginBottom: 16 }} />
      )}
      {/* Lets password managers tie the new password to the right account. */}
      <input type="text" name="username" autoComplete="username" value={me.username} readOnly hidden />
      <Form.Item
        label={t('password.current')}
        name="currentPassword"
        rules={[{ required: true, message: t('password.currentRequired') }]}
      >
        <Input.Password autoComplete="current-password" autoFocus maxLength={limits.passwordMax} />
      </Form.Item>
      <Form.Item
        label={t('password.new')}
        name="newPassword"
        dependencies={['currentPassword']}
        validateFirst
        rules={[
          { required: true, message: t('password.newRequired') },
          passwordPolicyRule(() => me.username, label),
          ({ getFieldValue }) => ({
            validator: async (_rule, value: string) => {
              if (value && value === getFieldValue('currentPassword'))
                throw new Error(t('password.sameAsCurrent'));
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" maxLength={limits.passwordMax} />
      </Form.Item>
      <Form.Item
        label={t('password.confirm')}
        name="confirmPassword"
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('password.confirmRequired') },
          ({ getFieldValue }) => ({
            validator: async (_rule, value: string) => {
              if (value && value !== getFieldValue('newPassword')) throw new Error(t('password.mismatch'));
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" maxLength={limits.passwordMax} />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={mutation.isPending}>
        {t('password.submit')}
      </Button>
    </Form>
  );
}
