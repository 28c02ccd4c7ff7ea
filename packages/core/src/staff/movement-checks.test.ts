import { describe, expect, it } from 'vitest';
import {
  entryPersonProblem,
  futureDateProblem,
  movementDateLabels,
  personFactsOfIdNumber,
  sexOfIdNumber,
} from './movement-checks.ts';
import { EntryInputSchema, ExitInputSchema } from './staff.schemas.ts';

// GB 11643-1999's own examples: a woman born 1949-12-31 and a man born 1880-01-01.
const WOMAN = '11010519491231002X';
const MAN = '440524188001010014';

describe('ID number facts', () => {
  it('reads sex from the 17th digit and birth date from positions 7–14', () => {
    expect(sexOfIdNumber(WOMAN)).toBe('female');
    expect(personFactsOfIdNumber(MAN)).toEqual({ birthDate: '1880-01-01', sex: 'male' });
    expect(personFactsOfIdNumber('12345')).toEqual({ birthDate: null, sex: null });
  });
});

describe('entryPersonProblem', () => {
  const today = '2026-11-20';

  it('accepts a valid number with matching or absent facts', () => {
    expect(entryPersonProblem({ idNumber: WOMAN }, today)).toBeNull();
    expect(entryPersonProblem({ idNumber: WOMAN, birthDate: '1949-12-31', sex: 'female' }, today)).toBeNull();
  });

  it('refuses a wrong check character on the idNumber field', () => {
    expect(entryPersonProblem({ idNumber: '110105194912310021' }, today)).toEqual({
      field: 'idNumber',
      message: { zh: '身份证号校验位错误', en: 'ID number check character is wrong' },
    });
  });

  it('refuses a birth date or sex that contradicts the number', () => {
    expect(entryPersonProblem({ idNumber: WOMAN, birthDate: '1950-01-01' }, today)).toMatchObject({
      field: 'birthDate',
    });
    expect(entryPersonProblem({ idNumber: WOMAN, sex: 'male' }, today)).toMatchObject({ field: 'sex' });
  });
});

describe('futureDateProblem', () => {
  it('names the first date after today', () => {
    const problem = futureDateProblem(
      [
        { field: 'eventDate', label: movementDateLabels.eventDate, value: '2026-11-01' },
        { field: 'processedOn', label: movementDateLabels.processedOn, value: '2026-12-01' },
      ],
      '2026-11-20',
    );
    expect(problem).toEqual({
      field: 'processedOn',
      message: {
        zh: '办理出编日期（2026-12-01）不能晚于今天（2026-11-20）',
        en: 'Exit processing date (2026-12-01) cannot be later than today (2026-11-20)',
      },
    });
    expect(
      futureDateProblem([{ field: 'x', label: movementDateLabels.entryDate, value: null }], '2026-11-20'),
    ).toBeNull();
  });
});

describe('movement input schemas', () => {
  const exit = {
    version: 1,
    staffMemberId: '00000000-0000-4000-8000-000000000001',
    reason: 'retirement',
    eventDate: '2026-03-02',
  };

  it('refuses an 出编 processed before the person left, or without its document', () => {
    const early = ExitInputSchema.safeParse({
      ...exit,
      processedOn: '2026-03-01',
      docNo: '示编出〔2026〕1号',
    });
    expect(early.error?.issues[0]?.path).toEqual(['processedOn']);
    const noDoc = ExitInputSchema.safeParse({ ...exit, processedOn: '2026-03-03' });
    expect(noDoc.error?.issues[0]?.path).toEqual(['docNo']);
    expect(ExitInputSchema.safeParse(exit).success).toBe(true);
  });

  it('takes an entry without an approval', () => {
    const entry = EntryInputSchema.safeParse({
      version: 1,
      hireApprovalId: null,
      docNo: '示编入〔2026〕1号',
      entryDate: '2026-03-02',
      name: '王示例',
      idNumber: WOMAN,
      staffingType: 'institutional',
    });
    expect(entry.success).toBe(true);
  });
});
