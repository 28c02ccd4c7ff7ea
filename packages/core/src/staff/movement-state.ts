import type { WarningSettings } from '../warnings/warnings.schemas.ts';
import {
  addWorkingDaysToDay,
  calendarOf,
  formatDayNumber,
  type IsoDate,
  parseIsoDate,
  workingDaysBetweenDays,
} from '../warnings/working-days.ts';
import type { MovementKind, MovementStatus } from './staff.schemas.ts';

/** The part of a region's warning settings that sets the time limits of 入编 and 出编. */
export type MovementDeadlineSettings = Pick<
  WarningSettings,
  'exitDeadlineWorkingDays' | 'entryDeadlineWorkingDays' | 'holidays' | 'makeUpWorkdays'
>;

export type MovementState = {
  status: MovementStatus;
  /** Last working day to process it; null for an entry, which is processed by definition. */
  deadline: IsoDate | null;
  processedLate: boolean;
};

/**
 * Where a movement stands, counted as W10 and W11 count: a leaving must be followed by its 出编
 * within `exitDeadlineWorkingDays` working days, a 用编核准 by its 入编 within
 * `entryDeadlineWorkingDays`; on the last day itself it is not yet overdue. An open movement past
 * its deadline is overdue; a processed one is done, late when processed after the deadline.
 */
export function movementState(
  movement: { kind: MovementKind; eventDate: IsoDate; processedOn: IsoDate | null },
  settings: MovementDeadlineSettings,
  today: IsoDate,
): MovementState {
  if (movement.kind === 'entry') return { status: 'done', deadline: null, processedLate: false };
  const limit =
    movement.kind === 'exitEvent' ? settings.exitDeadlineWorkingDays : settings.entryDeadlineWorkingDays;
  const calendar = calendarOf(settings);
  const eventDay = parseIsoDate(movement.eventDate);
  const deadline = formatDayNumber(addWorkingDaysToDay(eventDay, limit, calendar));
  // Working days used, not calendar dates, decide: a deadline on a Friday is not yet missed on
  // the Saturday, exactly as the warning rules count.
  const isLate = (day: IsoDate) => workingDaysBetweenDays(eventDay, parseIsoDate(day), calendar) > limit;
  if (movement.processedOn !== null) {
    return { status: 'done', deadline, processedLate: isLate(movement.processedOn) };
  }
  return { status: isLate(today) ? 'overdue' : 'pending', deadline, processedLate: false };
}
