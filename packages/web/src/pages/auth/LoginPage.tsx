import { CheckCircleOutlined, LockOutlined, UserOutlined } from '@ant-design/icons';
import type { Me } from '@bianping/core/auth';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useEffect } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { login, saveLocale } from '../../api/auth.ts';
import { isApiError } from '../../api/errors.ts';
import { queryKeys } from '../../api/keys.ts';
import { safeNext } from '../../app/auth/safe-next.ts';
import { useMe } from '../../app/auth/useMe.ts';
import { useLocale, useT } from '../../app/i18n/LocaleContext.ts';
import { storedLocale } from '../../app/i18n/locale-storage.ts';
import { useErrorText } from '../../app/i18n/useErrorText.ts';
import { FullPageSpin } from '../../components/FullPageSpin.tsx';
import { LanguageSwitch } from '../../components/LanguageSwitch.tsx';

type Values = { username: string; password: string };

export function LoginPage() {
  const t = useT();
  const errorText = useErrorText();
  const { locale, lang, setLocale } = useLocale();
  const { data: me, isPending } = useMe();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));

  useEffect(() => {
    document.title = `${t('login.title')} - ${t('app.title')}`;
  }, [t]);

  /**
   * A language chosen on this device wins and is saved to the account; on a device where the
   * user never chose, the account's language applies.
   */
  const syncLocale = (user: Me) => {
    if (storedLocale() === null) {
      if (user.locale !== locale) setLocale(user.locale);
    } else if (user.locale !== locale) {
      saveLocale(locale).catch(() => undefined);
    }
  };

  const mutation = useMutation({
    mutationFn: login,
    onSuccess: (user) => {
      // Nothing cached for whoever used this browser before may show to the new user.
      queryClient.clear();
      queryClient.setQueryData(queryKeys.me, user);
      syncLocale(user);
      navigate(user.mustChangePassword ? '/change-password' : next, { replace: true });
    },
  });

  if (isPending) return <FullPageSpin />;
  if (me) return <Navigate to={me.mustChangePassword ? '/change-password' : next} replace />;

  const error = mutation.error;
  return (
    <div className="bp-login">
      <aside className="bp-login-aside">
        <Typography.Text style={{ color: 'rgba(255,255,255,0.75)', fontSize: 16 }}>
          {t('login.welcome')}
        </Typography.Text>
        <Typography.Title
          style={{ color: '#fff', margin: '8px 0 4px', fontSize: 40, letterSpacing: lang === 'zh' ? 4 : 0 }}
        >
          {t('app.name')}
        </Typography.Title>
        <Typography.Title level={3} style={{ color: '#fff', margin: 0, fontWeight: 400 }}>
          {t('app.fullName')}
        </Typography.Title>
        <Typography.Paragraph style={{ color: 'rgba(255,255,255,0.75)', marginTop: 16, fontSize: 16 }}>
          {t('login.slogan')}
        </Typography.Paragraph>
        <ul style={{ listStyle: 'none', padding: 0, marginTop: 32 }}>
          {(['login.feature1', 'login.feature2', 'login.feature3'] as const).map((key) => (
            <li key={key} style={{ marginBottom: 14, fontSize: 15, color: 'rgba(255,255,255,0.9)' }}>
              <CheckCircleOutlined style={{ marginRight: 10, color: '#7fb3ff' }} />
              {t(key)}
            </li>
          ))}
        </ul>
      </aside>

      <main className="bp-login-main">
        <div className="bp-login-lang">
          <LanguageSwitch />
        </div>
        <div style={{ display: 'flex', alignItems: 'center', gap: 12, marginBottom: 24 }}>
          <span className="bp-brand-mark" aria-hidden style={{ width: 40, height: 40, fontSize: 22 }}>
            评
          </span>
          <Typography.Title level={2} style={{ margin: 0 }}>
            {t('app.title')}
          </Typography.Title>
        </div>
        <Card style={{ width: '100%', maxWidth: 400 }} title={t('login.title')}>
          {error && (
            <Alert
              type={isApiError(error, 'E_ACCOUNT_LOCKED') ? 'warning' : 'error'}
              showIcon
              title={errorText(error)}
              style={{ marginBottom: 16 }}
              role="alert"
            />
          )}
          <Form<Values>
            name="login"
            layout="vertical"
            requiredMark={false}
            onFinish={(values) => mutation.mutate(values)}
            onValuesChange={() => mutation.error && mutation.reset()}
          >
            <Form.Item
              label={t('login.username')}
              name="username"
              rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
            >
              <Input prefix={<UserOutlined />} autoComplete="username" autoFocus size="large" />
            </Form.Item>
            <Form.Item
              label={t('login.password')}
              name="password"
              rules={[{ required: true, message: t('login.passwordRequired') }]}
            >
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block size="large" loading={mutation.isPending}>
              {t('login.submit')}
            </Button>
          </Form>
          <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 13 }}>
            {t('login.help')}
          </Typography.Paragraph>
        </Card>
      </main>
    </div>
  );
}
