import type { AhpJudgementInput } from '@bianping/core/indicators/api';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getAhpView, saveAhpJudgement } from '../../../api/indicators.ts';
import { queryKeys } from '../../../api/keys.ts';

/** The AHP panel of one parent (null = top level): children, judgements, their combination. */
export function useAhpView(setId: string, parentId: string | null, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.indicatorAhp(setId, parentId),
    queryFn: ({ signal }) => getAhpView(setId, parentId, signal),
    enabled,
  });
}

/** Saves the caller's own judgement; the answer (with the new combination) replaces the panel. */
export function useSaveJudgement(setId: string, parentId: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Omit<AhpJudgementInput, 'parentId'>) =>
      saveAhpJudgement(setId, { ...input, parentId }),
    onSuccess: (view) => queryClient.setQueryData(queryKeys.indicatorAhp(setId, parentId), view),
  });
}
