import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addWorkingDays,
  daysBetween,
  formatDayNumber,
  isWorkingDay,
  makeWorkingCalendar,
  parseIsoDate,
  tryParseIsoDate,
  weekdayOf,
  workingDaysBetween,
} from './working-days.ts';

// The 2025 National Day / Mid-Autumn arrangement of the State Council notice: off 1–8 October,
// work on Sunday 28 September and Saturday 11 October.
const nationalDay2025 = makeWorkingCalendar({
  holidays: [
    '2025-10-01',
    '2025-10-02',
    '2025-10-03',
    '2025-10-04',
    '2025-10-05',
    '2025-10-06',
    '2025-10-07',
    '2025-10-08',
  ],
  makeUpWorkdays: ['2025-09-28', '2025-10-11'],
});

describe('ISO dates without Date', () => {
  it('round-trips day numbers, leap days and far dates', () => {
    expect(parseIsoDate('1970-01-01')).toBe(0);
    expect(parseIsoDate('1970-01-02')).toBe(1);
    expect(parseIsoDate('1969-12-31')).toBe(-1);
    for (const date of ['2000-02-29', '1900-02-28', '1900-03-01', '2024-12-31', '0001-01-01', '9999-12-31']) {
      expect(formatDayNumber(parseIsoDate(date))).toBe(date);
    }
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
  });

  it('refuses dates that do not exist or are not YYYY-MM-DD', () => {
    for (const bad of ['2023-02-29', '1900-02-29', '2024-13-01', '2024-04-31', '2024-4-01', '20240401', '']) {
      expect(tryParseIsoDate(bad), bad).toBeNull();
    }
    expect(() => parseIsoDate('2024-02-30')).toThrow(RangeError);
  });

  it('knows the weekday (2024-06-01 was a Saturday)', () => {
    expect(weekdayOf(parseIsoDate('2024-06-01'))).toBe(6);
    expect(weekdayOf(parseIsoDate('2024-06-02'))).toBe(0);
    expect(weekdayOf(parseIsoDate('2024-06-03'))).toBe(1);
  });

  it('adds months, clamping to the end of a shorter month', () => {
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-11-30', 3)).toBe('2025-02-28');
    expect(addMonths('2024-03-15', -3)).toBe('2023-12-15');
  });
});

describe('workingDaysBetween (after start, up to and including end)', () => {
  it('skips the weekend: Friday to Monday is one working day', () => {
    expect(workingDaysBetween('2024-05-31', '2024-06-03')).toBe(1);
    expect(workingDaysBetween('2024-05-31', '2024-06-02')).toBe(0);
    expect(workingDaysBetween('2024-06-03', '2024-06-10')).toBe(5);
  });

  it('is 0 for the same day or an end before the start', () => {
    expect(workingDaysBetween('2024-06-03', '2024-06-03')).toBe(0);
    expect(workingDaysBetween('2024-06-10', '2024-06-03')).toBe(0);
  });

  it('counts long spans in whole weeks: 2024 has 262 weekdays', () => {
    expect(workingDaysBetween('2023-12-31', '2024-12-31')).toBe(262);
  });

  it('skips holidays and counts make-up working days (National Day 2025)', () => {
    // Fri 26 Sep → Mon 13 Oct: Sun 28, Mon 29, Tue 30, Thu 9, Fri 10, Sat 11, Mon 13.
    expect(workingDaysBetween('2025-09-26', '2025-10-13', nationalDay2025)).toBe(7);
    // The same span on a plain week calendar: 11 weekdays.
    expect(workingDaysBetween('2025-09-26', '2025-10-13')).toBe(11);
    expect(isWorkingDay('2025-09-28', nationalDay2025)).toBe(true);
    expect(isWorkingDay('2025-10-01', nationalDay2025)).toBe(false);
    expect(isWorkingDay('2025-10-04', nationalDay2025)).toBe(false);
    expect(isWorkingDay('2025-10-12', nationalDay2025)).toBe(false);
  });

  it('ignores a holiday on a weekend and lets a make-up day win over a holiday listing', () => {
    const calendar = makeWorkingCalendar({
      holidays: ['2024-06-01', '2024-06-08'],
      makeUpWorkdays: ['2024-06-08'],
    });
    expect(workingDaysBetween('2024-05-31', '2024-06-03', calendar)).toBe(1);
    expect(isWorkingDay('2024-06-08', calendar)).toBe(true);
  });
});

describe('addWorkingDays', () => {
  it('gives the deadline of a time limit', () => {
    expect(addWorkingDays('2024-05-31', 1)).toBe('2024-06-03');
    expect(addWorkingDays('2024-06-03', 15)).toBe('2024-06-24');
    expect(addWorkingDays('2024-06-03', 0)).toBe('2024-06-03');
    expect(addWorkingDays('2025-09-26', 3, nationalDay2025)).toBe('2025-09-30');
    expect(addWorkingDays('2025-09-30', 1, nationalDay2025)).toBe('2025-10-09');
  });

  it('is the inverse of workingDaysBetween', () => {
    for (const n of [1, 5, 10, 15, 30, 61]) {
      const deadline = addWorkingDays('2025-09-20', n, nationalDay2025);
      expect(workingDaysBetween('2025-09-20', deadline, nationalDay2025)).toBe(n);
      expect(isWorkingDay(deadline, nationalDay2025)).toBe(true);
    }
  });
});
