import { describe, expect, it } from 'vitest';
import { assertTransition, statusAfterScan, warningStatuses } from './workflow.ts';

describe('warning workflow', () => {
  it('allows the officer steps and refuses the others with the typed error', () => {
    expect(() => assertTransition('open', 'verified')).not.toThrow();
    expect(() => assertTransition('verified', 'resolved')).not.toThrow();
    expect(() => assertTransition('dismissed', 'open')).not.toThrow();
    expect(() => assertTransition('resolved', 'verified')).toThrow(
      expect.objectContaining({ code: 'E_ILLEGAL_TRANSITION' }),
    );
    expect(() => assertTransition('open', 'open')).toThrow();
  });

  it('lets a scan resolve what it no longer finds and reopen what comes back', () => {
    expect(statusAfterScan('open', false)).toBe('resolved');
    expect(statusAfterScan('verified', false)).toBe('resolved');
    expect(statusAfterScan('resolved', true)).toBe('open');
    expect(statusAfterScan('dismissed', true)).toBe('dismissed');
    expect(statusAfterScan('dismissed', false)).toBe('dismissed');
    for (const s of warningStatuses) expect(warningStatuses).toContain(statusAfterScan(s, true));
  });
});
