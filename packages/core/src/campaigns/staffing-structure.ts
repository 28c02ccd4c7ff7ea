import { z } from 'zod';
import { type EducationLevel, educationLevels } from '../imports/staff-vocabulary.ts';
import { type StaffingType, staffingTypes, vocabulary } from '../registry/vocabulary.ts';
import { parseIsoDate, tryParseIsoDate } from '../warnings/working-days.ts';

/**
 * The staffing-structure analysis of a self-assessment (人员结构分析), computed from the unit's
 * 实名制 roster: head counts by staffing type, by age band and by education, plus the cross table
 * of staffing type × age band the charts stack. Ages are completed years on the reference day
 * (usually the self-assessment phase's start), so the analysis does not drift while the unit
 * fills the form.
 */

export const ageBands = vocabulary({
  upTo35: { zh: '35 岁及以下', en: '35 and under' },
  from36to45: { zh: '36–45 岁', en: '36–45' },
  from46to55: { zh: '46–55 岁', en: '46–55' },
  over55: { zh: '56 岁及以上', en: '56 and over' },
});
export type AgeBand = (typeof ageBands.codes)[number];

/** What the analysis reads of a roster member. */
export type StructureRow = {
  staffingType: StaffingType;
  birthDate: string | null;
  education: EducationLevel | null;
};

const count = z.number().int().min(0);

export const StaffingStructureSchema = z
  .object({
    referenceDate: z.iso.date(),
    total: count,
    byStaffingType: z.array(z.object({ staffingType: z.enum(staffingTypes.codes), count })),
    byAgeBand: z.array(z.object({ band: z.enum(ageBands.codes), count })),
    byEducation: z.array(z.object({ education: z.enum(educationLevels.codes), count })),
    /** Staffing type × age band, every combination listed. */
    typeByAge: z.array(
      z.object({ staffingType: z.enum(staffingTypes.codes), band: z.enum(ageBands.codes), count }),
    ),
    /** Average age of those with a birth date, one decimal; null when nobody has one. */
    averageAge: z.number().nullable(),
    unknownAge: count,
    unknownEducation: count,
  })
  .meta({ id: 'StaffingStructure' });
export type StaffingStructure = z.infer<typeof StaffingStructureSchema>;

/** Completed years between a birth date and the reference day; null for a missing or bad date. */
export function ageOn(birthDate: string | null, referenceDate: string): number | null {
  if (!birthDate || tryParseIsoDate(birthDate) === null) return null;
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ry, rm, rd] = referenceDate.split('-').map(Number) as [number, number, number];
  const age = ry - by - (rm < bm || (rm === bm && rd < bd) ? 1 : 0);
  return age >= 0 ? age : null;
}

/** The band of an age. */
export function ageBandOf(age: number): AgeBand {
  if (age <= 35) return 'upTo35';
  if (age <= 45) return 'from36to45';
  if (age <= 55) return 'from46to55';
  return 'over55';
}

/** The analysis of a roster on a reference day. */
export function analyseStaffingStructure(
  rows: readonly StructureRow[],
  referenceDate: string,
): StaffingStructure {
  parseIsoDate(referenceDate);
  const byType = new Map<StaffingType, number>();
  const byBand = new Map<AgeBand, number>();
  const byEducation = new Map<EducationLevel, number>();
  const cross = new Map<string, number>();
  const bump = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);
  let ageSum = 0;
  let aged = 0;
  let unknownEducation = 0;
  for (const row of rows) {
    bump(byType, row.staffingType);
    const age = ageOn(row.birthDate, referenceDate);
    if (age !== null) {
      const band = ageBandOf(age);
      bump(byBand, band);
      bump(cross, `${row.staffingType}|${band}`);
      ageSum += age;
      aged++;
    }
    if (row.education) bump(byEducation, row.education);
    else unknownEducation++;
  }
  return {
    referenceDate,
    total: rows.length,
    byStaffingType: staffingTypes.codes.map((staffingType) => ({
      staffingType,
      count: byType.get(staffingType) ?? 0,
    })),
    byAgeBand: ageBands.codes.map((band) => ({ band, count: byBand.get(band) ?? 0 })),
    byEducation: educationLevels.codes.map((education) => ({
      education,
      count: byEducation.get(education) ?? 0,
    })),
    typeByAge: staffingTypes.codes.flatMap((staffingType) =>
      ageBands.codes.map((band) => ({
        staffingType,
        band,
        count: cross.get(`${staffingType}|${band}`) ?? 0,
      })),
    ),
    averageAge: aged ? Math.round((ageSum / aged) * 10) / 10 : null,
    unknownAge: rows.length - aged,
    unknownEducation,
  };
}
