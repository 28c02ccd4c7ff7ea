import { describe, expect, it } from 'vitest';
import { ageBandOf, ageOn, analyseStaffingStructure } from './staffing-structure.ts';

describe('staffing structure', () => {
  it('counts completed years on the reference day', () => {
    expect(ageOn('1990-03-15', '2025-03-14')).toBe(34);
    expect(ageOn('1990-03-15', '2025-03-15')).toBe(35);
    expect(ageOn(null, '2025-03-15')).toBeNull();
    expect(ageOn('1990-02-30', '2025-03-15')).toBeNull();
    expect([35, 36, 45, 46, 55, 56].map(ageBandOf)).toEqual([
      'upTo35',
      'from36to45',
      'from36to45',
      'from46to55',
      'from46to55',
      'over55',
    ]);
  });

  it('breaks the roster down by staffing type, age band and education', () => {
    // Ages on 2025-03-01: 29, 45, 56 and one unknown.
    const s = analyseStaffingStructure(
      [
        { staffingType: 'administrative', birthDate: '1995-06-01', education: 'master' },
        { staffingType: 'administrative', birthDate: '1980-01-01', education: 'bachelor' },
        { staffingType: 'institutional', birthDate: '1968-12-31', education: 'bachelor' },
        { staffingType: 'institutional', birthDate: null, education: null },
      ],
      '2025-03-01',
    );
    expect(s.total).toBe(4);
    expect(s.byStaffingType.filter((r) => r.count)).toEqual([
      { staffingType: 'administrative', count: 2 },
      { staffingType: 'institutional', count: 2 },
    ]);
    expect(s.byAgeBand).toEqual([
      { band: 'upTo35', count: 1 },
      { band: 'from36to45', count: 1 },
      { band: 'from46to55', count: 0 },
      { band: 'over55', count: 1 },
    ]);
    expect(s.byEducation.filter((r) => r.count)).toEqual([
      { education: 'master', count: 1 },
      { education: 'bachelor', count: 2 },
    ]);
    expect(s.typeByAge.find((c) => c.staffingType === 'institutional' && c.band === 'over55')?.count).toBe(1);
    expect(s.typeByAge).toHaveLength(16);
    expect(s.averageAge).toBe(43.3);
    expect([s.unknownAge, s.unknownEducation]).toEqual([1, 1]);
  });

  it('handles an empty roster', () => {
    const s = analyseStaffingStructure([], '2025-03-01');
    expect([s.total, s.averageAge]).toEqual([0, null]);
  });
});
