import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import type { CalendarDay } from './calendar.api.schemas.ts';
import {
  assertCalendarYear,
  calendarFingerprint,
  calendarYearProblems,
  parseCalendarText,
} from './calendar.ts';

const day = (d: string, kind: CalendarDay['kind'] = 'holiday', name = '国庆节'): CalendarDay => ({
  day: d,
  kind,
  name,
});

describe('calendar year checks', () => {
  it('accepts days off and weekend make-up days of the year', () => {
    // 2026-09-20 is a Sunday.
    expect(calendarYearProblems(2026, [day('2026-10-01'), day('2026-09-20', 'workday')])).toEqual([]);
  });

  it('names the row of a date outside the year, a repeated date and a weekday make-up day', () => {
    const problems = calendarYearProblems(2026, [
      day('2026-10-01'),
      day('2025-12-31'),
      day('2026-10-01'),
      day('2026-09-28', 'workday'),
    ]);
    expect(problems.map((p) => p.path)).toEqual(['days.1.day', 'days.2.day', 'days.3.day']);
    expect(problems[0]?.message.zh).toBe('第 2 行：2025-12-31 不在 2026 年内');
    expect(problems[1]?.message.en).toBe('Row 3: 2026-10-01 is already listed in row 1');
    expect(problems[2]?.message.zh).toContain('星期一');
    expect(() => assertCalendarYear(2026, [day('2025-01-01')])).toThrow(AppError);
  });

  it('fingerprints content, not order', () => {
    const a = [day('2026-10-01'), day('2026-10-02')];
    expect(calendarFingerprint(a)).toBe(calendarFingerprint([...a].reverse()));
    expect(calendarFingerprint(a)).not.toBe(calendarFingerprint([day('2026-10-01'), day('2026-10-03')]));
    expect(calendarFingerprint([])).toBe(calendarFingerprint([]));
  });
});

describe('pasted calendar lists', () => {
  it('reads dates, ranges, kinds before or after the name, and skips headers', () => {
    const { days, errors } = parseCalendarText(
      [
        '日期\t类型\t名称',
        '2026-10-01~2026-10-03\t放假\t国庆节',
        '2026/9/20 上班 国庆节调休',
        '2026年1月1日 元旦',
        '2026-02-28, 春节调休, 班',
        '',
      ].join('\n'),
    );
    expect(errors).toEqual([]);
    expect(days).toEqual([
      day('2026-10-01'),
      day('2026-10-02'),
      day('2026-10-03'),
      day('2026-09-20', 'workday', '国庆节调休'),
      day('2026-01-01', 'holiday', '元旦'),
      day('2026-02-28', 'workday', '春节调休'),
    ]);
  });

  it('reports lines it cannot read with their number', () => {
    const { days, errors } = parseCalendarText('2026-02-30 放假\n国庆\n2026-10-08~2026-10-01');
    expect(days).toEqual([]);
    expect(errors.map((e) => e.line)).toEqual([1, 2, 3]);
    expect(errors[0]?.message.zh).toContain('无法识别日期');
  });
});
