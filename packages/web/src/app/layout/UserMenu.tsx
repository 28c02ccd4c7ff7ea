import { DownOutlined, KeyOutlined, LogoutOutlined, PoweroffOutlined, UserOutlined } from '@ant-design/icons';
import { roleLabels } from '@bianping/core/auth/roles';
import { App, Avatar, Button, Dropdown, Flex, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { RoleTag } from '../../components/RoleTag.tsx';
import { useCurrentUser } from '../auth/useMe.ts';
import { useSignOut } from '../auth/useSignOut.ts';
import { useLabel, useT } from '../i18n/LocaleContext.ts';

/** Who is logged in, with their roles, and the account actions. */
export function UserMenu() {
  const me = useCurrentUser();
  const t = useT();
  const label = useLabel();
  const navigate = useNavigate();
  const { modal } = App.useApp();
  const { logout, logoutAll } = useSignOut();

  const firstRole = me.roles[0];
  const roleSummary = firstRole
    ? `${label(roleLabels[firstRole.role])}${me.roles.length > 1 ? ` +${me.roles.length - 1}` : ''}`
    : t('user.noRoles');

  const confirmLogoutAll = () =>
    modal.confirm({
      title: t('user.logoutAllTitle'),
      content: t('user.logoutAllHint'),
      okText: t('user.logoutAll'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: logoutAll,
    });

  return (
    <Dropdown
      trigger={['click']}
      placement="bottomRight"
      popupRender={(menu) => (
        <div className="bp-user-popup">
          <div className="bp-user-popup-head">
            <Typography.Text strong>{me.displayName}</Typography.Text>
            <Typography.Text type="secondary"> ({me.username})</Typography.Text>
            <div style={{ marginTop: 6 }}>
              {me.roles.length ? (
                me.roles.map((r) => <RoleTag key={`${r.role}:${r.scopeType}:${r.scopeId}`} assignment={r} />)
              ) : (
                <Typography.Text type="secondary">{t('user.noRoles')}</Typography.Text>
              )}
            </div>
          </div>
          {menu}
        </div>
      )}
      menu={{
        items: [
          { key: 'password', icon: <KeyOutlined aria-hidden />, label: t('user.changePassword') },
          { type: 'divider' },
          { key: 'logout', icon: <LogoutOutlined aria-hidden />, label: t('user.logout') },
          {
            key: 'logout-all',
            icon: <PoweroffOutlined aria-hidden />,
            label: t('user.logoutAll'),
            danger: true,
          },
        ],
        onClick: ({ key }) => {
          if (key === 'password') navigate('/account/password');
          if (key === 'logout') logout();
          if (key === 'logout-all') confirmLogoutAll();
        },
      }}
    >
      <Button type="text" aria-label={t('user.menu')} style={{ height: 48, paddingInline: 8 }}>
        <Flex align="center" gap={8}>
          <Avatar size="small" icon={<UserOutlined />} style={{ backgroundColor: '#1d5fbf' }} />
          <Flex vertical align="flex-start" style={{ lineHeight: 1.25 }}>
            <Typography.Text strong>{me.displayName}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {roleSummary}
            </Typography.Text>
          </Flex>
          <DownOutlined style={{ fontSize: 10, color: '#8c8c8c' }} />
        </Flex>
      </Button>
    </Dropdown>
  );
}
