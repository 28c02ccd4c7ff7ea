import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, isApiError, TransportError } from '../../../api/errors.ts';
import { clearDraft, readDraft, writeDraft } from './draft-store.ts';

/**
 * saved: the server holds what is shown · saving: on its way · unsaved: typed, waiting for the
 * pause · offline: the network failed, kept locally and retried · conflict: someone saved a newer
 * version meanwhile · error: refused (e.g. the form was submitted elsewhere), kept locally.
 */
export type SaveStatus = 'saved' | 'saving' | 'unsaved' | 'offline' | 'conflict' | 'error';

/** The pause after the last keystroke before an entry is sent. */
export const AUTOSAVE_DELAY_MS = 800;
/** How often an entry that failed on the network is retried while the browser says it is online. */
const RETRY_MS = 5000;

type Versioned = { version: number };

export type VersionedAutosaveArgs<V, E extends Versioned> = {
  /** localStorage key of this entry's draft (`draftKeyOf`). */
  draftKey: string;
  /** The stored entry as the form last read it. */
  entry: E | undefined;
  /** What the editor shows for an entry (or for none yet). */
  toValue: (entry: E | undefined) => V;
  /** Sends the value over the version it was typed on; answers the saved entry. */
  save: (value: V, version: number) => Promise<E>;
  /** The newer entry of an E_STALE_VERSION answer's `details.current`, or null. */
  parseCurrent: (current: unknown) => E | null;
  /** Puts a saved (or taken) entry into the cached form. */
  remember: (entry: E) => void;
};

/**
 * Autosave of one versioned entry of a campaign form. Every edit is first written to
 * localStorage, then sent after a pause of {@link AUTOSAVE_DELAY_MS}, stating the entry version it
 * was typed over. A draft found in storage on mount (a reload, a crash) is resent. A network
 * failure keeps the draft and retries when the browser is back online; a stale version shows the
 * newer entry and lets the user keep theirs (resent over the newer version) or take the newer one.
 */
export function useVersionedAutosave<V, E extends Versioned>(args: VersionedAutosaveArgs<V, E>) {
  const { draftKey, entry, toValue } = args;
  // The callbacks change identity every render; the latest ones are read when a save goes out.
  const live = useRef(args);
  live.current = args;
  const stored = useRef(readDraft<V>(draftKey));
  const [value, setValue] = useState<V>(() => stored.current?.value ?? toValue(entry));
  const [status, setStatus] = useState<SaveStatus>(stored.current ? 'unsaved' : 'saved');
  const [newer, setNewer] = useState<E | null>(null);
  const [error, setError] = useState<unknown>(null);
  const latest = useRef(value);
  const baseVersion = useRef(stored.current?.baseVersion ?? entry?.version ?? 0);
  const inFlight = useRef(false);
  const dirty = useRef(stored.current !== null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const statusRef = useRef(status);
  statusRef.current = status;

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    if (inFlight.current || !dirty.current) return;
    inFlight.current = true;
    const sent = latest.current;
    dirty.current = false;
    setStatus('saving');
    try {
      const saved = await live.current.save(sent, baseVersion.current);
      baseVersion.current = saved.version;
      live.current.remember(saved);
      if (latest.current === sent) {
        clearDraft(draftKey);
        setStatus('saved');
      } else {
        // Typed on while the save was under way: keep the newer text, over the new version.
        writeDraft(draftKey, latest.current, baseVersion.current);
        dirty.current = true;
        setStatus('unsaved');
      }
      setError(null);
    } catch (err) {
      dirty.current = true;
      setError(err);
      if (isApiError(err, 'E_STALE_VERSION')) {
        setNewer(live.current.parseCurrent((err.details as { current?: unknown } | null)?.current));
        setStatus('conflict');
      } else if (err instanceof TransportError || (err instanceof ApiError && err.status >= 500)) {
        setStatus('offline');
      } else {
        setStatus('error');
      }
    } finally {
      inFlight.current = false;
    }
    if (dirty.current && latest.current !== sent) timer.current = setTimeout(flush, AUTOSAVE_DELAY_MS);
  }, [draftKey]);

  const change = useCallback(
    (patch: Partial<V> | ((current: V) => Partial<V>)) => {
      // A function patch reads the latest value, so two uploads finishing together both count.
      const next = { ...latest.current, ...(typeof patch === 'function' ? patch(latest.current) : patch) };
      latest.current = next;
      dirty.current = true;
      setValue(next);
      writeDraft(draftKey, next, baseVersion.current);
      setStatus((s) => (s === 'conflict' ? s : 'unsaved'));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    },
    [draftKey, flush],
  );

  /** Conflict: save what I typed over the newer version. */
  const keepMine = useCallback(() => {
    if (newer) baseVersion.current = newer.version;
    writeDraft(draftKey, latest.current, baseVersion.current);
    setNewer(null);
    dirty.current = true;
    void flush();
  }, [newer, draftKey, flush]);

  /** Conflict: drop what I typed and show the newer entry. */
  const takeNewer = useCallback(() => {
    if (!newer) return;
    const next = live.current.toValue(newer);
    latest.current = next;
    baseVersion.current = newer.version;
    dirty.current = false;
    clearDraft(draftKey);
    live.current.remember(newer);
    setValue(next);
    setNewer(null);
    setStatus('saved');
  }, [newer, draftKey]);

  // A draft from an earlier visit goes out at once; failed saves go out again when online.
  useEffect(() => {
    if (stored.current) void flush();
    const retry = () => {
      if (dirty.current && !inFlight.current && navigator.onLine) void flush();
    };
    window.addEventListener('online', retry);
    const interval = setInterval(() => {
      if (statusRef.current === 'offline') retry();
    }, RETRY_MS);
    return () => {
      window.removeEventListener('online', retry);
      clearInterval(interval);
      // Leaving the page during the pause: send now (the stored draft covers a failure).
      if (dirty.current) void flush();
    };
  }, [flush]);

  return { value, status, newer, error, change, flush, keepMine, takeNewer };
}
