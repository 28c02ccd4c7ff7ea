import type { CalendarDay } from '@bianping/core/warnings/calendar-api';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { isApiError } from '../../../api/errors.ts';
import { queryKeys } from '../../../api/keys.ts';
import { getCalendarYear, saveCalendarYear } from '../../../api/warnings.ts';
import { useT } from '../../../app/i18n/LocaleContext.ts';

/**
 * A year of the office calendar and its save, which quotes the fingerprint of the year as it was
 * loaded. When someone saved in between, the year reloads and the caller drops its draft.
 */
export function useCalendarYear(year: number) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const t = useT();
  const key = queryKeys.calendarYear(year);
  const query = useQuery({ queryKey: key, queryFn: ({ signal }) => getCalendarYear(year, signal) });
  const save = useMutation({
    mutationFn: (days: CalendarDay[]) =>
      saveCalendarYear(year, { fingerprint: query.data?.fingerprint ?? '', days }),
    onSuccess: (data) => {
      queryClient.setQueryData(key, data);
      void message.success(t('warnings.calendar.saved', { year }));
    },
    onError: (error) => {
      if (!isApiError(error, 'E_STALE_VERSION')) return;
      void message.warning(t('warnings.calendar.stale'));
      void queryClient.invalidateQueries({ queryKey: key });
    },
  });
  return { query, save };
}

/** Days of `pasted` added to `days`; a date in both takes the pasted entry. */
export function mergeCalendarDays(days: readonly CalendarDay[], pasted: readonly CalendarDay[]) {
  const dates = new Set(pasted.map((d) => d.day));
  return [...days.filter((d) => !dates.has(d.day)), ...pasted];
}
