import { OnsiteScoreSchema } from '@bianping/core/campaigns/onsite-api';
import type { ScoreInput } from '@bianping/core/campaigns/score-input';
import { useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../api/keys.ts';
import { type OnsiteForm, type OnsiteScore, saveOnsiteEntry } from '../../../api/onsite.ts';
import { draftKeyOf } from '../shared/draft-store.ts';
import { useVersionedAutosave } from '../shared/useVersionedAutosave.ts';

/** What an evaluator edits for one leaf. */
export type OnsiteValue = { input: ScoreInput; justification: string };

const toValue = (entry: OnsiteScore | undefined): OnsiteValue => ({
  input: entry?.input ?? {},
  justification: entry?.justification ?? '',
});

type Args = { campaignId: string; unitId: string; nodeId: string; entry: OnsiteScore | undefined };

/**
 * Autosave of one leaf's on-site score (see useVersionedAutosave): on a tablet in a meeting room
 * the network comes and goes, so every edit is kept locally until the server has it.
 */
export function useOnsiteAutosave({ campaignId, unitId, nodeId, entry }: Args) {
  const queryClient = useQueryClient();
  const update = (saved: OnsiteScore, phase?: OnsiteForm['phase']) =>
    queryClient.setQueryData<OnsiteForm>(queryKeys.onsite(campaignId, unitId), (form) =>
      form
        ? {
            ...form,
            phase: phase ?? form.phase,
            entries: [...form.entries.filter((e) => e.nodeId !== saved.nodeId), saved],
          }
        : form,
    );
  return useVersionedAutosave<OnsiteValue, OnsiteScore>({
    draftKey: draftKeyOf('onsiteDraft', campaignId, unitId, nodeId),
    entry,
    toValue,
    save: async (value, version) => {
      const saved = await saveOnsiteEntry(campaignId, unitId, nodeId, { ...value, version });
      update(saved.entry, saved.phase);
      return saved.entry;
    },
    parseCurrent: (current) => {
      const parsed = OnsiteScoreSchema.safeParse(current);
      return parsed.success ? parsed.data : null;
    },
    remember: (saved) => update(saved),
  });
}
