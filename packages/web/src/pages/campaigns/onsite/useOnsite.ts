import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useState } from 'react';
import { isApiError } from '../../../api/errors.ts';
import { queryKeys } from '../../../api/keys.ts';
import { acceptOnsite, getOnsite, type OnsiteForm, returnOnsite, submitOnsite } from '../../../api/onsite.ts';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';
import { problemsOf, type SelfProblem } from '../self-assessment/useSelfAssessment.ts';

/** The on-site review of one target. */
export function useOnsite(campaignId: string, unitId: string) {
  return useQuery({
    queryKey: queryKeys.onsite(campaignId, unitId),
    queryFn: ({ signal }) => getOnsite(campaignId, unitId, signal),
  });
}

/** Reloads the review and the task list after a change. */
export function useOnsiteReload(campaignId: string, unitId: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.onsite(campaignId, unitId) });
    void queryClient.invalidateQueries({ queryKey: queryKeys.assignedTargets });
  };
}

/**
 * Submit (team leader) and return (office) of the onsite phase, on the phase's version. A refused
 * submit keeps its problems (every problem of the core check is blocking) for the page to list.
 */
export function useOnsitePhaseActions(form: OnsiteForm | undefined) {
  const { message } = App.useApp();
  const t = useT();
  const errorText = useErrorText();
  const [problems, setProblems] = useState<SelfProblem[] | null>(null);
  const campaignId = form?.campaign.id ?? '';
  const unitId = form?.unit.id ?? '';
  const reload = useOnsiteReload(campaignId, unitId);
  const onError = (error: unknown) => {
    if (isApiError(error, 'E_STALE_VERSION')) void message.warning(t('campaigns.onsite.phaseStale'));
    else void message.error(errorText(error));
    reload();
  };
  const submit = useMutation({
    mutationFn: () => submitOnsite(campaignId, unitId, form?.phase.version ?? 0),
    onSuccess: () => {
      setProblems(null);
      void message.success(t('campaigns.onsite.submitted'));
      reload();
    },
    onError: (error) => {
      const found = problemsOf(error);
      if (found) {
        setProblems(found);
        void message.error(t('campaigns.onsite.submitRefused'));
        reload();
      } else onError(error);
    },
  });
  const giveBack = useMutation({
    mutationFn: (reason: string) => returnOnsite(campaignId, unitId, form?.phase.version ?? 0, reason),
    onSuccess: () => {
      void message.success(t('campaigns.onsite.returned'));
      reload();
    },
    onError,
  });
  const accept = useMutation({
    mutationFn: () => acceptOnsite(campaignId, unitId, form?.phase.version ?? 0),
    onSuccess: () => {
      void message.success(t('campaigns.self.accepted'));
      reload();
    },
    onError,
  });
  return { submit, giveBack, accept, problems, clearProblems: () => setProblems(null) };
}
