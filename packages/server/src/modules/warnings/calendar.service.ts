import { staleVersion } from '@bianping/core/errors';
import { assertCalendarYear, calendarFingerprint, sortCalendarDays } from '@bianping/core/warnings/calendar';
import type { CalendarYear, CalendarYearInput } from '@bianping/core/warnings/calendar-api';
import type { Db } from '../../db/client.ts';
import { appendAudit } from '../audit/audit.queries.ts';
import type { AuditActor } from '../audit/audit-actor.ts';
import { listCalendarYear, lockCalendarYear, writeCalendarYear } from './calendar.queries.ts';

/** A year of the office calendar, with the fingerprint a save must quote. */
export async function getCalendarYear(db: Db, year: number): Promise<CalendarYear> {
  const days = await listCalendarYear(db, year);
  return { year, days, fingerprint: calendarFingerprint(days) };
}

/**
 * Replaces a year's days in one transaction: all of the new list or none of it. The list is
 * checked first (dates in the year, no date twice, make-up days on weekends), and the year must
 * still be as the editor loaded it. The next scan counts working days with the new list.
 */
export async function replaceCalendarYear(
  db: Db,
  year: number,
  input: CalendarYearInput,
  actor: AuditActor,
): Promise<CalendarYear> {
  assertCalendarYear(year, input.days);
  const days = sortCalendarDays(input.days);
  await db.transaction(async (tx) => {
    await lockCalendarYear(tx, year);
    const before = await listCalendarYear(tx, year);
    const current = calendarFingerprint(before);
    if (current !== input.fingerprint) throw staleVersion(current);
    await writeCalendarYear(tx, year, days);
    await appendAudit(tx, {
      ...actor,
      action: 'warnings.calendar.replace',
      entityType: 'calendarYear',
      entityId: String(year),
      before,
      after: days,
    });
  });
  return getCalendarYear(db, year);
}
