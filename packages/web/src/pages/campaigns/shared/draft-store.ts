/**
 * Unsaved edits of a campaign form (self-assessment, on-site review), kept in localStorage under
 * a key naming the form, campaign, unit and indicator until the server has them, so that nothing typed is lost to a network error, a
 * closed tab or a reload. Each draft remembers the entry version it was typed over: resent
 * later, a save on a newer server version becomes a visible conflict instead of a silent
 * overwrite.
 */

/** What was typed for one indicator, and the entry version it started from. */
export type StoredDraft<T> = { value: T; baseVersion: number; savedAt: string };

/** The storage key of one indicator's draft in one form ('selfDraft', 'onsiteDraft'). */
export const draftKeyOf = (form: string, campaignId: string, unitId: string, nodeId: string) =>
  `bianping.${form}:${campaignId}:${unitId}:${nodeId}`;

// Storage may be unavailable (private mode, quota, policy); the form then works from memory only.
const storage = (): Storage | null => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
};

/** The unsaved draft of one indicator, or null. A malformed entry counts as none. */
export function readDraft<T>(key: string): StoredDraft<T> | null {
  const raw = storage()?.getItem(key);
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as StoredDraft<T>;
    return typeof parsed.baseVersion === 'number' && 'value' in parsed ? parsed : null;
  } catch {
    return null;
  }
}

/** Keeps an edit until the server confirms it. */
export function writeDraft<T>(key: string, value: T, baseVersion: number): void {
  const draft: StoredDraft<T> = { value, baseVersion, savedAt: new Date().toISOString() };
  try {
    storage()?.setItem(key, JSON.stringify(draft));
  } catch {
    // Quota exceeded: the edit still lives in memory and is sent as usual.
  }
}

/** Forgets a draft once the server holds it (or the user chose the newer server value). */
export function clearDraft(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // Nothing to clean up without storage.
  }
}
