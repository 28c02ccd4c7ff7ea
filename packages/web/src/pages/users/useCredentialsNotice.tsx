import { App, Descriptions, Typography } from 'antd';
import { useT } from '../../app/i18n/LocaleContext.ts';

/**
 * Shows a new initial password once, with copy buttons. The server never shows it again, so
 * the dialog stays until the administrator closes it.
 */
export function useCredentialsNotice() {
  const { modal } = App.useApp();
  const t = useT();
  return (title: string, username: string, password: string) =>
    modal.success({
      title,
      width: 480,
      okText: t('common.close'),
      content: (
        <>
          <Typography.Paragraph type="secondary">{t('users.credentialsHint')}</Typography.Paragraph>
          <Descriptions
            column={1}
            size="small"
            bordered
            items={[
              {
                key: 'u',
                label: t('users.credentialsUsername'),
                children: <Typography.Text copyable>{username}</Typography.Text>,
              },
              {
                key: 'p',
                label: t('users.credentialsPassword'),
                children: (
                  <Typography.Text code copyable>
                    {password}
                  </Typography.Text>
                ),
              },
            ]}
          />
        </>
      ),
    });
}
