import { ExternalRatingSchema } from '@bianping/core/campaigns/external';
import type { FindingInput } from '@bianping/core/campaigns/finding';
import type { ExternalRatingLevel } from '@bianping/core/campaigns/vocabulary';
import { useQueryClient } from '@tanstack/react-query';
import {
  type ExternalRatingSaved,
  type ExternalSheetForm,
  type ExternalSheetRating,
  externalKeys,
  saveExternalRating,
} from '../../../api/external.ts';
import { draftKeyOf } from '../shared/draft-store.ts';
import { useVersionedAutosave } from '../shared/useVersionedAutosave.ts';

/** A finding on a rating as edited: the stored ones keep their id. */
export type RatingFinding = FindingInput & { id?: string };

/** What a rater edits for one assignment. */
export type RatingValue = { level: ExternalRatingLevel | null; comment: string; findings: RatingFinding[] };

const toValue = (rating: ExternalSheetRating | undefined): RatingValue => ({
  level: rating?.level ?? null,
  comment: rating?.comment ?? '',
  findings: rating?.findings ?? [],
});

/** Puts a saved rating (and the sheet state it answered) into the cached sheet. */
const merge =
  (saved: ExternalSheetRating, sheet?: ExternalRatingSaved['sheet']) =>
  (form: ExternalSheetForm | undefined) =>
    form && {
      ...form,
      sheet: sheet ?? form.sheet,
      targets: form.targets.map((tg) => ({
        ...tg,
        ratings: tg.ratings.map((r) => (r.assignment.id === saved.assignment.id ? saved : r)),
      })),
    };

/**
 * Autosave of one assignment's rating (see useVersionedAutosave), drafts keyed by campaign,
 * rater department and assignment. Nothing is sent before a level is chosen: the comment and
 * findings open only then.
 */
export function useRatingAutosave(form: ExternalSheetForm, rating: ExternalSheetRating) {
  const queryClient = useQueryClient();
  const key = externalKeys.sheet(form.campaign.id);
  return useVersionedAutosave<RatingValue, ExternalSheetRating>({
    draftKey: draftKeyOf('externalDraft', form.campaign.id, form.rater.id, rating.assignment.id),
    entry: rating,
    toValue,
    save: async ({ level, comment, findings }, version) => {
      if (!level) throw new Error('a rating needs a level');
      const saved = await saveExternalRating(form.campaign.id, rating.assignment.id, {
        version,
        level,
        comment,
        findings,
      });
      queryClient.setQueryData<ExternalSheetForm>(key, merge(saved.rating, saved.sheet));
      return saved.rating;
    },
    // The conflict answer is the core rating; the item's label stays the one on the sheet.
    parseCurrent: (current) => {
      const parsed = ExternalRatingSchema.safeParse(current);
      return parsed.success ? { ...parsed.data, label: rating.label } : null;
    },
    remember: (saved) => queryClient.setQueryData<ExternalSheetForm>(key, merge(saved)),
  });
}
