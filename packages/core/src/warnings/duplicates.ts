import type { LocalizedText } from '../errors.ts';
import { birthYmdOf, maskIdNumber, normalizeIdNumber, ymdOf } from './id-number.ts';
import type { StaffMember, UnitSnapshot, WarningHit } from './warnings.schemas.ts';

/**
 * The cross-unit part of W13 实名制数据质量 (DOMAIN.md §4; 查错 S41): the same person registered
 * twice, which is how 吃空饷 (pay for ghost staff, S25) hides. Each unit involved gets one hit
 * per duplicate group, keyed by its first staff member in the group, so rescans keep the key.
 * Abolished and merged units take part: people left on their books are exactly what is sought.
 *
 * A province holds millions of people, so nothing is allocated per person. While units are
 * added, each person's keys are hashed into a typed array (sequential writes only). At the end
 * the hashes are bucketed by their top 8 bits, and each bucket — small enough for the processor
 * cache — is sorted natively as packed numbers (rest of the hash, position); equal neighbours
 * are the candidates, and only those are grouped by their real keys in a Map. A Map of every
 * person's key costs seconds and gigabytes of garbage over 2.5 million people, and a big bit set
 * costs a cache miss per person; typed arrays stay under ~64 MB in all, as more would trigger
 * full garbage collections ("external memory pressure") over the server's heap.
 */

type Occurrence = { snapshot: UnitSnapshot; person: StaffMember };

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 16777619;

