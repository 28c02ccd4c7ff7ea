import { z } from 'zod';
import { vocabulary } from '../registry/vocabulary.ts';

/**
 * The office calendar (节假日安排) that working-day deadlines (W10, W11) count with: the days off
 * of the State Council's yearly notice and the weekend days worked instead (调休上班). One
 * calendar for the whole installation, edited a year at a time.
 */
export const calendarDayKinds = vocabulary({
  holiday: { zh: '放假', en: 'Day off' },
  workday: { zh: '调休上班', en: 'Make-up working day' },
});
export type CalendarDayKind = (typeof calendarDayKinds.codes)[number];

export const MIN_CALENDAR_YEAR = 2000;
export const MAX_CALENDAR_YEAR = 2100;

const year = z.coerce
  .number({ error: '年份须为数字 / The year must be a number' })
  .int('年份须为整数 / The year must be a whole number')
  .min(
    MIN_CALENDAR_YEAR,
    `年份须在 ${MIN_CALENDAR_YEAR}–${MAX_CALENDAR_YEAR} 之间 / The year must be from ${MIN_CALENDAR_YEAR} to ${MAX_CALENDAR_YEAR}`,
  )
  .max(
    MAX_CALENDAR_YEAR,
    `年份须在 ${MIN_CALENDAR_YEAR}–${MAX_CALENDAR_YEAR} 之间 / The year must be from ${MIN_CALENDAR_YEAR} to ${MAX_CALENDAR_YEAR}`,
  );

export const CalendarYearQuerySchema = z.object({ year });
export const CalendarYearParamsSchema = z.object({ year });

export const CalendarDaySchema = z
  .object({
    day: z.iso.date('日期须为 YYYY-MM-DD 格式的有效日期 / The date must be a real date as YYYY-MM-DD'),
    kind: z.enum(calendarDayKinds.codes, {
      error: '类型须为 放假（holiday）或 调休上班（workday） / The kind must be holiday or workday',
    }),
    name: z
      .string({ error: '请填写名称，如“国庆节” / Give a name, such as “National Day”' })
      .trim()
      .min(1, '请填写名称，如“国庆节” / Give a name, such as “National Day”')
      .max(40, '名称最多 40 个字 / The name may have at most 40 characters'),
  })
  .meta({ id: 'CalendarDay' });
export type CalendarDay = z.infer<typeof CalendarDaySchema>;

/** A year's days, sorted, with the fingerprint a save must quote (see calendarFingerprint). */
export const CalendarYearSchema = z
  .object({
    year: z.number().int(),
    days: z.array(CalendarDaySchema),
    fingerprint: z.string(),
  })
  .meta({ id: 'CalendarYear' });
export type CalendarYear = z.infer<typeof CalendarYearSchema>;

/**
 * Replaces a year's days. `fingerprint` is the one the editor loaded: a save over someone else's
 * newer change is refused instead of silently overwriting it.
 */
export const CalendarYearInputSchema = z.object({
  fingerprint: z.string(),
  days: z.array(CalendarDaySchema).max(366, '一年最多 366 天 / A year has at most 366 days'),
});
export type CalendarYearInput = z.infer<typeof CalendarYearInputSchema>;
