/**
 * Unsaved edits of the self-assessment form, kept in localStorage per campaign, unit and
 * indicator until the server has them, so that nothing typed is lost to a network error, a
 * closed tab or a reload. Each draft remembers the entry version it was typed over: resent
 * later, a save on a newer server version becomes a visible conflict instead of a silent
 * overwrite.
 */

/** What the unit typed for one indicator, and the entry version it started from. */
export type StoredDraft<T> = { value: T; baseVersion: number; savedAt: string };

const PREFIX = 'bianping.selfDraft';

const keyOf = (campaignId: string, unitId: string, nodeId: string) =>
  `${PREFIX}:${campaignId}:${unitId}:${nodeId}`;

// Storage may be unavailable (private mode, quota, policy); the form then works from memory only.
const storage = (): Storage | null => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
};

/** The unsaved draft of one indicator, or null. A malformed entry counts as none. */
export function readDraft<T>(campaignId: string, unitId: string, nodeId: string): StoredDraft<T> | null {
  const raw = storage()?.getItem(keyOf(campaignId, unitId, nodeId));
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as StoredDraft<T>;
    return typeof parsed.baseVersion === 'number' && 'value' in parsed ? parsed : null;
  } catch {
    return null;
  }
}

/** Keeps an edit until the server confirms it. */
export function writeDraft<T>(
  campaignId: string,
  unitId: string,
  nodeId: string,
  value: T,
  baseVersion: number,
): void {
  const draft: StoredDraft<T> = { value, baseVersion, savedAt: new Date().toISOString() };
  try {
    storage()?.setItem(keyOf(campaignId, unitId, nodeId), JSON.stringify(draft));
  } catch {
    // Quota exceeded: the edit still lives in memory and is sent as usual.
  }
}

/** Forgets a draft once the server holds it (or the user chose the newer server value). */
export function clearDraft(campaignId: string, unitId: string, nodeId: string): void {
  try {
    storage()?.removeItem(keyOf(campaignId, unitId, nodeId));
  } catch {
    // Nothing to clean up without storage.
  }
}
