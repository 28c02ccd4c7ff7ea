/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`) without `Date`, time zones or the clock: a date
 * is turned into a day number (days since 1970-01-01) and back. The caller always passes "today".
 *
 * Working days follow the Chinese official calendar: Monday to Friday, minus public holidays,
 * plus make-up working days (调休上班, weekend days on which offices work). The State Council
 * publishes both lists every year; they are data (settings), not code.
 */

export type IsoDate = string;

const DASH = 45;
const ZERO = 48;

function digits(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const d = text.charCodeAt(i) - ZERO;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

export const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Day number of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
export function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The day number of an ISO date, or null when the text is not a real `YYYY-MM-DD` date. */
export function tryParseIsoDate(text: string): number | null {
  if (text.length !== 10 || text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH) return null;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return dayNumberOf(year, month, day);
}

/** The day number of an ISO date; throws on anything else (schemas validate dates before this). */
export function parseIsoDate(text: IsoDate): number {
  const day = tryParseIsoDate(text);
  if (day === null) throw new RangeError(`not an ISO date (YYYY-MM-DD): ${JSON.stringify(text)}`);
  return day;
}

/** The ISO date of a day number (civil_from_days). */
export function formatDayNumber(dayNumber: number): IsoDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** Calendar days from `start` to `end` (negative when `end` is earlier). */
export const daysBetween = (start: IsoDate, end: IsoDate) => parseIsoDate(end) - parseIsoDate(start);

export const addDays = (date: IsoDate, days: number) => formatDayNumber(parseIsoDate(date) + days);

/**
 * The same day `months` later; a day that does not exist in the target month becomes its last
 * day (2024-02-29 plus 12 months is 2025-02-28).
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  parseIsoDate(date);
  const total = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(year, month));
  return formatDayNumber(dayNumberOf(year, month, day));
}

/** 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday. */
export const weekdayOf = (dayNumber: number) => (((dayNumber + 4) % 7) + 7) % 7;
const isWeekend = (dayNumber: number) => {
  const w = weekdayOf(dayNumber);
  return w === 0 || w === 6;
};

/** Holidays and make-up days prepared for counting; build once, reuse for every count. */
export type WorkingCalendar = {
  /** Sorted day numbers of holidays that fall on a weekday (weekend holidays change nothing). */
  readonly weekdayHolidays: Int32Array;
  /** Sorted day numbers of make-up working days that fall on a weekend. */
  readonly weekendWorkdays: Int32Array;
};

export type WorkingCalendarInput = {
  /** 法定节假日 (every day off, including the bridged weekdays). */
  holidays?: readonly IsoDate[];
  /** 调休上班: weekend days that are working days. */
  makeUpWorkdays?: readonly IsoDate[];
};

/**
 * Prepares a calendar. A day is a working day when it is a make-up working day, or a weekday
 * that is not a holiday; so a date listed in both lists is a working day.
 */
export function makeWorkingCalendar(input: WorkingCalendarInput = {}): WorkingCalendar {
  const makeUp = new Set((input.makeUpWorkdays ?? []).map(parseIsoDate));
  const holidays = new Set<number>();
  for (const date of input.holidays ?? []) {
    const day = parseIsoDate(date);
    if (!isWeekend(day) && !makeUp.has(day)) holidays.add(day);
  }
  const weekendWorkdays = [...makeUp].filter(isWeekend);
  return {
    weekdayHolidays: Int32Array.from(holidays).sort(),
    weekendWorkdays: Int32Array.from(weekendWorkdays).sort(),
  };
}

export const plainWeekCalendar: WorkingCalendar = makeWorkingCalendar();

const calendarCache = new WeakMap<object, WorkingCalendar>();

/** The calendar of a settings object, built once per object. */
export function calendarOf(settings: WorkingCalendarInput): WorkingCalendar {
  let calendar = calendarCache.get(settings);
  if (!calendar) {
    calendar = makeWorkingCalendar(settings);
    calendarCache.set(settings, calendar);
  }
  return calendar;
}

/** How many entries of a sorted array are ≤ value. */
function countUpTo(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? 0) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Monday-to-Friday days in (from, to], for from ≤ to. */
function weekdaysAfter(from: number, to: number): number {
  const span = to - from;
  let count = Math.floor(span / 7) * 5;
  for (let day = from + Math.floor(span / 7) * 7 + 1; day <= to; day++) if (!isWeekend(day)) count++;
  return count;
}

const contains = (sorted: Int32Array, value: number) =>
  countUpTo(sorted, value) > countUpTo(sorted, value - 1);

export function isWorkingDayNumber(day: number, calendar: WorkingCalendar): boolean {
  return isWeekend(day) ? contains(calendar.weekendWorkdays, day) : !contains(calendar.weekdayHolidays, day);
}

export function isWorkingDay(date: IsoDate, calendar: WorkingCalendar = plainWeekCalendar): boolean {
  return isWorkingDayNumber(parseIsoDate(date), calendar);
}

/** Working days in (from, to] between day numbers; 0 when `to` is not after `from`. */
export function workingDaysBetweenDays(from: number, to: number, calendar: WorkingCalendar): number {
  if (to <= from) return 0;
  const holidays = countUpTo(calendar.weekdayHolidays, to) - countUpTo(calendar.weekdayHolidays, from);
  const makeUp = countUpTo(calendar.weekendWorkdays, to) - countUpTo(calendar.weekendWorkdays, from);
  return weekdaysAfter(from, to) - holidays + makeUp;
}

/**
 * Working days after `start` up to and including `end` — the way a time limit is counted: an
 * event on a Friday has used 1 working day by Monday. 0 when `end` is not after `start`.
 */
export function workingDaysBetween(
  start: IsoDate,
  end: IsoDate,
  calendar: WorkingCalendar = plainWeekCalendar,
): number {
  return workingDaysBetweenDays(parseIsoDate(start), parseIsoDate(end), calendar);
}

/** The `n`-th working day after `start` (n ≥ 0; n = 0 gives `start`): the deadline of a time limit. */
export function addWorkingDays(
  start: IsoDate,
  n: number,
  calendar: WorkingCalendar = plainWeekCalendar,
): IsoDate {
  return formatDayNumber(addWorkingDaysToDay(parseIsoDate(start), n, calendar));
}

export function addWorkingDaysToDay(from: number, n: number, calendar: WorkingCalendar): number {
  let day = from;
  for (let left = n; left > 0; ) {
    day++;
    if (isWorkingDayNumber(day, calendar)) left--;
  }
  return day;
}
