import { roleLabels, scopeTypeLabels } from '@bianping/core/auth/roles';
import { Card, Empty, Table, Typography } from 'antd';
import { useCurrentUser } from '../../app/auth/useMe.ts';
import { useLabel, useT } from '../../app/i18n/LocaleContext.ts';
import { useScopeText } from '../../components/RoleTag.tsx';

/** For roles without a dashboard yet: who you are here and what you may reach. */
export function WelcomeCard() {
  const me = useCurrentUser();
  const t = useT();
  const label = useLabel();
  const scopeText = useScopeText();
  return (
    <Card>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('home.welcome', { name: me.displayName })}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('home.welcomeHint')}</Typography.Paragraph>
      <Typography.Title level={5}>{t('home.rolesTitle')}</Typography.Title>
      {me.roles.length === 0 ? (
        <Empty description={t('home.noRoles')} />
      ) : (
        <Table
          size="middle"
          pagination={false}
          rowKey={(r) => `${r.role}:${r.scopeType}:${r.scopeId}`}
          dataSource={me.roles}
          columns={[
            { title: t('home.role'), render: (_, r) => label(roleLabels[r.role]) },
            { title: t('roles.scopeType'), render: (_, r) => label(scopeTypeLabels[r.scopeType]) },
            { title: t('home.scope'), render: (_, r) => scopeText(r) },
          ]}
        />
      )}
    </Card>
  );
}
