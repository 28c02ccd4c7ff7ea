import { describe, expect, it } from 'vitest';
import { defaultWarningSettings as settings } from '../settings.ts';
import { buildSnapshot, type SnapshotOverrides } from '../test-snapshot.ts';
import { w08ZombieInstitution } from './w08-zombie-institution.ts';

const today = '2025-06-30';
const institution = (overrides: SnapshotOverrides = {}) =>
  buildSnapshot({
    quotas: { institutional: 10 },
    headcount: { institutional: 8 },
    workload: { perHead: 100, peerMedian: 100, recordedLast12Months: true },
    duties: [{ id: 'd1', status: 'active' }],
    ...overrides,
    unit: {
      kind: 'publicWelfare1',
      foundedOn: '2015-03-01',
      creditCode: '12100000000013127D',
      ...overrides.unit,
    },
  });
const keys = (overrides: SnapshotOverrides = {}) =>
  w08ZombieInstitution.evaluate(institution(overrides), settings, today).map((h) => h.key);

describe('W08 僵尸事业单位', () => {
  it('does not fire on a working institution', () => {
    expect(keys()).toEqual([]);
  });

  it('fires when nobody is in post', () => {
    const hits = w08ZombieInstitution.evaluate(institution({ headcount: {} }), settings, today);
    expect(hits).toEqual([
      expect.objectContaining({
        key: 'noStaff',
        severity: 'red',
        params: { headcount: 0, foundedOn: '2015-03-01' },
      }),
    ]);
  });

  it('gives a new institution a year to hire and register', () => {
    const young = { headcount: {}, unit: { foundedOn: '2024-06-30', creditCode: null } };
    expect(keys(young)).toEqual([]);
    expect(keys({ ...young, unit: { foundedOn: '2024-06-29', creditCode: null } })).toEqual([
      'noStaff',
      'unregistered',
    ]);
  });

  it('fires for 2 staff without workload in 12 months, but not for 3, nor for 2 who work', () => {
    const idle = { perHead: null, peerMedian: null, recordedLast12Months: false };
    expect(keys({ headcount: { institutional: 2 }, workload: idle })).toEqual(['idle']);
    expect(keys({ headcount: { institutional: 3 }, workload: idle })).toEqual([]);
    expect(keys({ headcount: { institutional: 2 } })).toEqual([]);
  });

  it('fires when all 三定 duties are completed or transferred out, not when one is active', () => {
    const gone = [
      { id: 'd1', status: 'completed' as const },
      { id: 'd2', status: 'transferredOut' as const },
    ];
    const hits = w08ZombieInstitution.evaluate(institution({ duties: gone }), settings, today);
    expect(hits.map((h) => [h.key, h.params])).toEqual([
      ['dutiesGone', { duties: 2, completed: 1, transferredOut: 1 }],
    ]);
    expect(keys({ duties: [...gone, { id: 'd3', status: 'active' }] })).toEqual([]);
    expect(keys({ duties: [] })).toEqual([]);
  });

  it('fires below 30 % of the peer median workload, not at exactly 30 %', () => {
    expect(keys({ workload: { perHead: 29, peerMedian: 100, recordedLast12Months: true } })).toEqual([
      'lowWorkload',
    ]);
    expect(keys({ workload: { perHead: 30, peerMedian: 100, recordedLast12Months: true } })).toEqual([]);
  });

  it('checks only 事业单位 that are active', () => {
    expect(keys({ headcount: {}, unit: { kind: 'administrative' } })).toEqual([]);
    expect(keys({ headcount: {}, unit: { status: 'abolished' } })).toEqual([]);
    expect(keys({ headcount: {}, unit: { kind: 'civilServiceManaged' } })).toEqual(['noStaff']);
  });
});
