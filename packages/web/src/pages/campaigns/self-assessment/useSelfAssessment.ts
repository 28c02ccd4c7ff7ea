import { SelfProblemSchema } from '@bianping/core/campaigns/self-assessment-api';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useState } from 'react';
import { z } from 'zod';
import { isApiError } from '../../../api/errors.ts';
import { queryKeys } from '../../../api/keys.ts';
import {
  acceptSelfAssessment,
  getSelfAssessment,
  returnSelfAssessment,
  type SelfAssessmentForm,
  submitSelfAssessment,
} from '../../../api/self-assessment.ts';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';

export type SelfProblem = z.infer<typeof SelfProblemSchema>;

/** The form of one target in one campaign. */
export function useSelfAssessment(campaignId: string, unitId: string) {
  return useQuery({
    queryKey: queryKeys.selfAssessment(campaignId, unitId),
    queryFn: ({ signal }) => getSelfAssessment(campaignId, unitId, signal),
  });
}

const ProblemsDetailsSchema = z.union([
  z.object({ problems: z.array(SelfProblemSchema) }).transform((d) => d.problems),
  z.array(SelfProblemSchema),
]);

/** The problems a refused submit names in its details, or null when it names none. */
export function problemsOf(error: unknown): SelfProblem[] | null {
  if (!isApiError(error)) return null;
  const parsed = ProblemsDetailsSchema.safeParse(error.details);
  return parsed.success ? parsed.data : null;
}

/**
 * Submit (by the unit) and return (by the office) of the self phase, both on the phase's version.
 * A refused submit keeps its problems for the page to list; any answer reloads the form, and the
 * unit's campaign list, whose state tags follow.
 */
export function useSelfPhaseActions(form: SelfAssessmentForm | undefined) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const t = useT();
  const errorText = useErrorText();
  const [problems, setProblems] = useState<SelfProblem[] | null>(null);
  const campaignId = form?.campaign.id ?? '';
  const unitId = form?.unit.id ?? '';
  const reload = () => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.selfAssessment(campaignId, unitId) });
    void queryClient.invalidateQueries({ queryKey: queryKeys.myCampaigns });
  };
  const onError = (error: unknown) => {
    if (isApiError(error, 'E_STALE_VERSION')) void message.warning(t('campaigns.self.phaseStale'));
    else void message.error(errorText(error));
    reload();
  };
  const submit = useMutation({
    mutationFn: () => submitSelfAssessment(campaignId, unitId, form?.phase.version ?? 0),
    onSuccess: () => {
      setProblems(null);
      void message.success(t('campaigns.self.submitted'));
      reload();
    },
    onError: (error) => {
      const found = problemsOf(error);
      if (found) {
        setProblems(found);
        void message.error(t('campaigns.self.submitRefused'));
        reload();
      } else onError(error);
    },
  });
  const giveBack = useMutation({
    mutationFn: (reason: string) =>
      returnSelfAssessment(campaignId, unitId, form?.phase.version ?? 0, reason),
    onSuccess: () => {
      void message.success(t('campaigns.self.returned'));
      reload();
    },
    onError,
  });
  const accept = useMutation({
    mutationFn: () => acceptSelfAssessment(campaignId, unitId, form?.phase.version ?? 0),
    onSuccess: () => {
      void message.success(t('campaigns.self.accepted'));
      reload();
    },
    onError,
  });
  return { submit, giveBack, accept, problems, clearProblems: () => setProblems(null) };
}
