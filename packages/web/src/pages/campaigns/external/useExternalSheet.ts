import { ExternalProblemSchema } from '@bianping/core/campaigns/external-api';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useState } from 'react';
import { z } from 'zod';
import { isApiError } from '../../../api/errors.ts';
import {
  type ExternalProblem,
  type ExternalSheetForm,
  externalKeys,
  getExternalSheet,
  submitExternalSheet,
} from '../../../api/external.ts';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';

/** The rater department's sheet in one campaign. */
export function useExternalSheet(campaignId: string) {
  return useQuery({
    queryKey: externalKeys.sheet(campaignId),
    queryFn: ({ signal }) => getExternalSheet(campaignId, signal),
  });
}

const ProblemsSchema = z.union([
  z.object({ problems: z.array(ExternalProblemSchema) }).transform((d) => d.problems),
  z.array(ExternalProblemSchema),
]);

/** The ungraded assignments a refused submit names, or null when it names none. */
function externalProblemsOf(error: unknown): ExternalProblem[] | null {
  if (!isApiError(error)) return null;
  const parsed = ProblemsSchema.safeParse(error.details);
  return parsed.success ? parsed.data : null;
}

/** Graded and total assignments of the sheet as the cache holds it (follows each autosave). */
export const gradedCount = (form: ExternalSheetForm) => {
  const ratings = form.targets.flatMap((tg) => tg.ratings);
  return { graded: ratings.filter((r) => r.level !== null).length, total: ratings.length };
};

/**
 * 提交 of the sheet on its version. A refusal keeps the problems (each names an assignment, shown
 * as a link to it); any answer reloads the sheet and the task list.
 */
export function useSubmitSheet(form: ExternalSheetForm | undefined) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const t = useT();
  const errorText = useErrorText();
  const [problems, setProblems] = useState<ExternalProblem[] | null>(null);
  const campaignId = form?.campaign.id ?? '';
  const reload = () => {
    void queryClient.invalidateQueries({ queryKey: externalKeys.sheet(campaignId) });
    void queryClient.invalidateQueries({ queryKey: externalKeys.assigned });
  };
  const submit = useMutation({
    mutationFn: () => submitExternalSheet(campaignId, form?.sheet.version ?? 1),
    onSuccess: () => {
      setProblems(null);
      void message.success(t('external.sheet.submitted'));
      reload();
    },
    onError: (error) => {
      const found = externalProblemsOf(error);
      if (found) {
        setProblems(found);
        void message.error(t('external.sheet.submitRefused'));
      } else if (isApiError(error, 'E_STALE_VERSION')) void message.warning(t('external.sheet.stale'));
      else void message.error(errorText(error));
      reload();
    },
  });
  return { submit, problems, clearProblems: () => setProblems(null) };
}
