import { describe, expect, it } from 'vitest';
import { defaultWarningSettings, resolveSettings } from '../warnings/settings.ts';
import { movementState } from './movement-state.ts';

const settings = defaultWarningSettings;

describe('movementState', () => {
  it('gives a leaving 15 working days for its 出编, overdue only after the last one', () => {
    // Monday 2026-03-02 + 15 working days = Monday 2026-03-23.
    const leaving = { kind: 'exitEvent' as const, eventDate: '2026-03-02', processedOn: null };
    expect(movementState(leaving, settings, '2026-03-23')).toEqual({
      status: 'pending',
      deadline: '2026-03-23',
      processedLate: false,
    });
    expect(movementState(leaving, settings, '2026-03-24').status).toBe('overdue');
  });

  it('is not overdue on the weekend after a Friday deadline, as W10 counts', () => {
    // Friday 2026-03-06 + 15 working days = Friday 2026-03-27.
    const leaving = { kind: 'exitEvent' as const, eventDate: '2026-03-06', processedOn: null };
    expect(movementState(leaving, settings, '2026-03-28')).toMatchObject({
      status: 'pending',
      deadline: '2026-03-27',
    });
    expect(movementState(leaving, settings, '2026-03-30').status).toBe('overdue');
  });

  it('gives an approval 30 working days and skips holidays', () => {
    const approval = { kind: 'hireApproval' as const, eventDate: '2026-03-02', processedOn: null };
    expect(movementState(approval, settings, '2026-03-02').deadline).toBe('2026-04-13');
    const withHoliday = resolveSettings(settings, { holidays: ['2026-04-06'] });
    expect(movementState(approval, withHoliday, '2026-03-02').deadline).toBe('2026-04-14');
  });

  it('marks a processed movement done, and late when processed after its deadline', () => {
    const onTime = { kind: 'exitEvent' as const, eventDate: '2026-03-02', processedOn: '2026-03-23' };
    expect(movementState(onTime, settings, '2026-11-01')).toMatchObject({
      status: 'done',
      processedLate: false,
    });
    const late = { ...onTime, processedOn: '2026-03-24' };
    expect(movementState(late, settings, '2026-11-01')).toMatchObject({
      status: 'done',
      processedLate: true,
    });
  });

  it('follows the region limit (Tengzhou: 10 working days)', () => {
    const tengzhou = resolveSettings(settings, { exitDeadlineWorkingDays: 10 });
    const leaving = { kind: 'exitEvent' as const, eventDate: '2026-03-02', processedOn: null };
    expect(movementState(leaving, tengzhou, '2026-03-17').status).toBe('overdue');
  });

  it('has no deadline for an entry', () => {
    const entry = { kind: 'entry' as const, eventDate: '2026-03-02', processedOn: '2026-03-02' };
    expect(movementState(entry, settings, '2026-11-01')).toEqual({
      status: 'done',
      deadline: null,
      processedLate: false,
    });
  });
});
