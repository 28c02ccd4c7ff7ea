import { limits } from '@bianping/core/limits';
import type { User } from '@bianping/core/users';
import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Descriptions, Divider, Drawer, Flex, Form, Input, Skeleton } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { isApiError } from '../../api/errors.ts';
import { queryKeys } from '../../api/keys.ts';
import { getUser } from '../../api/users.ts';
import { useT } from '../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../app/i18n/useErrorText.ts';
import { showErrorOnField } from '../../components/form-errors.ts';
import { ActiveSwitch } from './ActiveSwitch.tsx';
import { RolesEditor } from './RolesEditor.tsx';
import { assignmentsFromRows, type RoleRow, rowsFromAssignments } from './role-rows.ts';
import { UserStatus } from './UserStatus.tsx';
import { useUpdateUser } from './useUpdateUser.ts';

type Values = { displayName: string; active: boolean; roles: RoleRow[] };

const valuesOf = (user: User): Values => ({
  displayName: user.displayName,
  active: user.active,
  roles: rowsFromAssignments(user.roles),
});

function EditUserForm({ user, onClose }: { user: User; onClose: () => void }) {
  const t = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const mutation = useUpdateUser();

  // A reload after a stale-version refusal brings a new version: show the fresh data.
  useEffect(() => {
    form.setFieldsValue(valuesOf(user));
  }, [form, user]);

  const save = (values: Values) =>
    mutation.mutate(
      {
        id: user.id,
        input: {
          version: user.version,
          displayName: values.displayName.trim(),
          active: values.active,
          roles: assignmentsFromRows(values.roles),
        },
      },
      {
        onSuccess: (saved) => {
          void message.success(t('users.saved', { name: saved.displayName }));
          onClose();
        },
        onError: (error) => {
          if (isApiError(error, 'E_STALE_VERSION')) {
            void message.warning(t('users.stale'));
            mutation.reset();
          } else if (showErrorOnField(form, error, errorText(error))) {
            mutation.reset();
          }
        },
      },
    );

  const fmt = (iso: string | null) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : t('users.never'));

  return (
    <Form<Values>
      form={form}
      name="edit-user"
      layout="vertical"
      initialValues={valuesOf(user)}
      onFinish={save}
      onValuesChange={() => mutation.error && mutation.reset()}
    >
      <Descriptions
        size="small"
        column={2}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'username', label: t('users.col.username'), children: user.username },
          { key: 'status', label: t('users.col.status'), children: <UserStatus user={user} /> },
          { key: 'created', label: t('users.createdAt'), children: fmt(user.createdAt) },
          { key: 'login', label: t('users.col.lastLogin'), children: fmt(user.lastLoginAt) },
        ]}
      />
      {mutation.error && (
        <Alert type="error" showIcon title={errorText(mutation.error)} style={{ marginBottom: 16 }} />
      )}
      <div style={{ display: 'grid', gridTemplateColumns: '1fr auto', columnGap: 24 }}>
        <Form.Item
          label={t('users.field.displayName')}
          name="displayName"
          rules={[{ required: true, whitespace: true, message: t('users.field.displayNameRequired') }]}
        >
          <Input maxLength={limits.displayNameMax} />
        </Form.Item>
        <Form.Item label={t('users.field.active')} name="active">
          <ActiveSwitch name={user.displayName} />
        </Form.Item>
      </div>
      <Divider titlePlacement="start" plain>
        {t('roles.title')}
      </Divider>
      <RolesEditor />
      <Flex justify="flex-end" gap={8} style={{ marginTop: 24 }}>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={mutation.isPending}>
          {t('common.save')}
        </Button>
      </Flex>
    </Form>
  );
}

/** Name, roles and the active flag of one user, always edited from a fresh copy. */
export function EditUserDrawer({ userId, onClose }: { userId: string | null; onClose: () => void }) {
  const t = useT();
  const errorText = useErrorText();
  const { data: user, error } = useQuery({
    queryKey: queryKeys.user(userId ?? ''),
    queryFn: ({ signal }) => getUser(userId as string, signal),
    enabled: userId !== null,
    // The drawer is where edits start, so it always begins from the server's current version.
    staleTime: 0,
    refetchOnMount: 'always',
  });

  return (
    <Drawer
      open={userId !== null}
      onClose={onClose}
      title={user ? t('users.editTitle', { name: user.displayName }) : t('common.edit')}
      size={760}
      destroyOnHidden
    >
      {error ? (
        <Alert type="error" showIcon title={errorText(error)} />
      ) : user ? (
        <EditUserForm user={user} onClose={onClose} />
      ) : (
        <Skeleton active paragraph={{ rows: 8 }} />
      )}
    </Drawer>
  );
}
