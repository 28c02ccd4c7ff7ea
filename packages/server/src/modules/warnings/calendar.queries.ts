import type { CalendarDay } from '@bianping/core/warnings/calendar-api';
import { calendarDayKinds } from '@bianping/core/warnings/calendar-api';
import { sql } from 'drizzle-orm';
import { type Db, selectRows } from '../../db/client.ts';

/** Arbitrary constant naming the advisory lock of a calendar year (second key: the year). */
const CALENDAR_LOCK = 4_202_612;

const yearRange = (year: number) => sql`day between ${`${year}-01-01`}::date and ${`${year}-12-31`}::date`;

/** A year's holidays and make-up working days, by date. A day stored without a name gets its kind's. */
export async function listCalendarYear(db: Db, year: number): Promise<CalendarDay[]> {
  const rows = await selectRows<{ day: string; kind: string; name: string | null }>(
    db,
    sql`select day::text as day, kind, name from calendar_days where ${yearRange(year)} order by day`,
  );
  return rows.map((r) => {
    const kind = r.kind === 'workday' ? 'workday' : 'holiday';
    return { day: r.day, kind, name: r.name?.trim() || calendarDayKinds.labels[kind].zh };
  });
}

/** Serialises saves of one year across transactions and server instances. */
export async function lockCalendarYear(db: Db, year: number) {
  await db.execute(sql`select pg_advisory_xact_lock(${CALENDAR_LOCK}::int, ${year}::int)`);
}

/** Replaces a year's days; call it inside the transaction that checked and audits the change. */
export async function writeCalendarYear(db: Db, year: number, days: readonly CalendarDay[]) {
  await db.execute(sql`delete from calendar_days where ${yearRange(year)}`);
  if (days.length === 0) return;
  await db.execute(sql`
    insert into calendar_days (day, kind, name)
    select x.day, x.kind, x.name
    from jsonb_to_recordset(${JSON.stringify(days)}::jsonb) as x(day date, kind text, name text)`);
}
