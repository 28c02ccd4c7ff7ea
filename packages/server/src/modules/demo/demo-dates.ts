import {
  addDays,
  addWorkingDays,
  formatDayNumber,
  type IsoDate,
  parseIsoDate,
  workingDaysBetween,
} from '@bianping/core/warnings/working-days';
import type { Random } from './random.ts';

/** The demo's "today": deadlines (出编 15 and 入编 30 working days) are measured against it. */
export const DEMO_TODAY: IsoDate = '2026-10-31';

/** First and last year of the five-year history (沿革, workload). */
export const HISTORY_FIRST_YEAR = 2021;
export const HISTORY_LAST_YEAR = 2025;

export { addDays, addWorkingDays, type IsoDate, workingDaysBetween };

/** A date drawn uniformly from [from, to]. */
export function randomDate(rnd: Random, from: IsoDate, to: IsoDate): IsoDate {
  return formatDayNumber(rnd.int(parseIsoDate(from), parseIsoDate(to)));
}

/** The later of two ISO dates (they compare as text). */
export const laterOf = (a: IsoDate, b: IsoDate) => (a > b ? a : b);

/** The same month and day `years` earlier or later; 29 February becomes 28 February. */
export function shiftYears(date: IsoDate, years: number): IsoDate {
  const year = String(Number(date.slice(0, 4)) + years).padStart(4, '0');
  const monthDay = date.slice(5) === '02-29' ? '02-28' : date.slice(5);
  return `${year}-${monthDay}`;
}

/** Whole years of age on `on` for someone born on `birth`. */
export function ageOn(birth: IsoDate, on: IsoDate): number {
  const years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  return on.slice(5) >= birth.slice(5) ? years : years - 1;
}
