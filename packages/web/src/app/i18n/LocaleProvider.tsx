import type { Locale } from '@bianping/core/i18n';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { type ReactNode, useMemo, useState } from 'react';
import { theme } from '../theme.ts';
import { LocaleContext, type LocaleState, langOf } from './LocaleContext.ts';
import { initialLocale, storeLocale } from './locale-storage.ts';

function applyLocale(locale: Locale) {
  dayjs.locale(locale === 'zh-CN' ? 'zh-cn' : 'en');
  document.documentElement.lang = locale;
}

/**
 * Holds the interface language and feeds it to antd, dayjs and our own dictionary. Saving the
 * choice to the account is the language switch's job, since only it knows a user is logged in.
 */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => {
    const first = initialLocale();
    applyLocale(first);
    return first;
  });

  const value = useMemo<LocaleState>(
    () => ({
      locale,
      lang: langOf(locale),
      setLocale: (next) => {
        applyLocale(next);
        storeLocale(next);
        setLocaleState(next);
      },
    }),
    [locale],
  );

  return (
    <LocaleContext.Provider value={value}>
      <ConfigProvider locale={locale === 'zh-CN' ? zhCN : enUS} theme={theme}>
        <AntApp>{children}</AntApp>
      </ConfigProvider>
    </LocaleContext.Provider>
  );
}
