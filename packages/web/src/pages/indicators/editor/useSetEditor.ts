import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useNavigate } from 'react-router';
import { isApiError } from '../../../api/errors.ts';
import { deleteIndicatorSet, getIndicatorSet, type IndicatorSetDetail } from '../../../api/indicators.ts';
import { queryKeys } from '../../../api/keys.ts';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';

/** The set with its nodes, problems and editions. */
export function useIndicatorSet(id: string) {
  return useQuery({
    queryKey: queryKeys.indicatorSet(id),
    queryFn: ({ signal }) => getIndicatorSet(id, signal),
  });
}

/** One edit of a draft: given the version the editor holds, it answers with the fresh detail. */
export type SetEdit = (version: number) => Promise<IndicatorSetDetail>;

/**
 * Runs edits of a draft (meta, nodes, moves, publish, AHP application). Each states the version
 * of the detail the user is looking at and its answer replaces the cached detail. A stale
 * version is never retried over someone else's change: the user is told, and the set reloads
 * (its AHP panels and comments with it, being under its key).
 */
export function useSetEdit(id: string) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const t = useT();
  const errorText = useErrorText();
  const key = queryKeys.indicatorSet(id);
  return useMutation({
    mutationFn: (edit: SetEdit) => {
      const current = queryClient.getQueryData<IndicatorSetDetail>(key);
      if (!current) throw new Error('edit before the set was loaded');
      return edit(current.set.version);
    },
    onSuccess: (detail) => {
      queryClient.setQueryData(key, detail);
      // The list shows the status, size and time of the change; AHP panels the children's points.
      void queryClient.invalidateQueries({ queryKey: queryKeys.indicatorSetLists });
      void queryClient.invalidateQueries({ queryKey: [...key, 'ahp'] });
    },
    onError: (error) => {
      if (isApiError(error, 'E_STALE_VERSION')) {
        void message.warning(t('indicators.stale'));
      } else {
        void message.error(errorText(error));
      }
      // A refused edit may mean the set changed (published meanwhile, a node gone): show it as it is.
      void queryClient.invalidateQueries({ queryKey: key });
    },
  });
}

/** 删除草稿: the draft goes, with its nodes, judgements and comments; back to the list. */
export function useDeleteDraft(detail: IndicatorSetDetail) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const t = useT();
  const errorText = useErrorText();
  return useMutation({
    mutationFn: () => deleteIndicatorSet(detail.set.id, detail.set.version),
    onSuccess: () => {
      void message.success(t('indicators.deleteDraft.done'));
      queryClient.removeQueries({ queryKey: queryKeys.indicatorSet(detail.set.id) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.indicatorSetLists });
      navigate('/indicators');
    },
    onError: (error) => void message.error(errorText(error)),
  });
}
