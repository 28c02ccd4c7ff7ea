import { z } from 'zod';
import { unitCategories, unitKinds } from './vocabulary.ts';
import { isReservedMeasureName } from './workload-measures.ts';

/**
 * 工作量: the measure definitions per category (工作量指标), a year's workload entered on the
 * unit page, and the peer comparison (同类对比).
 */

const categoryOrAll = z.enum(unitCategories.codes).nullable();

/** A workload measure a unit of the category (null: of every category) reports each year. */
export const WorkloadMeasureSchema = z
  .object({
    id: z.uuid(),
    category: categoryOrAll,
    name: z.string(),
    /** 计量单位: 件, 人次, 户次 … */
    unitLabel: z.string().nullable(),
    description: z.string().nullable(),
    sortOrder: z.number().int(),
    version: z.number().int(),
    /** Workload rows reported under this definition; a used measure cannot be deleted or renamed. */
    rowsInUse: z.number().int(),
  })
  .meta({ id: 'WorkloadMeasure' });
export type WorkloadMeasure = z.infer<typeof WorkloadMeasureSchema>;

const measureName = z
  .string()
  .trim()
  .min(1)
  .max(50)
  .refine((name) => !isReservedMeasureName(name), '预算是固定指标，不能另行定义 / the budget is built in');

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .transform((v) => (v === '' ? null : v));

export const WorkloadMeasureInputSchema = z.object({
  category: categoryOrAll,
  name: measureName,
  unitLabel: optionalText(10).default(null),
  description: optionalText(500).default(null),
  sortOrder: z.number().int().min(0).max(9999).default(0),
});
export type WorkloadMeasureInput = z.input<typeof WorkloadMeasureInputSchema>;

export const WorkloadMeasureUpdateSchema = z.object({
  version: z.number().int(),
  category: categoryOrAll.optional(),
  name: measureName.optional(),
  unitLabel: optionalText(10).optional(),
  description: optionalText(500).optional(),
  sortOrder: z.number().int().min(0).max(9999).optional(),
});
export type WorkloadMeasureUpdate = z.input<typeof WorkloadMeasureUpdateSchema>;

export const WorkloadMeasureListQuerySchema = z.object({
  /** Only the definitions that apply to this category (its own and those for every category). */
  category: z.enum(unitCategories.codes).optional(),
});

/** DELETE states the version it saw, like every other change of an editable record. */
export const VersionQuerySchema = z.object({ version: z.coerce.number().int() });

export const UnitYearParamsSchema = z.object({
  id: z.uuid(),
  year: z.coerce.number().int().min(1949).max(2100),
});

/**
 * A year's workload of a unit. Each listed measure is set (a value) or cleared (null); measures
 * not listed keep their figures. The budget is measure `budget` (万元).
 */
export const WorkloadYearInputSchema = z.object({
  version: z.number().int(),
  values: z
    .array(
      z.object({
        measure: z.string().trim().min(1).max(50),
        value: z.number().min(0).max(1e12).nullable(),
      }),
    )
    .min(1)
    .max(60)
    .refine(
      (rows) => new Set(rows.map((r) => r.measure)).size === rows.length,
      '同一指标只能填一次 / each measure may appear once',
    ),
});
export type WorkloadYearInput = z.input<typeof WorkloadYearInputSchema>;

export const PeerComparisonQuerySchema = z.object({
  /** Defaults to the latest year with figures of the unit (or, failing that, of its peers). */
  year: z.coerce.number().int().min(1949).max(2100).optional(),
});

const FigureStatSchema = z.object({
  self: z.number().nullable(),
  median: z.number().nullable(),
  rank: z.number().int().nullable(),
  of: z.number().int(),
});

export const PeerMemberSchema = z.object({
  /** The unit itself, a peer benchmark of another region, or a unit of the same region. */
  source: z.enum(['self', 'benchmark', 'local']),
  /** The unit's id, when the viewer may open its page. */
  unitId: z.uuid().nullable(),
  name: z.string(),
  regionName: z.string(),
  quota: z.number().int().nullable(),
  headcount: z.number().int().nullable(),
  workload: z.record(z.string(), z.number()),
  perCapita: z.record(z.string(), z.number()),
  quotaPer1000: z.record(z.string(), z.number()),
});
export type PeerMember = z.infer<typeof PeerMemberSchema>;

export const PeerComparisonSchema = z
  .object({
    unitId: z.uuid(),
    category: z.enum(unitCategories.codes),
    kind: z.enum(unitKinds.codes),
    /** The compared year; null when neither the unit nor any peer has figures. */
    year: z.number().int().nullable(),
    /** Years with figures of the unit or its peers, newest first. */
    years: z.array(z.number().int()),
    /** Measures compared, defined ones first in their order, the budget last. */
    measures: z.array(z.object({ name: z.string(), unitLabel: z.string().nullable() })),
    members: z.array(PeerMemberSchema),
    stats: z.object({
      quota: FigureStatSchema,
      headcount: FigureStatSchema,
      measures: z.array(
        z.object({
          measure: z.string(),
          value: FigureStatSchema,
          perCapita: FigureStatSchema,
          quotaPer1000: FigureStatSchema,
        }),
      ),
    }),
    /**
     * Month (YYYY-MM) of the staffing snapshot the local quota and headcount come from: the
     * year's last recorded month-end. Null when the year has none and current figures are used.
     */
    staffingMonth: z.string().nullable(),
  })
  .meta({ id: 'PeerComparison' });
export type PeerComparison = z.infer<typeof PeerComparisonSchema>;
