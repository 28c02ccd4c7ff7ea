import { describe, expect, it } from 'vitest';
import { defaultWarningSettings as settings } from '../settings.ts';
import { buildSnapshot, type SnapshotOverrides } from '../test-snapshot.ts';
import { w07LowUse } from './w07-low-use.ts';

const lowWork = { perHead: 80, peerMedian: 100, recordedLast12Months: true };
const run = (overrides: SnapshotOverrides) =>
  w07LowUse.evaluate(buildSnapshot(overrides), settings, '2025-06-30');

describe('W07 编制使用率低', () => {
  it('warns below 70 % use with workload under the peer median', () => {
    const hits = run({ quotas: { institutional: 10 }, headcount: { institutional: 6 }, workload: lowWork });
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({
      key: 'use',
      severity: 'yellow',
      params: { approved: 10, actual: 6, useRate: 0.6, workloadPerHead: 80, peerMedian: 100 },
      message: {
        zh: '编制总数 10 名，实有在编 6 名，使用率 60%，低于 70%；人均工作量 80，低于同类单位中位数 100',
      },
    });
  });

  it('does not warn at exactly 70 % (the rule is strictly below)', () => {
    expect(
      run({ quotas: { institutional: 10 }, headcount: { institutional: 7 }, workload: lowWork }),
    ).toEqual([]);
  });

  it('does not warn when workload per head is at or above the median, or unknown', () => {
    const base = { quotas: { institutional: 10 }, headcount: { institutional: 5 } };
    expect(run({ ...base, workload: { ...lowWork, perHead: 100 } })).toEqual([]);
    expect(run({ ...base, workload: { ...lowWork, perHead: null } })).toEqual([]);
    expect(run({ ...base, workload: { ...lowWork, peerMedian: null } })).toEqual([]);
  });

  it('stays silent without quota', () => {
    expect(run({ quotas: {}, headcount: {}, workload: lowWork })).toEqual([]);
  });

  it('is silent for a merged unit', () => {
    expect(
      run({
        unit: { status: 'merged' },
        quotas: { institutional: 10 },
        headcount: { institutional: 1 },
        workload: lowWork,
      }),
    ).toEqual([]);
  });
});
