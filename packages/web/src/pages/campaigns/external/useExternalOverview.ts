import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { isApiError } from '../../../api/errors.ts';
import {
  acceptExternalTarget,
  assignExternal,
  type ExternalItem,
  externalKeys,
  getExternalOverview,
  returnExternalSheet,
  unassignExternal,
} from '../../../api/external.ts';
import { queryKeys } from '../../../api/keys.ts';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../../app/i18n/useErrorText.ts';

/** The office's overview of a campaign's external ratings. */
export function useExternalOverview(campaignId: string) {
  return useQuery({
    queryKey: externalKeys.overview(campaignId),
    queryFn: ({ signal }) => getExternalOverview(campaignId, signal),
  });
}

export type AssignRequest = { raterUnitIds: string[]; targetUnitIds: string[]; items: ExternalItem[] };

/**
 * 分配, 撤销, 退回 and 确认 of the office. Every answer reloads the overview (and the dashboard,
 * whose external column follows the targets' phases); a stale version says so and reloads.
 */
export function useExternalActions(campaignId: string, campaignVersion: number) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const t = useT();
  const errorText = useErrorText();
  const reload = () => {
    void queryClient.invalidateQueries({ queryKey: externalKeys.overview(campaignId) });
    void queryClient.invalidateQueries({ queryKey: queryKeys.campaignProgress(campaignId) });
  };
  const onError = (error: unknown) => {
    if (isApiError(error, 'E_STALE_VERSION')) void message.warning(t('external.stale'));
    else void message.error(errorText(error));
    reload();
  };
  const assign = useMutation({
    mutationFn: (input: AssignRequest) => assignExternal(campaignId, { ...input, version: campaignVersion }),
    onSuccess: (result) => {
      void message.success(t('external.assigned', { created: result.created, skipped: result.skipped }));
      reload();
    },
    onError,
  });
  const unassign = useMutation({
    mutationFn: (ids: string[]) => unassignExternal(campaignId, ids),
    onSuccess: (result) => {
      void message.success(t('external.unassigned', { count: result.deleted }));
      reload();
    },
    onError,
  });
  const giveBack = useMutation({
    mutationFn: (args: { raterUnitId: string; version: number; reason: string }) =>
      returnExternalSheet(campaignId, args.raterUnitId, args.version, args.reason),
    onSuccess: () => {
      void message.success(t('external.sheetReturned'));
      reload();
    },
    onError,
  });
  const accept = useMutation({
    mutationFn: (args: { unitId: string; version: number }) =>
      acceptExternalTarget(campaignId, args.unitId, args.version),
    onSuccess: () => {
      void message.success(t('external.accepted'));
      reload();
    },
    onError,
  });
  return { assign, unassign, giveBack, accept };
}
