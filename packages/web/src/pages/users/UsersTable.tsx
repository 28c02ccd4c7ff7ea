import type { User } from '@bianping/core/users';
import { Button, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import type { UserPage } from '../../api/users.ts';
import { useCurrentUser } from '../../app/auth/useMe.ts';
import { useT } from '../../app/i18n/LocaleContext.ts';
import { RoleTag } from '../../components/RoleTag.tsx';
import { serverPagination } from '../../components/server-pagination.ts';
import { UserStatus } from './UserStatus.tsx';

type Props = {
  data: UserPage | undefined;
  loading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
  onEdit: (user: User) => void;
  onResetPassword: (user: User) => void;
  onToggleActive: (user: User) => void;
};

export function UsersTable({ data, loading, onPageChange, onEdit, onResetPassword, onToggleActive }: Props) {
  const t = useT();
  const me = useCurrentUser();
  return (
    <Table<User>
      rowKey="id"
      loading={loading}
      dataSource={data?.items}
      scroll={{ x: 960 }}
      locale={{ emptyText: t('users.empty') }}
      pagination={serverPagination(data, onPageChange, t)}
      columns={[
        {
          title: t('users.col.username'),
          dataIndex: 'username',
          width: 160,
          render: (username: string, user) => (
            <Typography.Text strong={user.id === me.id}>
              {username}
              {user.id === me.id && <Typography.Text type="secondary">{t('users.self')}</Typography.Text>}
            </Typography.Text>
          ),
        },
        { title: t('users.col.displayName'), dataIndex: 'displayName', width: 140 },
        {
          title: t('users.col.roles'),
          key: 'roles',
          render: (_, user) =>
            user.roles.length ? (
              user.roles.map((r) => <RoleTag key={`${r.role}:${r.scopeType}:${r.scopeId}`} assignment={r} />)
            ) : (
              <Typography.Text type="secondary">{t('user.noRoles')}</Typography.Text>
            ),
        },
        {
          title: t('users.col.status'),
          key: 'status',
          width: 180,
          render: (_, user) => <UserStatus user={user} />,
        },
        {
          title: t('users.col.lastLogin'),
          dataIndex: 'lastLoginAt',
          width: 150,
          render: (at: string | null) =>
            at ? (
              dayjs(at).format('YYYY-MM-DD HH:mm')
            ) : (
              <Typography.Text type="secondary">{t('users.never')}</Typography.Text>
            ),
        },
        {
          title: t('common.actions'),
          key: 'actions',
          width: 250,
          fixed: 'right',
          render: (_, user) => (
            <Space size={0} wrap>
              <Button type="link" size="small" onClick={() => onEdit(user)}>
                {t('common.edit')}
              </Button>
              <Button type="link" size="small" onClick={() => onResetPassword(user)}>
                {t('users.resetPassword')}
              </Button>
              {/* Switching oneself off would end one's own session mid-task; another admin can. */}
              {user.id !== me.id && (
                <Button type="link" size="small" danger={user.active} onClick={() => onToggleActive(user)}>
                  {user.active ? t('users.deactivate') : t('users.reactivate')}
                </Button>
              )}
            </Space>
          ),
        },
      ]}
    />
  );
}
