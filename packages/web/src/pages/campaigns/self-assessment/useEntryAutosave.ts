import type { ScoreInput } from '@bianping/core/campaigns/score-input';
import { SelfEntrySchema } from '@bianping/core/campaigns/self-assessment-api';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, isApiError, TransportError } from '../../../api/errors.ts';
import { queryKeys } from '../../../api/keys.ts';
import { type SelfAssessmentForm, type SelfEntry, saveSelfEntry } from '../../../api/self-assessment.ts';
import { clearDraft, readDraft, writeDraft } from './draft-store.ts';

/** What the unit edits for one indicator. */
export type EntryValue = { input: ScoreInput; narrative: string; evidenceFileIds: string[] };

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

const entryValueOf = (entry: SelfEntry | undefined): EntryValue => ({
  input: entry?.input ?? {},
  narrative: entry?.narrative ?? '',
  evidenceFileIds: entry?.evidenceFileIds ?? [],
});

type Args = { campaignId: string; unitId: string; nodeId: string; entry: SelfEntry | undefined };

/**
 * Autosave of one indicator's entry. Every edit is first written to localStorage, then sent after
 * a pause of {@link AUTOSAVE_DELAY_MS}, stating the entry version it was typed over. A draft
 * found in storage on mount (a reload, a crash) is resent. A network failure keeps the draft and
 * retries when the browser is back online; a stale version shows the newer entry and lets the
 * user keep theirs (resent over the newer version) or take the newer one.
 */
export function useEntryAutosave({ campaignId, unitId, nodeId, entry }: Args) {
  const queryClient = useQueryClient();
  const stored = useRef(readDraft<EntryValue>(campaignId, unitId, nodeId));
  const [value, setValue] = useState<EntryValue>(() => stored.current?.value ?? entryValueOf(entry));
  const [status, setStatus] = useState<SaveStatus>(stored.current ? 'unsaved' : 'saved');
  const [newer, setNewer] = useState<SelfEntry | null>(null);
  const [error, setError] = useState<unknown>(null);
  const latest = useRef(value);
  const baseVersion = useRef(stored.current?.baseVersion ?? entry?.version ?? 0);
  const inFlight = useRef(false);
  const dirty = useRef(stored.current !== null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const statusRef = useRef(status);
  statusRef.current = status;

  /** Puts the saved entry into the cached form, so completion marks and problems follow. */
  const remember = useCallback(
    (saved: SelfEntry, phase?: SelfAssessmentForm['phase']) =>
      queryClient.setQueryData<SelfAssessmentForm>(queryKeys.selfAssessment(campaignId, unitId), (form) =>
        form
          ? {
              ...form,
              phase: phase ?? form.phase,
              entries: [...form.entries.filter((e) => e.nodeId !== saved.nodeId), saved],
            }
          : form,
      ),
    [queryClient, campaignId, unitId],
  );

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    if (inFlight.current || !dirty.current) return;
    inFlight.current = true;
    const sent = latest.current;
    dirty.current = false;
    setStatus('saving');
    try {
      const saved = await saveSelfEntry(campaignId, unitId, nodeId, {
        ...sent,
        version: baseVersion.current,
      });
      baseVersion.current = saved.entry.version;
      remember(saved.entry, saved.phase);
      if (latest.current === sent) {
        clearDraft(campaignId, unitId, nodeId);
        setStatus('saved');
      } else {
        // Typed on while the save was under way: keep the newer text, over the new version.
        writeDraft(campaignId, unitId, nodeId, latest.current, baseVersion.current);
        dirty.current = true;
        setStatus('unsaved');
      }
      setError(null);
    } catch (err) {
      dirty.current = true;
      setError(err);
      if (isApiError(err, 'E_STALE_VERSION')) {
        const current = SelfEntrySchema.safeParse((err.details as { current?: unknown } | null)?.current);
        setNewer(current.success ? current.data : null);
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
  }, [campaignId, unitId, nodeId, remember]);

  const change = useCallback(
    (patch: Partial<EntryValue> | ((current: EntryValue) => Partial<EntryValue>)) => {
      // A function patch reads the latest value, so two uploads finishing together both count.
      const next = { ...latest.current, ...(typeof patch === 'function' ? patch(latest.current) : patch) };
      latest.current = next;
      dirty.current = true;
      setValue(next);
      writeDraft(campaignId, unitId, nodeId, next, baseVersion.current);
      setStatus((s) => (s === 'conflict' ? s : 'unsaved'));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    },
    [campaignId, unitId, nodeId, flush],
  );

  /** Conflict: save what I typed over the newer version. */
  const keepMine = useCallback(() => {
    if (newer) baseVersion.current = newer.version;
    writeDraft(campaignId, unitId, nodeId, latest.current, baseVersion.current);
    setNewer(null);
    dirty.current = true;
    void flush();
  }, [newer, campaignId, unitId, nodeId, flush]);

  /** Conflict: drop what I typed and show the newer entry. */
  const takeNewer = useCallback(() => {
    if (!newer) return;
    const next = entryValueOf(newer);
    latest.current = next;
    baseVersion.current = newer.version;
    dirty.current = false;
    clearDraft(campaignId, unitId, nodeId);
    remember(newer);
    setValue(next);
    setNewer(null);
    setStatus('saved');
  }, [newer, campaignId, unitId, nodeId, remember]);

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
