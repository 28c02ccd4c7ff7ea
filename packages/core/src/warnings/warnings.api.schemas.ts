import { z } from 'zod';
import { LocalizedTextSchema } from '../api.schemas.ts';
import { warningCodes, warningSeverities } from './warnings.schemas.ts';
import { warningStatuses } from './workflow.ts';

/** A stored warning as lists and the unit page show it. */
export const WarningSchema = z
  .object({
    id: z.uuid(),
    code: z.enum(warningCodes),
    unitId: z.uuid(),
    unitName: z.string(),
    key: z.string(),
    severity: z.enum(warningSeverities.codes),
    status: z.enum(warningStatuses),
    params: z.record(z.string(), z.unknown()),
    message: LocalizedTextSchema,
    /** Each step; `note` is the scan's words in both languages, or an officer's note in both fields. */
    history: z.array(
      z.object({
        status: z.enum(warningStatuses),
        note: LocalizedTextSchema,
        by: z.string(),
        at: z.string(),
      }),
    ),
    firstDetectedAt: z.string(),
    lastDetectedAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'Warning' });
export type Warning = z.infer<typeof WarningSchema>;

/** `live` = still needing attention (open or verified), the figures the summary counts. */
export const warningStatusFilters = [...warningStatuses, 'live'] as const;
export type WarningStatusFilter = (typeof warningStatusFilters)[number];

export const WarningListQuerySchema = z.object({
  code: z.enum(warningCodes).optional(),
  status: z.enum(warningStatusFilters).optional(),
  severity: z.enum(warningSeverities.codes).optional(),
  unitId: z.uuid().optional(),
  regionId: z.uuid().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const WarningSummarySchema = z
  .object({
    rows: z.array(
      z.object({
        code: z.enum(warningCodes),
        regionId: z.uuid(),
        regionName: z.string(),
        severity: z.enum(warningSeverities.codes),
        status: z.enum(warningStatuses),
        n: z.number().int(),
      }),
    ),
    lastScan: z
      .object({
        finishedAt: z.string().nullable(),
        unitsScanned: z.number().int().nullable(),
        hits: z.number().int().nullable(),
      })
      .nullable(),
  })
  .meta({ id: 'WarningSummary' });

export const WarningTransitionInputSchema = z.object({
  version: z.number().int(),
  to: z.enum(warningStatuses),
  note: z.string().trim().min(2).max(1000),
});

/** What a warning scan reports when it finishes (the job run's `result`). */
export const WarningScanResultSchema = z
  .object({
    scanId: z.uuid(),
    unitsScanned: z.number().int(),
    hits: z.number().int(),
    opened: z.number().int(),
    closed: z.number().int(),
    ms: z.number().int(),
  })
  .meta({ id: 'WarningScanResult' });
export type WarningScanResult = z.infer<typeof WarningScanResultSchema>;
