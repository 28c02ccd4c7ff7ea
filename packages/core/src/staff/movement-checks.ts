import type { LocalizedText } from '../errors.ts';
import type { Sex } from '../imports/staff-vocabulary.ts';
import { birthDateOfIdNumber, normalizeIdNumber, validateIdNumber } from '../warnings/id-number.ts';
import type { IsoDate } from '../warnings/working-days.ts';

/**
 * Checks of a movement that need "today" or the ID number, so they cannot live in the zod
 * schemas: the server runs them before writing, the web form runs the same ones while typing.
 */

/** A problem with one input field. */
export type FieldProblem = { field: string; message: LocalizedText };

/** The dates an input names, with their labels for the message. */
export type NamedDate = { field: string; label: LocalizedText; value: IsoDate | null | undefined };

/** The first date that lies after today ("today" is China Standard Time on the server). */
export function futureDateProblem(dates: readonly NamedDate[], today: IsoDate): FieldProblem | null {
  for (const { field, label, value } of dates) {
    if (value && value > today) {
      return {
        field,
        message: {
          zh: `${label.zh}（${value}）不能晚于今天（${today}）`,
          en: `${label.en} (${value}) cannot be later than today (${today})`,
        },
      };
    }
  }
  return null;
}

/** 性别 from the 17th character of an ID number (odd for men), or null when it is not a digit. */
export function sexOfIdNumber(raw: string): Sex | null {
  const digit = normalizeIdNumber(raw).charCodeAt(16) - 48;
  if (!(digit >= 0 && digit <= 9)) return null;
  return digit % 2 === 1 ? 'male' : 'female';
}

/** Birth date and sex as the ID number states them; null fields when it states none. */
export function personFactsOfIdNumber(raw: string): { birthDate: IsoDate | null; sex: Sex | null } {
  const birthDate = birthDateOfIdNumber(raw);
  return { birthDate, sex: birthDate === null ? null : sexOfIdNumber(raw) };
}

/**
 * The ID number of a new person: valid per GB 11643 (check character, real birth date not after
 * today), and agreeing with the birth date and sex typed beside it.
 */
export function entryPersonProblem(
  person: { idNumber: string; birthDate?: IsoDate | null; sex?: Sex | null },
  today: IsoDate,
): FieldProblem | null {
  const invalid = validateIdNumber(person.idNumber, today);
  if (invalid) return { field: 'idNumber', message: invalid };
  const facts = personFactsOfIdNumber(person.idNumber);
  if (person.birthDate && facts.birthDate && person.birthDate !== facts.birthDate) {
    return {
      field: 'birthDate',
      message: {
        zh: `出生日期与身份证号不符（身份证号中为 ${facts.birthDate}）`,
        en: `The birth date differs from the ID number (${facts.birthDate})`,
      },
    };
  }
  if (person.sex && facts.sex && person.sex !== facts.sex) {
    return {
      field: 'sex',
      message: {
        zh: `性别与身份证号不符（身份证号第 17 位表示${facts.sex === 'male' ? '男' : '女'}）`,
        en: `The sex differs from the ID number (its 17th digit says ${facts.sex})`,
      },
    };
  }
  return null;
}

/** Labels of the dates the movement forms ask for. */
export const movementDateLabels = {
  issuedOn: { zh: '核准日期', en: 'Approval date' },
  entryDate: { zh: '入编日期', en: 'Entry date' },
  eventDate: { zh: '离开日期', en: 'Date of leaving' },
  processedOn: { zh: '办理出编日期', en: 'Exit processing date' },
} as const satisfies Record<string, LocalizedText>;
