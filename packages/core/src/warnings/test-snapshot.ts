import type { StaffMember, UnitSnapshot } from './warnings.schemas.ts';

/**
 * Builders for tests and benchmarks: a healthy active unit (no rule fires on it) and a valid
 * person, each with overrides. Not exported from the package.
 */
export type SnapshotOverrides = Partial<Omit<UnitSnapshot, 'unit'>> & {
  unit?: Partial<UnitSnapshot['unit']>;
};

export function buildSnapshot(overrides: SnapshotOverrides = {}): UnitSnapshot {
  const { unit, ...rest } = overrides;
  return {
    unit: {
      id: 'u1',
      name: '某县发展和改革局',
      kind: 'administrative',
      category: 'development',
      rank: 'section',
      status: 'active',
      foundedOn: '2010-01-01',
      creditCode: '11100000000013127D',
      regionCode: '110105',
      missingFields: [],
      ...unit,
    },
    quotas: { administrative: 10 },
    headcount: { administrative: 9 },
    leaderPosts: { unitHead: { approved: 1, actual: 1 }, unitDeputy: { approved: 3, actual: 3 } },
    internalBodies: { approved: 3, actual: [] },
    staff: [],
    movements: [],
    nonQuota: { cap: null, headcount: 0 },
    workload: { perHead: null, peerMedian: null, recordedLast12Months: true },
    monthsAtVacancyThreshold: 0,
    duties: [],
    payrollHeadcount: null,
    ...rest,
  };
}

export function buildPerson(overrides: Partial<StaffMember> = {}): StaffMember {
  return {
    id: 'p1',
    name: '张三',
    idNumber: '11010519491231002X',
    birthDate: '1949-12-31',
    staffingType: 'administrative',
    unitId: 'u1',
    workUnitId: 'u1',
    secondedSince: null,
    leaderLevel: null,
    leaderRank: null,
    bodyId: null,
    overRankApproved: false,
    missingFields: [],
    ...overrides,
  };
}
