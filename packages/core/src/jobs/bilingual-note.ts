import type { LocalizedText } from '../errors.ts';

const CJK = /[\u3400-\u9fff]/;

/**
 * Reads a note stored before notes became `{zh, en}` objects: server-written notes were one
 * string, "读取台账 / reading the registry". Anything not of that shape (a note an officer typed)
 * is the same text in both languages.
 */
export function splitBilingualNote(text: string): LocalizedText {
  const at = text.indexOf(' / ');
  if (at >= 0) {
    const zh = text.slice(0, at).trim();
    const en = text.slice(at + 3).trim();
    if (CJK.test(zh) && en && !CJK.test(en)) return { zh, en };
  }
  return { zh: text, en: text };
}

/** A note as stored (a `{zh, en}` object, JSON text of one, or an older plain string), as the API gives it. */
export function noteFromStorage(stored: unknown): LocalizedText | null {
  if (stored === null || stored === undefined) return null;
  if (typeof stored === 'object') {
    const { zh, en } = stored as Partial<LocalizedText>;
    if (typeof zh === 'string' && typeof en === 'string') return { zh, en };
    return null;
  }
  const text = String(stored);
  if (text.startsWith('{')) {
    try {
      return noteFromStorage(JSON.parse(text));
    } catch {
      // Not JSON after all: an older note that happens to start with a brace.
    }
  }
  return splitBilingualNote(text);
}
