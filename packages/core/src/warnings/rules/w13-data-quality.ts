import { validateCreditCode } from '../../registry/credit-code.ts';
import { idNumberProblem, idNumberProblems, normalizeIdNumber, ymdOf } from '../id-number.ts';
import type { StaffMember, WarningHit } from '../warnings.schemas.ts';
import { defineRule, hit, total } from './rule.ts';

/**
 * W13 实名制数据质量 (DOMAIN.md §4; 查错 S41, mandatory fields S33, payroll S56), on one unit —
 * duplicates across units are `findDuplicateIdNumbers` / `findDuplicateNameBirthDates`
 * (duplicates.ts). Runs on merged and abolished units too. All yellow:
 * - `creditCode`: a 统一社会信用代码 that fails GB 32100 (format or check character);
 * - `unitFields`: mandatory unit fields left empty;
 * - `idNumber:<staffId>`: an ID number that fails GB 11643 (format, birth date, check character);
 * - `birthDate:<staffId>`: a valid ID number whose birth date differs from the recorded one;
 * - `fields:<staffId>`: mandatory staff fields left empty (name and ID number always count);
 * - `secondedSince:<staffId>`: working outside the quota unit with no secondment start date;
 * - `payroll`: ΣH in the registry ≠ the headcount of the latest payroll import.
 */
export const w13DataQuality = defineRule({
  code: 'W13',
  name: { zh: '实名制数据质量', en: 'Registry data quality' },
  severity: 'yellow',
  describe: () => ({
    zh: '身份证号跨单位重复（红色，疑似吃空饷）；姓名与出生日期相同；身份证号或统一社会信用代码校验位错误、身份证号中出生日期不存在或与登记不符；必填项为空；借调未登记起始日期；实名制在编人数与工资统发人数不一致。',
    en: 'Duplicate ID numbers across units (red: possible ghost staff); same name and birth date; wrong check character in an ID number or credit code, a non-existent birth date in an ID number or one differing from the record; empty mandatory fields; secondment without a start date; registry headcount differing from the payroll import.',
  }),
  collect(snapshot, _settings, today, out) {
    const { unit } = snapshot;
    const unitId = unit.id;
    const creditCode = unit.creditCode?.trim();
    if (creditCode) {
      const problem = validateCreditCode(creditCode);
      if (problem) {
        out.push(
          hit(
            'W13',
            unitId,
            'yellow',
            'creditCode',
            { creditCode },
            {
              zh: `统一社会信用代码 ${creditCode} 有误：${problem.zh}`,
              en: `Credit code ${creditCode} is invalid: ${problem.en}`,
            },
          ),
        );
      }
    }
    if (unit.missingFields.length > 0) {
      out.push(
        hit(
          'W13',
          unitId,
          'yellow',
          'unitFields',
          { missingFields: unit.missingFields },
          {
            zh: `机构信息必填项为空：${unit.missingFields.join('、')}`,
            en: `Mandatory unit fields are empty: ${unit.missingFields.join(', ')}`,
          },
        ),
      );
    }
    const todayYmd = ymdOf(today);
    for (const person of snapshot.staff) checkPerson(unitId, person, todayYmd, out);
    if (snapshot.payrollHeadcount !== null) {
      const registry = total(snapshot.headcount);
      const payroll = snapshot.payrollHeadcount;
      if (registry !== payroll) {
        out.push(
          hit(
            'W13',
            unitId,
            'yellow',
            'payroll',
            { registry, payroll, difference: registry - payroll },
            {
              zh: `实名制在编 ${registry} 名，工资统发 ${payroll} 名，相差 ${Math.abs(registry - payroll)} 名`,
              en: `${registry} in post in the registry but ${payroll} on the payroll import, ${Math.abs(registry - payroll)} apart`,
            },
          ),
        );
      }
    }
  },
});

function checkPerson(unitId: string, person: StaffMember, todayYmd: number, out: WarningHit[]): void {
  const who = person.name || person.id;
  const idNumber = normalizeIdNumber(person.idNumber);
  if (idNumber !== '') {
    const problem = idNumberProblem(idNumber, todayYmd);
    if (problem !== 'ok') {
      const text = idNumberProblems[problem];
      out.push(
        hit(
          'W13',
          unitId,
          'yellow',
          `idNumber:${person.id}`,
          { staffId: person.id, problem },
          {
            zh: `${who}：${text.zh}`,
            en: `${who}: ${text.en}`,
          },
        ),
      );
    } else if (person.birthDate !== null && !sameBirthDate(idNumber, person.birthDate)) {
      const inId = `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
      out.push(
        hit(
          'W13',
          unitId,
          'yellow',
          `birthDate:${person.id}`,
          { staffId: person.id, recorded: person.birthDate, inIdNumber: inId },
          {
            zh: `${who}：登记的出生日期 ${person.birthDate} 与身份证号中的 ${inId} 不符`,
            en: `${who}: recorded birth date ${person.birthDate} differs from ${inId} in the ID number`,
          },
        ),
      );
    }
  }
  const noName = person.name.trim() === '';
  const missing =
    noName || idNumber === ''
      ? [...(noName ? ['name'] : []), ...(idNumber === '' ? ['idNumber'] : []), ...person.missingFields]
      : person.missingFields;
  if (missing.length > 0) {
    out.push(
      hit(
        'W13',
        unitId,
        'yellow',
        `fields:${person.id}`,
        { staffId: person.id, missingFields: missing },
        {
          zh: `${who}：必填项为空：${missing.join('、')}`,
          en: `${who}: mandatory fields are empty: ${missing.join(', ')}`,
        },
      ),
    );
  }
  if (person.workUnitId !== person.unitId && person.secondedSince === null) {
    out.push(
      hit(
        'W13',
        unitId,
        'yellow',
        `secondedSince:${person.id}`,
        { staffId: person.id, workUnitId: person.workUnitId },
        {
          zh: `${who}：实际工作单位与编制所在单位不一致，未登记借调起始日期`,
          en: `${who}: works outside the unit holding the quota, with no secondment start date`,
        },
      ),
    );
  }
}

/** Compares `YYYY-MM-DD` with positions 7–14 of the ID number without building strings. */
function sameBirthDate(idNumber: string, birthDate: string): boolean {
  for (let i = 0; i < 8; i++) {
    const j = i < 4 ? i : i < 6 ? i + 1 : i + 2;
    if (idNumber.charCodeAt(6 + i) !== birthDate.charCodeAt(j)) return false;
  }
  return true;
}
