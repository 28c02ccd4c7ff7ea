import type { UnitDetail } from '@bianping/core/registry';
import type { FormRule } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { CSSProperties } from 'react';
import type { Translate } from '../../../app/i18n/LocaleContext.ts';

/** A picked day as the API takes it. */
export const isoOf = (day: Dayjs) => day.format('YYYY-MM-DD');

/** Movements are recorded as they happen: the date pickers offer no day after today. */
export const isFutureDay = (day: Dayjs) => day.isAfter(dayjs(), 'day');

/** Two fields side by side, as the registry's other forms lay them out. */
export const twoColumns: CSSProperties = { display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 16 };

/** Quota and headcount of one staffing type on the unit page. */
export const figuresOf = (detail: UnitDetail, staffingType: string | undefined) => {
  const row = detail.staffing.find((s) => s.staffingType === staffingType);
  return { quota: row?.quota ?? 0, headcount: row?.headcount ?? 0 };
};

/** The 出编 is processed on or after the day the person left, as the server requires. */
export const notBeforeLeaving = (t: Translate, leftOn: () => Dayjs | string | undefined): FormRule => ({
  validator: async (_rule, value: Dayjs | undefined) => {
    const left = leftOn();
    if (value && left && value.isBefore(dayjs(left), 'day')) throw new Error(t('staff.processedBeforeEvent'));
  },
});
