import { describe, expect, it } from 'vitest';
import { findDuplicateIdNumbers, findDuplicateNameBirthDates } from './duplicates.ts';
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
