import type { Lang } from './LocaleContext.ts';

const CJK = /[\u3400-\u9fff]/;

/**
 * Server-written notes of jobs and scans come as one string, "读取台账 / reading the registry";
 * this picks the half in the user's language. Anything not of that shape (a note an officer
 * typed) is shown as it is.
 */
export function pickBilingual(text: string, lang: Lang): string {
  const at = text.indexOf(' / ');
  if (at < 0) return text;
  const zh = text.slice(0, at).trim();
  const en = text.slice(at + 3).trim();
  if (!CJK.test(zh) || CJK.test(en) || !en) return text;
  return lang === 'zh' ? zh : en;
}
