import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import type { User } from '@bianping/core/users';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { isApiError } from '../../api/errors.ts';
import { queryKeys } from '../../api/keys.ts';
import { listUsers } from '../../api/users.ts';
import { useT } from '../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../app/i18n/useErrorText.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { CreateUserModal } from './CreateUserModal.tsx';
import { EditUserDrawer } from './EditUserDrawer.tsx';
import { ResetPasswordModal } from './ResetPasswordModal.tsx';
import { UserFilters } from './UserFilters.tsx';
import { UsersTable } from './UsersTable.tsx';
import { useConfirmActive } from './useConfirmActive.ts';
import { paramsFromQuery, queryFromParams } from './user-filters.ts';
import { useUpdateUser } from './useUpdateUser.ts';

/** 用户管理: accounts, their roles and scopes, and the actions an administrator takes on them. */
export function UsersPage() {
  const t = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const query = queryFromParams(params);
  const [creating, setCreating] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);
  const confirmActive = useConfirmActive();
  const update = useUpdateUser();

  const { data, isFetching, error, refetch } = useQuery({
    queryKey: queryKeys.users(query),
    queryFn: ({ signal }) => listUsers(query, signal),
    placeholderData: keepPreviousData,
  });

  const toggleActive = async (user: User) => {
    const next = !user.active;
    if (!(await confirmActive(user.displayName, next))) return;
    update.mutate(
      { id: user.id, input: { version: user.version, active: next } },
      {
        onSuccess: (saved) =>
          void message.success(
            t(next ? 'users.reactivated' : 'users.deactivated', { name: saved.displayName }),
          ),
        onError: (err) =>
          void message.error(isApiError(err, 'E_STALE_VERSION') ? t('users.stale') : errorText(err)),
      },
    );
  };

  return (
    <>
      <PageHeader
        title={t('users.title')}
        subtitle={t('users.subtitle')}
        extra={
          <>
            <Button
              icon={<ReloadOutlined />}
              onClick={() => void refetch()}
              aria-label={t('common.refresh')}
            />
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('users.create')}
            </Button>
          </>
        }
      />
      <Card>
        <div style={{ marginBottom: 16 }}>
          <UserFilters
            value={query}
            onSearch={(filters) => setParams(paramsFromQuery({ ...filters, pageSize: query.pageSize }))}
          />
        </div>
        {error && <Alert type="error" showIcon title={errorText(error)} style={{ marginBottom: 16 }} />}
        <UsersTable
          data={data}
          loading={isFetching}
          onPageChange={(page, pageSize) =>
            setParams(paramsFromQuery({ ...query, page: pageSize === query.pageSize ? page : 1, pageSize }))
          }
          onEdit={(user) => setEditingId(user.id)}
          onResetPassword={setResetting}
          onToggleActive={(user) => void toggleActive(user)}
        />
      </Card>
      <CreateUserModal open={creating} onClose={() => setCreating(false)} />
      <EditUserDrawer userId={editingId} onClose={() => setEditingId(null)} />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
    </>
  );
}
