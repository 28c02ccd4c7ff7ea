import { birthDateOfIdNumber, validateIdNumber } from '@bianping/core/warnings/id-number';
import { describe, expect, it } from 'vitest';
import { generateDemoData } from './demo-data.ts';
import { ageOn } from './demo-dates.ts';
import { sexOfIdNumber } from './demo-id-numbers.ts';
import { DEMO_PLAN } from './demo-plan.ts';
import { EDUCATIONS } from './demo-posts.ts';

const SEED = 20261125;
const demo = generateDemoData(SEED);
const unitOf = (shortName: string) => demo.units.find((u) => u.shortName === shortName)?.id;
const countBy = <T>(items: T[], key: (item: T) => string) => {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
};

describe('demo staff (实名制)', () => {
  it('has about 12,000 people, exactly as many per unit and staffing type as the headcounts say', () => {
    expect(demo.staff.length).toBeGreaterThan(11_000);
    expect(demo.staff.length).toBeLessThan(13_000);
    const counted = countBy(demo.staff, (s) => `${s.unitId}|${s.staffingType}`);
    for (const row of demo.headcounts)
      expect(counted.get(`${row.unitId}|${row.staffingType}`) ?? 0).toBe(row.count);
    expect(demo.headcounts.reduce((sum, h) => sum + h.count, 0)).toBe(demo.staff.length);
    for (const unit of demo.units)
      for (const h of unit.headcount)
        expect(counted.get(`${unit.id}|${h.staffingType}`) ?? 0, unit.name).toBe(h.count);
  });

  it('has valid ID numbers that agree with birth date and sex, except the one mistyped', () => {
    const invalid = demo.staff.filter((s) => validateIdNumber(s.idNumber, demo.today) !== null);
    expect(invalid.map((s) => s.unitId)).toEqual([unitOf(DEMO_PLAN.wrongCheckChar)]);
    expect(validateIdNumber(invalid[0]?.idNumber ?? '')?.en).toMatch(/check character/);
    const disagreeing = demo.staff.filter(
      (s) =>
        birthDateOfIdNumber(s.idNumber) !== s.birthDate ||
        sexOfIdNumber(s.idNumber) !== s.sex ||
        !s.idNumber.startsWith('99'),
    );
    expect(disagreeing).toEqual([]);
  });

  it('has people aged 22 to 60, none past retirement age without a pending retirement', () => {
    const retiring = new Set(
      demo.movements
        .filter((m) => m.kind === 'exitEvent' && m.reason === 'retirement' && !m.processedOn)
        .map((m) => m.staffMemberId),
    );
    const wrong = demo.staff.filter((s) => {
      const age = ageOn(s.birthDate, demo.today);
      const limit = retiring.has(s.id) ? 61 : s.sex === 'male' ? 60 : 55;
      return age < 22 || age >= limit || s.entryDate <= s.birthDate || s.entryDate > demo.today;
    });
    expect(wrong).toEqual([]);
    expect(retiring.size).toBeGreaterThan(0);
  });

  it('registers each person once by name and birth date, except the planted double registration', () => {
    const groups = countBy(demo.staff, (s) => `${s.name}|${s.birthDate}`);
    const doubled = [...groups].filter(([, n]) => n > 1);
    expect(doubled).toHaveLength(1);
    const byId = countBy(demo.staff, (s) => s.idNumber);
    const shared = [...byId].filter(([, n]) => n > 1).map(([id]) => id);
    expect(shared).toHaveLength(1);
    const units = demo.staff.filter((s) => s.idNumber === shared[0]).map((s) => s.unitId);
    expect(units.sort()).toEqual(
      [unitOf(DEMO_PLAN.duplicateId.unit), unitOf(DEMO_PLAN.duplicateId.alsoIn)].sort(),
    );
  });

  it('fills every mandatory field except the one planted empty 学历, with realistic shares', () => {
    const missing = demo.staff.filter((s) => !s.education);
    expect(missing.map((s) => s.unitId)).toEqual([unitOf(DEMO_PLAN.missingEducation)]);
    const incomplete = demo.staff.filter(
      (s) => !(s.name && s.sex && s.birthDate && s.post && s.grade && s.entryDate && s.fundingForm),
    );
    expect(incomplete).toEqual([]);
    expect(demo.staff.filter((s) => s.education && !EDUCATIONS.includes(s.education))).toEqual([]);
    const share = (people: typeof demo.staff, level: string) =>
      people.filter((s) => s.education === level).length / people.length;
    const organs = demo.staff.filter((s) => s.staffingType === 'administrative');
    const hospitals = demo.staff.filter((s) =>
      /医院|卫生院/.test(demo.units.find((u) => u.id === s.unitId)?.name ?? ''),
    );
    expect(share(demo.staff, 'bachelor')).toBeGreaterThan(0.5);
    expect(share(organs, 'master')).toBeGreaterThan(share(hospitals, 'master') * 0.8);
    expect(share(hospitals, 'college')).toBeGreaterThan(share(organs, 'college'));
  });

  it('counts actual leaders from the staff, within approved posts outside the planted cases', () => {
    const leaders = countBy(
      demo.staff.filter((s) => s.leaderLevel),
      (s) => `${s.unitId}|${s.leaderLevel}`,
    );
    for (const post of demo.posts) expect(post.actual).toBe(leaders.get(`${post.unitId}|${post.level}`) ?? 0);
    for (const [key] of leaders)
      expect(
        demo.posts.some((p) => `${p.unitId}|${p.level}` === key),
        key,
      ).toBe(true);
    const heads = countBy(
      demo.staff.filter((s) => s.leaderLevel === 'unitHead'),
      (s) => s.unitId,
    );
    expect(Math.max(...heads.values())).toBe(1);
    const bodyOf = new Map(demo.bodies.map((b) => [b.id, b]));
    for (const s of demo.staff.filter((p) => p.leaderLevel === 'bodyHead' || p.leaderLevel === 'bodyDeputy'))
      expect(bodyOf.get(s.internalBodyId ?? '')?.unitId).toBe(s.unitId);
  });

  it('comes out the same from the same seed and differs with another', () => {
    const again = generateDemoData(SEED);
    expect(again.staff).toEqual(demo.staff);
    expect(again.movements).toEqual(demo.movements);
    expect(again.workloads).toEqual(demo.workloads);
    expect(again.snapshots).toEqual(demo.snapshots);
    const other = generateDemoData(SEED + 1);
    expect(other.staff[0]?.idNumber).not.toBe(demo.staff[0]?.idNumber);
  });
});
