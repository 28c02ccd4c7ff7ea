import { useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../api/keys.ts';
import {
  acceptSelfAssessment,
  getSelfAssessment,
  returnSelfAssessment,
  type SelfAssessmentForm,
  submitSelfAssessment,
} from '../../../api/self-assessment.ts';
import { usePhaseActions } from '../shared/usePhaseActions.ts';

export type { PhaseProblem as SelfProblem } from '../shared/usePhaseActions.ts';

/** The form of one target in one campaign. */
export function useSelfAssessment(campaignId: string, unitId: string) {
  return useQuery({
    queryKey: queryKeys.selfAssessment(campaignId, unitId),
    queryFn: ({ signal }) => getSelfAssessment(campaignId, unitId, signal),
  });
}

/**
 * Submit (by the unit), return and accept (by the office) of the self phase; any answer reloads
 * the form and the unit's campaign list, whose state tags follow.
 */
export function useSelfPhaseActions(form: SelfAssessmentForm | undefined) {
  const queryClient = useQueryClient();
  const campaignId = form?.campaign.id ?? '';
  const unitId = form?.unit.id ?? '';
  return usePhaseActions(form?.phase.version ?? 0, {
    submit: (version) => submitSelfAssessment(campaignId, unitId, version),
    giveBack: (version, reason) => returnSelfAssessment(campaignId, unitId, version, reason),
    accept: (version) => acceptSelfAssessment(campaignId, unitId, version),
    messages: {
      submitted: 'campaigns.self.submitted',
      submitRefused: 'campaigns.self.submitRefused',
      returned: 'campaigns.self.returned',
      accepted: 'campaigns.self.accepted',
      stale: 'campaigns.self.phaseStale',
    },
    reload: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.selfAssessment(campaignId, unitId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.myCampaigns });
    },
  });
}
