import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useNavigate } from 'react-router';
import { type IndicatorSetDetail, startNewEdition } from '../../api/indicators.ts';
import { queryKeys } from '../../api/keys.ts';
import { useT } from '../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../app/i18n/useErrorText.ts';

/** Opens the editor of a set the server just created (cached when its detail came back with it). */
export function useOpenNewSet() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return (setId: string, detail?: IndicatorSetDetail) => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.allIndicatorSets });
    if (detail) queryClient.setQueryData(queryKeys.indicatorSet(setId), detail);
    navigate(`/indicators/${setId}`);
  };
}

/**
 * 新建版本: a published edition is never changed; a revision starts as a draft copy of it (the
 * next 第 n 版 of the same series), which then opens in the editor.
 */
export function useNewEdition() {
  const t = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const open = useOpenNewSet();
  return useMutation({
    mutationFn: (setId: string) => startNewEdition(setId),
    onSuccess: (detail) => {
      void message.success(t('indicators.newEdition.done', { edition: detail.set.edition }));
      open(detail.set.id, detail);
    },
    onError: (err) => void message.error(errorText(err)),
  });
}
