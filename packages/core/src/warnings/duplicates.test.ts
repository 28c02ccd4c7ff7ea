import { describe, expect, it } from 'vitest';
import { findDuplicateIdNumbers, findDuplicateNameBirthDates, findDuplicateStaff } from './duplicates.ts';
import { buildPerson, buildSnapshot } from './test-snapshot.ts';
import type { StaffMember } from './warnings.schemas.ts';

const unit = (id: string, staff: StaffMember[], status: 'active' | 'abolished' = 'active') =>
  buildSnapshot({ unit: { id, name: `单位${id}`, status }, staff });

describe('findDuplicateIdNumbers (W13, red)', () => {
  it('finds one ID number in two units and reports it to both, masked', () => {
    const hits = findDuplicateIdNumbers([
      unit('A', [
        buildPerson({ id: 'a1', name: '张三' }),
        buildPerson({ id: 'a2', idNumber: '440524188001010014' }),
      ]),
      unit('B', [buildPerson({ id: 'b1', name: '张三', idNumber: '11010519491231002x' })]),
      unit('C', [buildPerson({ id: 'c1', idNumber: '' })]),
    ]);
    expect(hits.map((h) => [h.unitId, h.key, h.severity])).toEqual([
      ['A', 'duplicateId:a1', 'red'],
      ['B', 'duplicateId:b1', 'red'],
    ]);
    expect(hits[0]).toMatchObject({
      code: 'W13',
      params: {
        idNumberMasked: '110105********002X',
        staffIds: ['a1'],
        otherUnitIds: ['B'],
        units: 2,
        occurrences: 2,
      },
      message: {
        zh: '身份证号 110105********002X 在 2 个单位共登记 2 次，疑似重复登记或吃空饷（本单位：张三；另见：单位B）',
      },
    });
    expect(JSON.stringify(hits)).not.toContain('11010519491231002X');
  });

  it('groups several people of one unit into one hit for that unit', () => {
    const hits = findDuplicateIdNumbers([
      unit('A', [buildPerson({ id: 'a1' }), buildPerson({ id: 'a2', name: '李四' })]),
      unit('B', [buildPerson({ id: 'b1' })]),
    ]);
    expect(hits.map((h) => [h.unitId, h.params.staffIds, h.params.occurrences])).toEqual([
      ['A', ['a1', 'a2'], 3],
      ['B', ['b1'], 3],
    ]);
  });

  it('finds a duplicate within one unit, and includes abolished units', () => {
    expect(
      findDuplicateIdNumbers([unit('A', [buildPerson({ id: 'a1' }), buildPerson({ id: 'a2' })])]),
    ).toHaveLength(1);
    expect(
      findDuplicateIdNumbers([
        unit('A', [buildPerson({ id: 'a1' })]),
        unit('Z', [buildPerson({ id: 'z1' })], 'abolished'),
      ]),
    ).toHaveLength(2);
  });

  it('matches an ID number typed with an ideographic space and a lower-case x', () => {
    const hits = findDuplicateIdNumbers([
      unit('A', [buildPerson({ id: 'a1' })]),
      unit('B', [buildPerson({ id: 'b1', idNumber: '\u300011010519491231002x' })]),
    ]);
    expect(hits).toHaveLength(2);
  });

  it('keeps a placeholder number shared by many units cheap: 20 other units in params, a count in the text', () => {
    const placeholder = '000000000000000000';
    const units = Array.from({ length: 30 }, (_, i) =>
      unit(`U${i}`, [buildPerson({ id: `p${i}`, idNumber: placeholder })]),
    );
    const hits = findDuplicateIdNumbers(units);
    expect(hits).toHaveLength(30);
    expect(hits[0]?.params).toMatchObject({ units: 30, occurrences: 30 });
    expect(hits[0]?.params.otherUnitIds).toHaveLength(20);
    expect(hits[0]?.message.zh).toContain('另见：单位U1、单位U2、单位U3、单位U4、单位U5等 29 个');
    expect(hits[5]?.params.otherUnitIds).not.toContain('U5');
  });

  it('finds nothing when every ID number is distinct', () => {
    expect(
      findDuplicateIdNumbers([
        unit('A', [buildPerson({ id: 'a1' })]),
        unit('B', [buildPerson({ id: 'b1', idNumber: '440524188001010014' })]),
      ]),
    ).toEqual([]);
  });
});

