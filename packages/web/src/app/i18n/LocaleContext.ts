import type { LocalizedText } from '@bianping/core/errors';
import type { Locale } from '@bianping/core/i18n';
import { createContext, useCallback, useContext } from 'react';
import { en } from './en.ts';
import { type MessageKey, zh } from './zh.ts';

export type Lang = 'zh' | 'en';

export type LocaleState = {
  locale: Locale;
  /** The key into the core's `{zh, en}` labels. */
  lang: Lang;
  setLocale: (locale: Locale) => void;
};

export const LocaleContext = createContext<LocaleState | null>(null);

export const langOf = (locale: Locale): Lang => (locale === 'en-US' ? 'en' : 'zh');

export function useLocale(): LocaleState {
  const state = useContext(LocaleContext);
  if (!state) throw new Error('useLocale outside LocaleProvider');
  return state;
}

export type Vars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

const dictionaries = { zh, en };

export function translate(lang: Lang, key: MessageKey, vars?: Vars): string {
  const text = dictionaries[lang][key];
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** `t('users.created', {name})` in the current language. */
export function useT(): Translate {
  const { lang } = useLocale();
  return useCallback((key, vars) => translate(lang, key, vars), [lang]);
}

/** Picks the current language out of a `{zh, en}` text from the core or the API. */
export function useLabel(): (text: LocalizedText) => string {
  const { lang } = useLocale();
  return useCallback((text) => text[lang], [lang]);
}
