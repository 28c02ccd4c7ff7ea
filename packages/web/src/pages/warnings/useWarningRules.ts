import type { WarningCode, WarningRuleInfo } from '@bianping/core/warnings';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { queryKeys } from '../../api/keys.ts';
import { listWarningRules } from '../../api/warnings.ts';

/**
 * The rules W01–W13 with their names and explanations, from the server (whose explanations carry
 * the thresholds in force). They change only with a release, so they are fetched once.
 */
export function useWarningRules() {
  const query = useQuery({
    queryKey: queryKeys.warningRules,
    queryFn: ({ signal }) => listWarningRules(signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const byCode = useMemo(
    () => new Map<WarningCode, WarningRuleInfo>((query.data ?? []).map((r) => [r.code, r])),
    [query.data],
  );
  return { rules: query.data ?? [], byCode, isPending: query.isPending };
}
