import { exitReasons } from '../warnings.schemas.ts';
import {
  addWorkingDaysToDay,
  calendarOf,
  formatDayNumber,
  parseIsoDate,
  workingDaysBetweenDays,
} from '../working-days.ts';
import { defineRule, hit, isInactive } from './rule.ts';

/**
 * W10 出编逾期 (DOMAIN.md §4 and §3.4, S55, S56): a leaving event (退休, 调出 …) whose 出编 is
 * still not processed (the person is still on the books) when more than
 * `exitDeadlineWorkingDays` (default 15; Tengzhou 10) working days have passed since the event.
 * Working days are counted after the event date up to and including today, with the settings'
 * holidays and make-up days; on the 15th working day itself it is not yet overdue.
 */
export const w10OverdueExit = defineRule({
  code: 'W10',
  name: { zh: '出编逾期', en: 'Overdue exit from quota' },
  severity: 'orange',
  describe: (settings) => ({
    zh: `人员退休、调出、辞职等离开后超过 ${settings.exitDeadlineWorkingDays} 个工作日仍未办理出编手续时预警。`,
    en: `Warns when someone who retired, transferred out, resigned or otherwise left is still on the books more than ${settings.exitDeadlineWorkingDays} working days later.`,
  }),
  collect(snapshot, settings, today, out) {
    if (isInactive(snapshot)) return;
    let todayDay = Number.NaN;
    for (const movement of snapshot.movements) {
      if (movement.kind !== 'exitEvent' || movement.processedOn !== null) continue;
      if (Number.isNaN(todayDay)) todayDay = parseIsoDate(today);
      const calendar = calendarOf(settings);
      const eventDay = parseIsoDate(movement.eventDate);
      const elapsed = workingDaysBetweenDays(eventDay, todayDay, calendar);
      const limit = settings.exitDeadlineWorkingDays;
      if (elapsed <= limit) continue;
      const deadline = formatDayNumber(addWorkingDaysToDay(eventDay, limit, calendar));
      const reason = exitReasons.labels[movement.reason];
      out.push(
        hit(
          'W10',
          snapshot.unit.id,
          'orange',
          movement.id,
          {
            movementId: movement.id,
            staffId: movement.staffId,
            reason: movement.reason,
            eventDate: movement.eventDate,
            deadline,
            workingDays: elapsed,
            limitWorkingDays: limit,
          },
          {
            zh: `${movement.staffName}于 ${movement.eventDate} ${reason.zh}，应在 ${limit} 个工作日内（期限至 ${deadline}）办理出编，至今已 ${elapsed} 个工作日仍未办理`,
            en: `${movement.staffName} left (${reason.en.toLowerCase()}) on ${movement.eventDate}; the exit from quota was due within ${limit} working days (by ${deadline}) and is still not done after ${elapsed}`,
          },
        ),
      );
    }
  },
});
