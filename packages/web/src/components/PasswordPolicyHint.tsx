import { limits } from '@bianping/core/limits';
import { Typography } from 'antd';
import { useT } from '../app/i18n/LocaleContext.ts';

/**
 * The password rules in words. The form checks them live with the core's checkPassword(), the
 * same function the server applies, so the hint and the verdict cannot drift apart.
 */
export function PasswordPolicyHint() {
  const t = useT();
  return (
    <div>
      <Typography.Text strong>{t('password.policyTitle')}</Typography.Text>
      <ul style={{ margin: '4px 0 0', paddingInlineStart: 20, color: 'rgba(0,0,0,0.65)' }}>
        <li>{t('password.policyLength', { min: limits.passwordMin })}</li>
        <li>{t('password.policyClasses')}</li>
        <li>{t('password.policyUsername')}</li>
      </ul>
    </div>
  );
}
