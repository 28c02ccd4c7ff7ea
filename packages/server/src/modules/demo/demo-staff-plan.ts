import { addDays, laterOf, randomDate, shiftYears } from './demo-dates.ts';
import { withWrongCheckChar } from './demo-id-numbers.ts';
import { DEMO_PLAN, planned, type UnitsByShortName } from './demo-plan.ts';
import { GRADUATION_AGE } from './demo-posts.ts';
import type { DemoStaff, generateUnitStaff } from './demo-staff.ts';
import type { Random } from './random.ts';

export type UnitStaff = ReturnType<typeof generateUnitStaff>;

/**
 * People of a unit who hold no leading post, were not hired or leaving this year and sit on
 * the unit's main staffing type: the ones the planted cases are given to.
 */
function ordinaryPeople(unitStaff: UnitStaff, taken: Set<DemoStaff>): DemoStaff[] {
  const mainType = unitStaff.staff[0]?.staffingType;
  return unitStaff.staff.filter((person, i) => {
    const slot = unitStaff.slots[i];
    return (
      slot &&
      !slot.leader &&
      !slot.entry &&
      !slot.exit &&
      person.staffingType === mainType &&
      person.education !== null &&
      !taken.has(person)
    );
  });
}

/**
 * W05 (c) secondments and the W13 data-quality cases: one person on the books of two units
 * (transferred without 出编 at the old one), one mistyped ID number, one empty 学历.
 */
export function plantStaffCases(byUnit: Map<string, UnitStaff>, byShort: UnitsByShortName, rnd: Random) {
  const taken = new Set<DemoStaff>();
  const take = (shortName: string, accept: (p: DemoStaff) => boolean = () => true) => {
    const unitStaff = byUnit.get(planned(byShort, shortName).id);
    const candidates = unitStaff ? ordinaryPeople(unitStaff, taken).filter(accept) : [];
    if (candidates.length === 0)
      throw new Error(`demo plan: nobody in ${shortName} can carry a planted case`);
    const person = rnd.pick(candidates);
    taken.add(person);
    return person;
  };

  for (const { from, to, since } of DEMO_PLAN.secondments) {
    const person = take(from, (p) => p.entryDate < since);
    person.workUnitId = planned(byShort, to).id;
    person.secondedSince = since;
  }

  const graduated = (p: DemoStaff) => shiftYears(p.birthDate, GRADUATION_AGE[p.education ?? 'bachelor']);
  const original = take(DEMO_PLAN.duplicateId.unit, (p) => p.entryDate > shiftYears(graduated(p), 3));
  const ghost = take(DEMO_PLAN.duplicateId.alsoIn);
  ghost.name = original.name;
  ghost.idNumber = original.idNumber;
  ghost.sex = original.sex;
  ghost.birthDate = original.birthDate;
  ghost.education = original.education;
  // The ghost record is the old post the person left without 出编.
  ghost.entryDate = randomDate(
    rnd,
    laterOf(graduated(original), '1990-01-01'),
    addDays(original.entryDate, -30),
  );

  const mistyped = take(DEMO_PLAN.wrongCheckChar);
  mistyped.idNumber = withWrongCheckChar(mistyped.idNumber);
  take(DEMO_PLAN.missingEducation).education = null;
}
