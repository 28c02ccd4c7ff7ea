import { useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../api/keys.ts';
import { acceptOnsite, getOnsite, type OnsiteForm, returnOnsite, submitOnsite } from '../../../api/onsite.ts';
import { usePhaseActions } from '../shared/usePhaseActions.ts';

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

/** Submit (team leader), return and accept (office) of the on-site phase. */
export function useOnsitePhaseActions(form: OnsiteForm | undefined) {
  const campaignId = form?.campaign.id ?? '';
  const unitId = form?.unit.id ?? '';
  return usePhaseActions(form?.phase.version ?? 0, {
    submit: (version) => submitOnsite(campaignId, unitId, version),
    giveBack: (version, reason) => returnOnsite(campaignId, unitId, version, reason),
    accept: (version) => acceptOnsite(campaignId, unitId, version),
    messages: {
      submitted: 'campaigns.onsite.submitted',
      submitRefused: 'campaigns.onsite.submitRefused',
      returned: 'campaigns.onsite.returned',
      accepted: 'campaigns.self.accepted',
      stale: 'campaigns.onsite.phaseStale',
    },
    reload: useOnsiteReload(campaignId, unitId),
  });
}
