import { describe, expect, it } from 'vitest';
import { defaultWarningSettings, resolveSettings } from '../settings.ts';
import { buildSnapshot } from '../test-snapshot.ts';
import type { ExitEvent, WarningSettings } from '../warnings.schemas.ts';
import { w10OverdueExit } from './w10-overdue-exit.ts';

const exit = (overrides: Partial<ExitEvent> = {}): ExitEvent => ({
  kind: 'exitEvent',
  id: 'm1',
  staffId: 'p1',
  staffName: '张三',
  reason: 'retirement',
  // A Monday: 15 working days later is Monday 2024-06-24 on a plain calendar.
  eventDate: '2024-06-03',
  processedOn: null,
  ...overrides,
});
const run = (today: string, movements: ExitEvent[], settings: WarningSettings = defaultWarningSettings) =>
  w10OverdueExit.evaluate(buildSnapshot({ movements }), settings, today);

describe('W10 出编逾期', () => {
  it('does not fire on the 15th working day, fires on the 16th', () => {
    expect(run('2024-06-24', [exit()])).toEqual([]);
    const hits = run('2024-06-25', [exit()]);
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({
      key: 'm1',
      severity: 'orange',
      params: { eventDate: '2024-06-03', deadline: '2024-06-24', workingDays: 16, limitWorkingDays: 15 },
      message: {
        zh: '张三于 2024-06-03 退休，应在 15 个工作日内（期限至 2024-06-24）办理出编，至今已 16 个工作日仍未办理',
      },
    });
  });

  it('does not count the weekend after the deadline', () => {
    // The 15th working day after Friday 2024-06-07 is Friday 06-28; the weekend after it is not late.
    expect(run('2024-06-30', [exit({ eventDate: '2024-06-07' })])).toEqual([]);
    expect(run('2024-07-01', [exit({ eventDate: '2024-06-07' })])).toHaveLength(1);
  });

  it('pushes the deadline past holidays from the settings', () => {
    // 端午节 2024: Monday 10 June off.
    const withHoliday = resolveSettings(defaultWarningSettings, { holidays: ['2024-06-10'] });
    expect(run('2024-06-25', [exit()], withHoliday)).toEqual([]);
    expect(run('2024-06-26', [exit()], withHoliday)[0]?.params.deadline).toBe('2024-06-25');
  });

  it('uses a shorter region limit (Tengzhou: 10 working days)', () => {
    const tengzhou = resolveSettings(defaultWarningSettings, { exitDeadlineWorkingDays: 10 });
    expect(run('2024-06-17', [exit()], tengzhou)).toEqual([]);
    expect(run('2024-06-18', [exit()], tengzhou)).toHaveLength(1);
  });

  it('does not fire once the exit was processed, even late', () => {
    expect(run('2025-01-01', [exit({ processedOn: '2024-12-01' })])).toEqual([]);
  });

  it('is silent for an abolished unit', () => {
    const snapshot = buildSnapshot({ unit: { status: 'abolished' }, movements: [exit()] });
    expect(w10OverdueExit.evaluate(snapshot, defaultWarningSettings, '2025-01-01')).toEqual([]);
  });
});
