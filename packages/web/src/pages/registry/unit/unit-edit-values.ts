import type { UnitDetail, UnitUpdateInput } from '@bianping/core/registry';
import dayjs, { type Dayjs } from 'dayjs';

type Unit = UnitDetail['unit'];

/** The edit form's values: dates as dayjs for the date picker, empty text as ''. */
export type UnitEditValues = Pick<
  Unit,
  | 'name'
  | 'kind'
  | 'category'
  | 'system'
  | 'rank'
  | 'fundingForm'
  | 'status'
  | 'internalBodiesApproved'
  | 'nonQuotaCap'
  | 'nonQuotaHeadcount'
  | 'parentUnitId'
> & {
  shortName: string;
  creditCode: string;
  foundingDocNo: string;
  foundedOn: Dayjs | null;
  endedOn: Dayjs | null;
};

export const valuesOf = (unit: Unit): UnitEditValues => ({
  name: unit.name,
  shortName: unit.shortName ?? '',
  creditCode: unit.creditCode ?? '',
  kind: unit.kind,
  category: unit.category,
  system: unit.system,
  rank: unit.rank,
  fundingForm: unit.fundingForm,
  status: unit.status,
  parentUnitId: unit.parentUnitId,
  foundedOn: unit.foundedOn ? dayjs(unit.foundedOn) : null,
  endedOn: unit.endedOn ? dayjs(unit.endedOn) : null,
  foundingDocNo: unit.foundingDocNo ?? '',
  internalBodiesApproved: unit.internalBodiesApproved,
  nonQuotaCap: unit.nonQuotaCap,
  nonQuotaHeadcount: unit.nonQuotaHeadcount,
});

const textOrNull = (value: string) => (value.trim() === '' ? null : value.trim());
const dateOrNull = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : null);
const numberOrNull = (value: number | null | undefined) => (value === undefined ? null : value);

/**
 * Only what changed goes to PATCH /units/:id, so the audit entry names the fields the officer
 * actually edited.
 */
export function changesOf(unit: Unit, values: UnitEditValues): UnitUpdateInput {
  const next = {
    name: values.name.trim(),
    shortName: textOrNull(values.shortName),
    creditCode: textOrNull(values.creditCode)?.toUpperCase() ?? null,
    kind: values.kind,
    category: values.category,
    system: values.system,
    rank: values.rank,
    fundingForm: values.fundingForm,
    status: values.status,
    parentUnitId: values.parentUnitId ?? null,
    foundedOn: dateOrNull(values.foundedOn),
    endedOn: dateOrNull(values.endedOn),
    foundingDocNo: textOrNull(values.foundingDocNo),
    internalBodiesApproved: numberOrNull(values.internalBodiesApproved),
    nonQuotaCap: numberOrNull(values.nonQuotaCap),
    nonQuotaHeadcount: numberOrNull(values.nonQuotaHeadcount),
  };
  const input: UnitUpdateInput = { version: unit.version };
  for (const key of Object.keys(next) as (keyof typeof next)[]) {
    if (next[key] !== unit[key]) Object.assign(input, { [key]: next[key] });
  }
  return input;
}