/** The whitespace `String.prototype.trim` removes. */
function isTrimmed(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** FNV-1a of `text.trim()` without building it, continued from `seed`; 0 when it is empty. */
function hashTrimmed(text: string, seed: number): number {
  let start = 0;
  let end = text.length;
  while (start < end && isTrimmed(text.charCodeAt(start))) start++;
  while (end > start && isTrimmed(text.charCodeAt(end - 1))) end--;
  if (start === end) return 0;
  let hash = seed;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return mixHash(hash);
}

/** MurmurHash3's final mix, so the top bits that pick the bit-set slot are well spread; never 0. */
function mixHash(hash: number): number {
  let h = hash;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0 || 1;
}

/** The ID number as compared: trimmed, check letter upper-cased; '' when empty. */
const idKey = (person: StaffMember) => normalizeIdNumber(person.idNumber);

/** `YYYYMMDD` of the recorded birth date, else of the date in the ID number; -1 when unknown. */
function birthKey(person: StaffMember): number {
  const date = person.birthDate;
  if (date === null) return birthYmdOf(normalizeIdNumber(person.idNumber));
  return ymdOf(date);
}

function nameBirthHash(person: StaffMember): number {
  const nameHash = hashTrimmed(person.name, FNV_OFFSET);
  if (nameHash === 0) return 0;
  const birth = birthKey(person);
  return birth < 0 ? 0 : mixHash(Math.imul(nameHash ^ birth, FNV_PRIME));
}

/** Positions are packed below the 24 remaining hash bits: at most 2^28 people per scan. */
const POSITION_BITS = 28;
const POSITION_SCALE = 2 ** POSITION_BITS;
const MAX_PEOPLE = POSITION_SCALE;

/**
 * Positions of the people whose keys hash alike (the full 32 bits, never 0), in runs of two or
 * more; each run in input order, runs in no particular order. `scratch` holds one number per
 * person and is reused between calls.
 */
function equalHashRuns(hashes: Uint32Array, count: number, scratch: Float64Array): number[][] {
  const start = new Uint32Array(257);
  for (let n = 0; n < count; n++) {
    const hash = hashes[n] as number;
    if (hash !== 0) start[(hash >>> 24) + 1] = (start[(hash >>> 24) + 1] as number) + 1;
  }
  for (let b = 1; b <= 256; b++) start[b] = (start[b] as number) + (start[b - 1] as number);
  const fill = start.slice(0, 256);
  for (let n = 0; n < count; n++) {
    const hash = hashes[n] as number;
    if (hash === 0) continue;
    const bucket = hash >>> 24;
    const at = fill[bucket] as number;
    fill[bucket] = at + 1;
    scratch[at] = (hash & 0xffffff) * POSITION_SCALE + n;
  }
  const runs: number[][] = [];
  for (let b = 0; b < 256; b++) {
    const bucket = scratch.subarray(start[b], start[b + 1]);
    bucket.sort();
    for (let i = 0; i < bucket.length; ) {
      const high = Math.floor((bucket[i] as number) / POSITION_SCALE);
      let end = i + 1;
      while (end < bucket.length && Math.floor((bucket[end] as number) / POSITION_SCALE) === high) end++;
      if (end - i > 1) {
        const run: number[] = [];
        for (let j = i; j < end; j++) run.push((bucket[j] as number) % POSITION_SCALE);
        runs.push(run);
      }
      i = end;
    }
  }
  return runs;
}

/**
 * The people whose hashes are shared, grouped by their real key (a group of one was a chance
 * hash collision), in the order of each group's first member.
 */
function groupsOf(
  snapshots: readonly UnitSnapshot[],
  unitStart: readonly number[],
  runs: number[][],
  keyOf: (person: StaffMember) => string,
): Map<string, Occurrence[]> {
  const positions = runs.flat().sort((a, b) => a - b);
  const groups = new Map<string, Occurrence[]>();
  let u = 0;
  for (const n of positions) {
    while ((unitStart[u + 1] as number) <= n) u++;
    const snapshot = snapshots[u] as UnitSnapshot;
    const person = snapshot.staff[n - (unitStart[u] as number)] as StaffMember;
    const key = keyOf(person);
    const group = groups.get(key);
    if (group) group.push({ snapshot, person });
    else groups.set(key, [{ snapshot, person }]);
  }
  return groups;
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
  total <= MAX_LISTED
    ? names.join(', ')
    : `${names.slice(0, MAX_LISTED).join(', ')} and ${total - MAX_LISTED} more`;

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

function reportDuplicateIds(groups: Map<string, Occurrence[]>, out: WarningHit[]): void {
  for (const [id, group] of groups) {
    if (group.length < 2) continue;
    const masked = maskIdNumber(id);
    reportGroup(
      group,
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
}

function reportDuplicateNameBirthDates(groups: Map<string, Occurrence[]>, out: WarningHit[]): void {
  for (const [key, group] of groups) {
    if (group.length < 2) continue;
    const firstId = idKey((group[0] as Occurrence).person);
    if (firstId !== '' && group.every((o) => idKey(o.person) === firstId)) continue;
    const birthDate = `${key.slice(0, 4)}-${key.slice(4, 6)}-${key.slice(6, 8)}`;
    const name = key.slice(9);
    reportGroup(
      group,
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
}

/** Which duplicate checks a finder runs. */
export type DuplicateChecks = { ids: boolean; nameBirthDates: boolean };

/**
 * Duplicate search fed unit by unit, so that a scan can hash a unit's people right after the
 * rules have read them, while they are still in the processor cache. `totalPeople` must be at
 * least the number of staff that will be added.
 */
export type DuplicateFinder = {
  add(snapshot: UnitSnapshot): void;
  /** The duplicate-ID hits (red), then the name-and-birth-date hits (yellow). */
  finish(): WarningHit[];
};

export function createDuplicateFinder(
  totalPeople: number,
  checks: DuplicateChecks = { ids: true, nameBirthDates: true },
): DuplicateFinder {
  if (totalPeople > MAX_PEOPLE) throw new RangeError(`at most ${MAX_PEOPLE} people per duplicate search`);
  const idHashes = new Uint32Array(checks.ids ? totalPeople : 0);
  const nameHashes = new Uint32Array(checks.nameBirthDates ? totalPeople : 0);
  const snapshots: UnitSnapshot[] = [];
  const unitStart: number[] = [0];
  let n = 0;
  return {
    add(snapshot) {
      const staff = snapshot.staff;
      if (n + staff.length > totalPeople) throw new RangeError('more staff added than totalPeople');
      snapshots.push(snapshot);
      for (let s = 0; s < staff.length; s++, n++) {
        const person = staff[s] as StaffMember;
        if (checks.ids) idHashes[n] = hashTrimmed(idKey(person), FNV_OFFSET);
        if (checks.nameBirthDates) nameHashes[n] = nameBirthHash(person);
      }
      unitStart.push(n);
    },
    finish() {
      const out: WarningHit[] = [];
      const scratch = new Float64Array(n);
      if (checks.ids) {
        const runs = equalHashRuns(idHashes, n, scratch);
        reportDuplicateIds(groupsOf(snapshots, unitStart, runs, idKey), out);
      }
      if (checks.nameBirthDates) {
        const runs = equalHashRuns(nameHashes, n, scratch);
        const key = (person: StaffMember) => `${birthKey(person)}|${person.name.trim()}`;
        reportDuplicateNameBirthDates(groupsOf(snapshots, unitStart, runs, key), out);
      }
      return out;
    },
  };
}

function findDuplicates(snapshots: readonly UnitSnapshot[], checks: DuplicateChecks): WarningHit[] {
  let total = 0;
  for (const snapshot of snapshots) total += snapshot.staff.length;
  const finder = createDuplicateFinder(total, checks);
  for (const snapshot of snapshots) finder.add(snapshot);
  return finder.finish();
}

/**
 * W13, red: an ID number (trimmed, check letter upper-cased) registered on two or more people,
 * in different units or in the same unit. Empty ID numbers are missing fields, not duplicates.
 * Messages and params show the number masked (`110105********002X`).
 */
export function findDuplicateIdNumbers(snapshots: readonly UnitSnapshot[]): WarningHit[] {
  return findDuplicates(snapshots, { ids: true, nameBirthDates: false });
}

/**
 * W13, yellow: two or more people with the same name (trimmed) and birth date (recorded, or
 * else read from the ID number when the date in it is real) but different ID numbers. A group
 * in which everybody has the same ID number is left to `findDuplicateIdNumbers`. People
 * without a name or birth date are skipped. Common names do collide; that is why it is yellow,
 * a prompt to look.
 */
export function findDuplicateNameBirthDates(snapshots: readonly UnitSnapshot[]): WarningHit[] {
  return findDuplicates(snapshots, { ids: false, nameBirthDates: true });
}

/** Both checks in one pass through the people: the duplicate-ID hits, then the name ones. */
export function findDuplicateStaff(snapshots: readonly UnitSnapshot[]): WarningHit[] {
  return findDuplicates(snapshots, { ids: true, nameBirthDates: true });
}
