import type { LocalizedText } from '../errors.ts';
import { birthDateOfIdNumber, maskIdNumber, normalizeIdNumber } from './id-number.ts';
import type { StaffMember, UnitSnapshot, WarningHit } from './warnings.schemas.ts';

/**
 * The cross-unit part of W13 实名制数据质量 (DOMAIN.md §4; 查错 S41): the same person registered
 * twice, which is how 吃空饷 (pay for ghost staff, S25) hides. Each unit involved gets one hit
 * per duplicate group, keyed by its first staff member in the group, so rescans keep the key.
 * Abolished and merged units take part: people left on their books are exactly what is sought.
 *
 * People are located by one number, `unitIndex * 2^21 + staffIndex`, so building the index costs
 * one Map entry per distinct value and no objects per person.
 */
const STAFF_SLOTS = 2 ** 21;

type Refs = number | number[];

function addRef(index: Map<string, Refs>, key: string, ref: number): void {
  const seen = index.get(key);
  if (seen === undefined) index.set(key, ref);
  else if (typeof seen === 'number') index.set(key, [seen, ref]);
  else seen.push(ref);
}

type Occurrence = { snapshot: UnitSnapshot; person: StaffMember };

function resolve(snapshots: readonly UnitSnapshot[], ref: number): Occurrence {
  const snapshot = snapshots[Math.floor(ref / STAFF_SLOTS)] as UnitSnapshot;
  return { snapshot, person: snapshot.staff[ref % STAFF_SLOTS] as StaffMember };
}

/** Splits a group by unit, keeping the order in which units and people appear. */
function byUnit(occurrences: Occurrence[]): Map<UnitSnapshot, StaffMember[]> {
  const units = new Map<UnitSnapshot, StaffMember[]>();
  for (const { snapshot, person } of occurrences) {
    const people = units.get(snapshot);
    if (people) people.push(person);
    else units.set(snapshot, [person]);
  }
  return units;
}

/** Names shown in a message, and other units' ids kept in params, per hit. */
const MAX_LISTED = 5;
const MAX_OTHER_UNITS = 20;

const listZh = (names: string[], total: number) =>
  total <= MAX_LISTED ? names.join('、') : `${names.slice(0, MAX_LISTED).join('、')}等 ${total} 个`;
const listEn = (names: string[], total: number) =>
  total <= MAX_LISTED ? names.join(', ') : `${names.slice(0, MAX_LISTED).join(', ')} and ${total - MAX_LISTED} more`;

function reportGroup(
  occurrences: Occurrence[],
  severity: 'red' | 'yellow',
  keyPrefix: string,
  params: Record<string, string>,
  describe: (units: number, times: number) => LocalizedText,
  out: WarningHit[],
): void {
  const units = byUnit(occurrences);
  const all = [...units.keys()];
  const text = describe(units.size, occurrences.length);
  for (const [snapshot, people] of units) {
    // A placeholder ID typed into thousands of records must not cost thousands squared.
    const others: UnitSnapshot[] = [];
    for (const other of all) {
      if (other === snapshot) continue;
      others.push(other);
      if (others.length === MAX_OTHER_UNITS) break;
    }
    const names = people.map((p) => p.name || p.id);
    const otherNames = others.slice(0, MAX_LISTED).map((s) => s.unit.name);
    const otherCount = units.size - 1;
    const where = {
      zh: `本单位：${listZh(names, names.length)}${otherCount ? `；另见：${listZh(otherNames, otherCount)}` : ''}`,
      en: `here: ${listEn(names, names.length)}${otherCount ? `; also in: ${listEn(otherNames, otherCount)}` : ''}`,
    };
    out.push({
      code: 'W13',
      unitId: snapshot.unit.id,
      severity,
      key: `${keyPrefix}:${(people[0] as StaffMember).id}`,
      params: {
        ...params,
        staffIds: people.map((p) => p.id),
        /** At most 20; `units` has the full count. */
        otherUnitIds: others.map((s) => s.unit.id),
        units: units.size,
        occurrences: occurrences.length,
      },
      message: { zh: `${text.zh}（${where.zh}）`, en: `${text.en} (${where.en})` },
    });
  }
}

/**
 * W13, red: an ID number (trimmed, check letter upper-cased) registered on two or more people,
 * in different units or in the same unit. Empty ID numbers are missing fields, not duplicates.
 * Messages and params show the number masked (`110105********002X`).
 */
export function findDuplicateIdNumbers(snapshots: readonly UnitSnapshot[]): WarningHit[] {
  const index = new Map<string, Refs>();
  for (let u = 0; u < snapshots.length; u++) {
    const staff = (snapshots[u] as UnitSnapshot).staff;
    for (let s = 0; s < staff.length; s++) {
      const id = normalizeIdNumber((staff[s] as StaffMember).idNumber);
      if (id !== '') addRef(index, id, u * STAFF_SLOTS + s);
    }
  }
  const out: WarningHit[] = [];
  for (const [id, refs] of index) {
    if (typeof refs === 'number') continue;
    const masked = maskIdNumber(id);
    reportGroup(
      refs.map((ref) => resolve(snapshots, ref)),
      'red',
      'duplicateId',
      { idNumberMasked: masked },
      (units, times) => ({
        zh: `身份证号 ${masked} 在 ${units} 个单位共登记 ${times} 次，疑似重复登记或吃空饷`,
        en: `ID number ${masked} is registered ${times} times in ${units} unit${units > 1 ? 's' : ''}: a duplicate or a ghost employee`,
      }),
      out,
    );
  }
  return out;
}

/**
 * W13, yellow: two or more people with the same name (trimmed) and birth date (recorded, or
 * else read from the ID number when the date in it is real) but different ID numbers. A group in which everybody has
 * the same ID number is left to `findDuplicateIdNumbers`. People without a name or birth date
 * are skipped. Common names do collide; that is why it is yellow, a prompt to look.
 */
export function findDuplicateNameBirthDates(snapshots: readonly UnitSnapshot[]): WarningHit[] {
  const index = new Map<string, Refs>();
  for (let u = 0; u < snapshots.length; u++) {
    const staff = (snapshots[u] as UnitSnapshot).staff;
    for (let s = 0; s < staff.length; s++) {
      const person = staff[s] as StaffMember;
      const birth = person.birthDate ?? birthDateOfIdNumber(person.idNumber);
      if (birth === null || person.name === '') continue;
      const name = person.name.trim();
      if (name !== '') addRef(index, `${birth}|${name}`, u * STAFF_SLOTS + s);
    }
  }
  const out: WarningHit[] = [];
  for (const [key, refs] of index) {
    if (typeof refs === 'number') continue;
    const occurrences = refs.map((ref) => resolve(snapshots, ref));
    const firstId = normalizeIdNumber(occurrences[0]?.person.idNumber ?? '');
    if (firstId !== '' && occurrences.every((o) => normalizeIdNumber(o.person.idNumber) === firstId))
      continue;
    const birthDate = key.slice(0, 10);
    const name = key.slice(11);
    reportGroup(
      occurrences,
      'yellow',
      'duplicateNameBirthDate',
      { name, birthDate },
      (units, times) => ({
        zh: `姓名“${name}”、出生日期 ${birthDate} 相同的人员在 ${units} 个单位共登记 ${times} 次，身份证号不同，请核实是否同一人`,
        en: `"${name}", born ${birthDate}, is registered ${times} times in ${units} unit${units > 1 ? 's' : ''} with different ID numbers: check whether it is one person`,
      }),
      out,
    );
  }
  return out;
}
