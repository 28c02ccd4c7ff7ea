import type { Warning } from '@bianping/core/warnings/api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../api/errors.ts';
import { queryKeys } from '../../api/keys.ts';
import { transitionWarning, type WarningTransitionInput } from '../../api/warnings.ts';

/**
 * POST /warnings/:id/transition. Success and refusals alike refresh every warning list, the
 * summary and the units' live counts: a refusal means someone else moved the warning first.
 */
export function useTransitionWarning() {
  const queryClient = useQueryClient();
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.allWarnings });
    void queryClient.invalidateQueries({ queryKey: queryKeys.allUnits });
    void queryClient.invalidateQueries({ queryKey: queryKeys.registryTree });
  };
  return useMutation({
    mutationFn: ({ warning, input }: { warning: Warning; input: WarningTransitionInput }) =>
      transitionWarning(warning.id, input),
    onSuccess: refresh,
    onError: (error) => {
      if (isApiError(error, 'E_STALE_VERSION') || isApiError(error, 'E_ILLEGAL_TRANSITION')) refresh();
    },
  });
}
