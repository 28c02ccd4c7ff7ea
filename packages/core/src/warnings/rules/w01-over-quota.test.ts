import { describe, expect, it } from 'vitest';
import { defaultWarningSettings as settings } from '../settings.ts';
import { buildSnapshot } from '../test-snapshot.ts';
import { w01OverQuota } from './w01-over-quota.ts';

const today = '2025-06-30';
const run = (overrides: Parameters<typeof buildSnapshot>[0]) =>
  w01OverQuota.evaluate(buildSnapshot(overrides), settings, today);

describe('W01 超编', () => {
  it('does not fire when headcount equals the quota', () => {
    expect(run({ quotas: { institutional: 20 }, headcount: { institutional: 20 } })).toEqual([]);
  });

  it('fires one over the quota, with the figures in the message', () => {
    const [hit, ...rest] = run({ quotas: { institutional: 20 }, headcount: { institutional: 23 } });
    expect(rest).toEqual([]);
    expect(hit).toEqual({
      code: 'W01',
      unitId: 'u1',
      severity: 'red',
      key: 'institutional',
      params: { staffingType: 'institutional', approved: 20, actual: 23, over: 3 },
      message: {
        zh: '事业编制核定 20 名，实有 23 名，超编 3 名',
        en: 'Institutional quota: 20 approved, 23 in post, 3 over quota',
      },
    });
  });

  it('treats headcount in a type without quota as over quota, without dividing by zero', () => {
    const hits = run({ quotas: {}, headcount: { workerAdmin: 2 } });
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ key: 'workerAdmin', params: { approved: 0, actual: 2, over: 2 } });
  });

  it('checks each staffing type and the total separately', () => {
    const hits = run({
      quotas: { administrative: 10, politicalLegal: 5, workerAdmin: 2 },
      headcount: { administrative: 12, politicalLegal: 6, workerAdmin: 2 },
    });
    expect(hits.map((h) => h.key)).toEqual(['administrative', 'politicalLegal', 'total']);
    expect(hits[2]?.params).toEqual({ approved: 17, actual: 20, over: 3 });
  });

  it('reports a type over quota even when the total is within it, and then no total hit', () => {
    const hits = run({
      quotas: { administrative: 10, workerAdmin: 5 },
      headcount: { administrative: 11, workerAdmin: 2 },
    });
    expect(hits.map((h) => h.key)).toEqual(['administrative']);
  });

  it('is silent for an abolished or merged unit', () => {
    for (const status of ['abolished', 'merged'] as const) {
      expect(
        run({ unit: { status }, quotas: { administrative: 1 }, headcount: { administrative: 5 } }),
      ).toEqual([]);
    }
  });
});
