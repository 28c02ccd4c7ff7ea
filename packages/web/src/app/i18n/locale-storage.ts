import { defaultLocale, type Locale, locales } from '@bianping/core/i18n';

const KEY = 'bianping.locale';

/** The language chosen on this device, or null when the user never chose one here. */
export function storedLocale(): Locale | null {
  try {
    const value = window.localStorage.getItem(KEY);
    return locales.find((l) => l === value) ?? null;
  } catch {
    return null;
  }
}

export function storeLocale(locale: Locale) {
  try {
    window.localStorage.setItem(KEY, locale);
  } catch {
    // Private mode or a full quota: the choice then lasts for this page only.
  }
}

export const initialLocale = (): Locale => storedLocale() ?? defaultLocale;
