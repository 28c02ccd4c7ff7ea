import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  addIndicatorComment,
  type IndicatorCommentInput,
  listIndicatorComments,
} from '../../../api/indicators.ts';
import { queryKeys } from '../../../api/keys.ts';

/** The comments on a set, and adding one (its answer is the fresh list). */
export function useComments(setId: string, enabled: boolean) {
  const queryClient = useQueryClient();
  const key = queryKeys.indicatorComments(setId);
  const list = useQuery({
    queryKey: key,
    queryFn: ({ signal }) => listIndicatorComments(setId, signal),
    enabled,
  });
  const add = useMutation({
    mutationFn: (input: IndicatorCommentInput) => addIndicatorComment(setId, input),
    onSuccess: (list) => queryClient.setQueryData(key, list),
  });
  return { list, add };
}
