import { Alert, Button, Card, Typography } from 'antd';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { useCurrentUser } from '../../app/auth/useMe.ts';
import { useSignOut } from '../../app/auth/useSignOut.ts';
import { useT } from '../../app/i18n/LocaleContext.ts';
import { LanguageSwitch } from '../../components/LanguageSwitch.tsx';
import { PasswordPolicyHint } from '../../components/PasswordPolicyHint.tsx';
import { ChangePasswordForm } from './ChangePasswordForm.tsx';

/**
 * Where a new or reset account lands, outside the app frame: until the password is changed the
 * server refuses every other call, so there is nothing else to navigate to.
 */
export function ForcedPasswordPage() {
  const me = useCurrentUser();
  const t = useT();
  const navigate = useNavigate();
  const { logout } = useSignOut();

  useEffect(() => {
    document.title = `${t('password.forcedTitle')} - ${t('app.title')}`;
  }, [t]);

  return (
    <div className="bp-login">
      <main className="bp-login-main">
        <div className="bp-login-lang">
          <LanguageSwitch />
        </div>
        <div style={{ display: 'flex', alignItems: 'center', gap: 12, marginBottom: 24 }}>
          <span className="bp-brand-mark" aria-hidden style={{ width: 40, height: 40, fontSize: 22 }}>
            评
          </span>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('app.title')}
          </Typography.Title>
        </div>
        <Card style={{ width: '100%', maxWidth: 460 }}>
          <Typography.Title level={3} style={{ marginTop: 0 }}>
            {t('password.forcedTitle')}
          </Typography.Title>
          <Alert type="warning" showIcon title={t('password.forcedHint')} style={{ marginBottom: 16 }} />
          <Typography.Paragraph type="secondary">
            {t('password.account', { name: me.displayName, username: me.username })}
          </Typography.Paragraph>
          <div style={{ marginBottom: 16 }}>
            <PasswordPolicyHint />
          </div>
          <ChangePasswordForm onDone={() => navigate('/', { replace: true })} />
          <Button type="link" block style={{ marginTop: 8 }} onClick={logout}>
            {t('password.logoutInstead')}
          </Button>
        </Card>
      </main>
    </div>
  );
}
