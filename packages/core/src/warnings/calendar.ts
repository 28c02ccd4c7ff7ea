import { AppError, ErrorCode, type LocalizedText } from '../errors.ts';
import type { CalendarDay, CalendarDayKind } from './calendar.api.schemas.ts';
import { formatDayNumber, tryParseIsoDate, weekdayOf } from './working-days.ts';

/**
 * Checks and helpers for the office calendar: the rules a year's list must keep beyond its
 * schema, a fingerprint for optimistic saving, and a reader for lists pasted from a notice or a
 * spreadsheet.
 */

/** Names of the weekdays, Sunday first (as weekdayOf counts). */
export const weekdayLabels: readonly LocalizedText[] = [
  { zh: '星期日', en: 'Sunday' },
  { zh: '星期一', en: 'Monday' },
  { zh: '星期二', en: 'Tuesday' },
  { zh: '星期三', en: 'Wednesday' },
  { zh: '星期四', en: 'Thursday' },
  { zh: '星期五', en: 'Friday' },
  { zh: '星期六', en: 'Saturday' },
];

type Problem = { path: string; message: LocalizedText };

/**
 * What is wrong with a year's list: a date outside the year, a date listed twice, or a make-up
 * working day on a weekday (调休上班 is always a Saturday or Sunday). Empty when it is fine.
 */
export function calendarYearProblems(year: number, days: readonly CalendarDay[]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  days.forEach((d, i) => {
    const path = `days.${i}.day`;
    if (!d.day.startsWith(`${year}-`)) {
      problems.push({
        path,
        message: {
          zh: `第 ${i + 1} 行：${d.day} 不在 ${year} 年内`,
          en: `Row ${i + 1}: ${d.day} is not in ${year}`,
        },
      });
      return;
    }
    const first = seen.get(d.day);
    if (first !== undefined) {
      problems.push({
        path,
        message: {
          zh: `第 ${i + 1} 行：${d.day} 与第 ${first + 1} 行重复`,
          en: `Row ${i + 1}: ${d.day} is already listed in row ${first + 1}`,
        },
      });
      return;
    }
    seen.set(d.day, i);
    const dayNumber = tryParseIsoDate(d.day);
    const weekday = dayNumber === null ? 0 : weekdayOf(dayNumber);
    if (d.kind === 'workday' && weekday !== 0 && weekday !== 6) {
      const name = weekdayLabels[weekday] as LocalizedText;
      problems.push({
        path,
        message: {
          zh: `第 ${i + 1} 行：${d.day} 是${name.zh}，本来就是工作日；调休上班只能是周六或周日`,
          en: `Row ${i + 1}: ${d.day} is a ${name.en} and a working day anyway; a make-up working day is a Saturday or Sunday`,
        },
      });
    }
  });
  return problems;
}

/** Throws the validation error naming the first problem (all of them in `details.issues`). */
export function assertCalendarYear(year: number, days: readonly CalendarDay[]): void {
  const problems = calendarYearProblems(year, days);
  const [first] = problems;
  if (!first) return;
  throw new AppError(ErrorCode.Validation, first.message, first.path, { issues: problems });
}

export const sortCalendarDays = (days: readonly CalendarDay[]) =>
  [...days].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));

/**
 * A short stamp of a year's content (FNV-1a over the sorted days). The editor sends back the
 * stamp it loaded; a different stamp on the server means someone saved in between.
 */
export function calendarFingerprint(days: readonly CalendarDay[]): string {
  const text = sortCalendarDays(days)
    .map((d) => `${d.day}|${d.kind}|${d.name}`)
    .join('\n');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${days.length}-${hash.toString(16).padStart(8, '0')}`;
}

const HOLIDAY_WORDS = ['放假', '休假', '休', '假', 'holiday', 'off'];
const WORKDAY_WORDS = ['调休上班', '上班', '班', 'workday', 'work'];

function kindOf(word: string): CalendarDayKind | null {
  const w = word.toLowerCase();
  if (HOLIDAY_WORDS.includes(w)) return 'holiday';
  if (WORKDAY_WORDS.includes(w)) return 'workday';
  return null;
}

/** 2026-10-01, 2026/10/1, 2026.10.1 or 2026年10月1日 → day number, or null. */
function dayOf(text: string): number | null {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text.trim());
  if (!m) return null;
  return tryParseIsoDate(`${m[1]}-${(m[2] as string).padStart(2, '0')}-${(m[3] as string).padStart(2, '0')}`);
}

export type PastedCalendar = {
  days: CalendarDay[];
  /** Lines that could not be read, numbered from 1. */
  errors: { line: number; message: LocalizedText }[];
};

const MAX_RANGE_DAYS = 31;

/**
 * Reads days pasted from a spreadsheet or typed, one entry a line: a date or a range
 * (`2026-10-01~2026-10-08`, `至` and `-` between dates also work), then optionally the kind
 * (放假/休 or 上班/班; days off when missing), then the name. Columns may be separated by tabs,
 * commas or spaces. Header lines and blank lines are skipped.
 */
export function parseCalendarText(text: string): PastedCalendar {
  const days: CalendarDay[] = [];
  const errors: PastedCalendar['errors'] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line || /^(日期|date)/i.test(line)) return;
    const parts = line.split(/[\t,，]+|\s+/).filter(Boolean);
    const [first = '', ...rest] = parts;
    const range = first.split(/~|～|至|—|--/);
    let from = dayOf(range[0] ?? '');
    let to = range.length > 1 ? dayOf(range[1] ?? '') : from;
    // "2026-10-01 - 2026-10-08" arrives as three parts.
    if (range.length === 1 && (rest[0] === '-' || rest[0] === '~' || rest[0] === '至')) {
      to = dayOf(rest[1] ?? '');
      rest.splice(0, 2);
    }
    if (from === null || to === null || to < from || to - from >= MAX_RANGE_DAYS) {
      errors.push({
        line: index + 1,
        message: {
          zh: `第 ${index + 1} 行：无法识别日期“${first}”，应为 2026-10-01 或 2026-10-01~2026-10-08`,
          en: `Line ${index + 1}: cannot read the date “${first}”; write 2026-10-01 or 2026-10-01~2026-10-08`,
        },
      });
      return;
    }
    // The kind may come before or after the name ("放假 国庆节" or "国庆节 放假").
    const leading = rest.length ? kindOf(rest[0] as string) : null;
    const trailing = !leading && rest.length > 1 ? kindOf(rest.at(-1) as string) : null;
    const kind = leading ?? trailing;
    const words = leading ? rest.slice(1) : trailing ? rest.slice(0, -1) : rest;
    const name = words.join(' ').trim() || (kind === 'workday' ? '调休上班' : '放假');
    for (; from <= to; from++) days.push({ day: formatDayNumber(from), kind: kind ?? 'holiday', name });
  });
  return { days, errors };
}

/** The weekday of an ISO date in words; null for text that is not a date. */
export function weekdayLabelOf(day: string): LocalizedText | null {
  const dayNumber = tryParseIsoDate(day);
  return dayNumber === null ? null : (weekdayLabels[weekdayOf(dayNumber)] ?? null);
}
