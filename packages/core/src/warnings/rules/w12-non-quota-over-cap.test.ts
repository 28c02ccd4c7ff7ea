import { describe, expect, it } from 'vitest';
import { defaultWarningSettings as settings } from '../settings.ts';
import { buildSnapshot } from '../test-snapshot.ts';
import { w12NonQuotaOverCap } from './w12-non-quota-over-cap.ts';

const run = (cap: number | null, headcount: number, status: 'active' | 'abolished' = 'active') =>
  w12NonQuotaOverCap.evaluate(
    buildSnapshot({ unit: { status }, nonQuota: { cap, headcount } }),
    settings,
    '2025-06-30',
  );

describe('W12 编外超控制数', () => {
  it('does not fire at the cap, fires above it', () => {
    expect(run(5, 5)).toEqual([]);
    expect(run(5, 7)).toEqual([
      expect.objectContaining({
        key: 'nonQuota',
        severity: 'orange',
        params: { cap: 5, headcount: 7, over: 2 },
        message: expect.objectContaining({ zh: '编外用工控制数 5 名，实有编外人员 7 名，超出 2 名' }),
      }),
    ]);
  });

  it('reads a cap of 0 as "none allowed" and no cap as "not checked"', () => {
    expect(run(0, 1)).toHaveLength(1);
    expect(run(null, 50)).toEqual([]);
  });

  it('is silent for an abolished unit', () => {
    expect(run(0, 3, 'abolished')).toEqual([]);
  });
});
