import { z } from 'zod';
import {
  fundingForms,
  staffingTypes,
  unitCategories,
  unitKinds,
  unitRanks,
  unitStatuses,
  unitSystems,
} from './vocabulary.ts';

/** A unit as listed (the registry issue adds detail views). */
export const UnitSummarySchema = z
  .object({
    id: z.uuid(),
    regionId: z.uuid(),
    name: z.string(),
    shortName: z.string().nullable(),
    creditCode: z.string().nullable(),
    kind: z.enum(unitKinds.codes),
    category: z.enum(unitCategories.codes),
    system: z.enum(unitSystems.codes),
    rank: z.enum(unitRanks.codes),
    fundingForm: z.enum(fundingForms.codes),
    status: z.enum(unitStatuses.codes),
    quotaTotal: z.number().int(),
    headcountTotal: z.number().int(),
  })
  .meta({ id: 'UnitSummary' });
export type UnitSummary = z.infer<typeof UnitSummarySchema>;

export const StaffingTypeSchema = z.enum(staffingTypes.codes);

export const UnitListQuerySchema = z.object({
  q: z.string().trim().max(50).optional(),
  kind: z.enum(unitKinds.codes).optional(),
  regionId: z.uuid().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const RegistryOverviewSchema = z
  .object({
    byKind: z.array(
      z.object({
        kind: z.enum(unitKinds.codes),
        units: z.number().int(),
        quota: z.number().int(),
        headcount: z.number().int(),
        overQuota: z.number().int(),
        emptyUnits: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'RegistryOverview' });
export type RegistryOverview = z.infer<typeof RegistryOverviewSchema>;
