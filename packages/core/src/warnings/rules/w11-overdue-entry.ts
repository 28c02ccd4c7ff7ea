import {
  addWorkingDaysToDay,
  calendarOf,
  formatDayNumber,
  parseIsoDate,
  workingDaysBetweenDays,
} from '../working-days.ts';
import { defineRule, hit, isInactive, staffingTypeLabel } from './rule.ts';

/**
 * W11 入编逾期 (DOMAIN.md §4 and §3.4, S55): a 用编核准 with no matching 入编 when more than
 * `entryDeadlineWorkingDays` (default 30) working days have passed since it was issued, counted
 * as in W10. An approval whose entry was processed (even late) no longer warns.
 */
export const w11OverdueEntry = defineRule({
  code: 'W11',
  name: { zh: '入编逾期', en: 'Overdue entry into quota' },
  severity: 'yellow',
  describe: (settings) => ({
    zh: `用编核准下达后超过 ${settings.entryDeadlineWorkingDays} 个工作日仍未办理入编时预警。`,
    en: `Warns when a quota-use approval (用编核准) has had no matching entry (入编) for more than ${settings.entryDeadlineWorkingDays} working days.`,
  }),
  collect(snapshot, settings, today, out) {
    if (isInactive(snapshot)) return;
    let todayDay = Number.NaN;
    for (const movement of snapshot.movements) {
      if (movement.kind !== 'hireApproval' || movement.entryProcessedOn !== null) continue;
      if (Number.isNaN(todayDay)) todayDay = parseIsoDate(today);
      const calendar = calendarOf(settings);
      const issuedDay = parseIsoDate(movement.issuedOn);
      const elapsed = workingDaysBetweenDays(issuedDay, todayDay, calendar);
      const limit = settings.entryDeadlineWorkingDays;
      if (elapsed <= limit) continue;
      const deadline = formatDayNumber(addWorkingDaysToDay(issuedDay, limit, calendar));
      const label = staffingTypeLabel(movement.staffingType);
      out.push(
        hit(
          'W11',
          snapshot.unit.id,
          'yellow',
          movement.id,
          {
            approvalId: movement.id,
            documentNo: movement.documentNo,
            staffingType: movement.staffingType,
            issuedOn: movement.issuedOn,
            deadline,
            workingDays: elapsed,
            limitWorkingDays: limit,
          },
          {
            zh: `用编核准（${movement.documentNo}，${label.zh}）于 ${movement.issuedOn} 下达，应在 ${limit} 个工作日内（期限至 ${deadline}）入编，至今已 ${elapsed} 个工作日仍未入编`,
            en: `Quota-use approval ${movement.documentNo} (${label.en}) issued on ${movement.issuedOn}: entry was due within ${limit} working days (by ${deadline}) and is still not done after ${elapsed}`,
          },
        ),
      );
    }
  },
});