describe('findDuplicateNameBirthDates (W13, yellow)', () => {
  it('finds the same name and birth date under different ID numbers', () => {
    const hits = findDuplicateNameBirthDates([
      unit('A', [
        buildPerson({ id: 'a1', name: '王芳', birthDate: '1980-05-01', idNumber: '110105198005010011' }),
      ]),
      unit('B', [
        buildPerson({ id: 'b1', name: '王芳 ', birthDate: '1980-05-01', idNumber: '110105198005010020' }),
      ]),
    ]);
    expect(hits.map((h) => [h.unitId, h.key, h.severity, h.params.name, h.params.birthDate])).toEqual([
      ['A', 'duplicateNameBirthDate:a1', 'yellow', '王芳', '1980-05-01'],
      ['B', 'duplicateNameBirthDate:b1', 'yellow', '王芳', '1980-05-01'],
    ]);
  });

  it('reads the birth date from the ID number when none is recorded', () => {
    const hits = findDuplicateNameBirthDates([
      unit('A', [buildPerson({ id: 'a1', birthDate: null })]),
      unit('B', [buildPerson({ id: 'b1', birthDate: '1949-12-31', idNumber: '110105194912310037' })]),
    ]);
    expect(hits).toHaveLength(2);
  });

  it('leaves a group sharing one ID number to the red check, and ignores different birth dates', () => {
    expect(
      findDuplicateNameBirthDates([
        unit('A', [buildPerson({ id: 'a1' })]),
        unit('B', [buildPerson({ id: 'b1' })]),
      ]),
    ).toEqual([]);
    expect(
      findDuplicateNameBirthDates([
        unit('A', [buildPerson({ id: 'a1', birthDate: '1980-01-01', idNumber: '' })]),
        unit('B', [buildPerson({ id: 'b1', birthDate: '1980-01-02', idNumber: '' })]),
      ]),
    ).toEqual([]);
  });
});

describe('findDuplicateStaff', () => {
  it('gives the ID duplicates, then the name-and-birth-date ones, from one pass', () => {
    const hits = findDuplicateStaff([
      unit('A', [
        buildPerson({ id: 'a1' }),
        buildPerson({ id: 'a2', name: '王芳', birthDate: '1980-05-01', idNumber: '110105198005010011' }),
      ]),
      unit('B', [
        buildPerson({ id: 'b1' }),
        buildPerson({ id: 'b2', name: '王芳', birthDate: '1980-05-01', idNumber: '110105198005010020' }),
      ]),
    ]);
    expect(hits.map((h) => `${h.unitId} ${h.severity} ${h.key}`)).toEqual([
      'A red duplicateId:a1',
      'B red duplicateId:b1',
      'A yellow duplicateNameBirthDate:a2',
      'B yellow duplicateNameBirthDate:b2',
    ]);
  });

  it('agrees with a naive search on a few thousand random people', () => {
    let seed = 7;
    const rand = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    const snapshots = Array.from({ length: 200 }, (_, u) =>
      unit(
        `U${u}`,
        Array.from({ length: 20 }, (_, s) =>
          buildPerson({
            id: `${u}-${s}`,
            name: '赵钱孙李'.charAt(rand(4)) + '一二三'.charAt(rand(3)),
            birthDate: `1980-01-${String(1 + rand(28)).padStart(2, '0')}`,
            idNumber: `1101051980010${String(rand(40000)).padStart(5, '0')}`,
          }),
        ),
      ),
    );
    const naive = new Map<string, number>();
    for (const s of snapshots)
      for (const p of s.staff) naive.set(p.idNumber, (naive.get(p.idNumber) ?? 0) + 1);
    const duplicated = [...naive.values()].filter((c) => c > 1).reduce((a, c) => a + c, 0);
    const hits = findDuplicateIdNumbers(snapshots);
    const people = hits.reduce((a, h) => a + (h.params.staffIds as string[]).length, 0);
    expect(duplicated).toBeGreaterThan(0);
    expect(people).toBe(duplicated);

    const byNameBirth = new Map<string, string[]>();
    for (const s of snapshots) {
      for (const p of s.staff) {
        const key = `${p.name}|${p.birthDate}`;
        byNameBirth.set(key, [...(byNameBirth.get(key) ?? []), p.idNumber]);
      }
    }
    const flagged = [...byNameBirth.values()]
      .filter((ids) => ids.length > 1 && new Set(ids).size > 1)
      .reduce((a, ids) => a + ids.length, 0);
    const nameHits = findDuplicateNameBirthDates(snapshots);
    expect(flagged).toBeGreaterThan(0);
    expect(nameHits.reduce((a, h) => a + (h.params.staffIds as string[]).length, 0)).toBe(flagged);
  });
});
