import type { ScoreInput } from '@bianping/core/campaigns/score-input';
import { SelfEntrySchema } from '@bianping/core/campaigns/self-assessment-api';
import { useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../api/keys.ts';
import { type SelfAssessmentForm, type SelfEntry, saveSelfEntry } from '../../../api/self-assessment.ts';
import { draftKeyOf } from '../shared/draft-store.ts';
import { useVersionedAutosave } from '../shared/useVersionedAutosave.ts';

export { AUTOSAVE_DELAY_MS, type SaveStatus } from '../shared/useVersionedAutosave.ts';

/** What the unit edits for one indicator. */
export type EntryValue = { input: ScoreInput; narrative: string; evidenceFileIds: string[] };

const entryValueOf = (entry: SelfEntry | undefined): EntryValue => ({
  input: entry?.input ?? {},
  narrative: entry?.narrative ?? '',
  evidenceFileIds: entry?.evidenceFileIds ?? [],
});

type Args = { campaignId: string; unitId: string; nodeId: string; entry: SelfEntry | undefined };

/**
 * Autosave of one indicator's self-assessment entry (see useVersionedAutosave): drafts kept in
 * localStorage, sent after a pause over the version they were typed on, conflicts shown.
 */
export function useEntryAutosave({ campaignId, unitId, nodeId, entry }: Args) {
  const queryClient = useQueryClient();
  /** Puts the saved entry (and phase) into the cached form, so completion marks and problems follow. */
  const update = (saved: SelfEntry, phase?: SelfAssessmentForm['phase']) =>
    queryClient.setQueryData<SelfAssessmentForm>(queryKeys.selfAssessment(campaignId, unitId), (form) =>
      form
        ? {
            ...form,
            phase: phase ?? form.phase,
            entries: [...form.entries.filter((e) => e.nodeId !== saved.nodeId), saved],
          }
        : form,
    );
  return useVersionedAutosave<EntryValue, SelfEntry>({
    draftKey: draftKeyOf('selfDraft', campaignId, unitId, nodeId),
    entry,
    toValue: entryValueOf,
    save: async (value, version) => {
      const saved = await saveSelfEntry(campaignId, unitId, nodeId, { ...value, version });
      update(saved.entry, saved.phase);
      return saved.entry;
    },
    parseCurrent: (current) => {
      const parsed = SelfEntrySchema.safeParse(current);
      return parsed.success ? parsed.data : null;
    },
    remember: (saved) => update(saved),
  });
}
