import { GlobalOutlined } from '@ant-design/icons';
import type { Me } from '@bianping/core/auth';
import type { Locale } from '@bianping/core/i18n';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Dropdown } from 'antd';
import { saveLocale } from '../api/auth.ts';
import { queryKeys } from '../api/keys.ts';
import { useLocale, useT } from '../app/i18n/LocaleContext.ts';

const choices: { locale: Locale; key: 'lang.zh' | 'lang.en' }[] = [
  { locale: 'zh-CN', key: 'lang.zh' },
  { locale: 'en-US', key: 'lang.en' },
];

/**
 * 中文 / English. The choice is kept on this device and, for a logged-in user, in the account,
 * so it follows them to other devices.
 */
export function LanguageSwitch({ dark = false }: { dark?: boolean }) {
  const { locale, setLocale } = useLocale();
  const t = useT();
  const { message } = App.useApp();
  const queryClient = useQueryClient();

  const choose = (next: Locale) => {
    if (next === locale) return;
    setLocale(next);
    const me = queryClient.getQueryData<Me | null>(queryKeys.me);
    if (!me) return;
    saveLocale(next).then(
      () =>
        queryClient.setQueryData<Me | null>(queryKeys.me, (old) => (old ? { ...old, locale: next } : old)),
      () => void message.warning(t('lang.saveFailed')),
    );
  };

  const current = choices.find((c) => c.locale === locale) ?? choices[0];
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        selectable: true,
        selectedKeys: [locale],
        items: choices.map((c) => ({ key: c.locale, label: t(c.key) })),
        onClick: ({ key }) => choose(key as Locale),
      }}
    >
      <Button
        type="text"
        icon={<GlobalOutlined />}
        aria-label={`${t('lang.switch')}: ${current ? t(current.key) : ''}`}
        style={dark ? { color: 'rgba(255,255,255,0.85)' } : undefined}
      >
        {current ? t(current.key) : null}
      </Button>
    </Dropdown>
  );
}
