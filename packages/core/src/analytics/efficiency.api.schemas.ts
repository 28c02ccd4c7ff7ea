import { z } from 'zod';
import { LocalizedTextSchema } from '../api.schemas.ts';
import { unitCategories, unitKinds } from '../registry/vocabulary.ts';

/**
 * The HTTP contract of 使用效益 (/api/v1/analytics/…): the choices the page offers, DEA and
 * Malmquist over a peer group of the registry, and 编制测算 for one unit. The methods themselves are
 * `dea.ts`, `malmquist.ts` and `staffing-need.ts`; these schemas only carry their inputs and results
 * with the names and regions an officer reads.
 */

/** DEA inputs the registry has per unit and year. `budget` is the workload row of that name (万元). */
export const efficiencyInputs = ['quota', 'headcount', 'budget'] as const;
export type EfficiencyInput = (typeof efficiencyInputs)[number];

const year = z.number().int().min(1949).max(2100);

export const EfficiencyOptionsSchema = z
  .object({
    /** Categories with local units in the caller's scope or peer benchmarks. */
    categories: z.array(z.enum(unitCategories.codes)),
    /** Years with workload figures (local or benchmark), newest first. */
    years: z.array(z.number().int()),
    /** Workload measures per category (its own and those for all categories), the budget left out. */
    measures: z.record(z.string(), z.array(z.object({ name: z.string(), unitLabel: z.string().nullable() }))),
    /** Regions the caller may choose from (its scope). */
    regions: z.array(z.object({ id: z.uuid(), name: z.string(), parentId: z.uuid().nullable() })),
  })
  .meta({ id: 'EfficiencyOptions' });
export type EfficiencyOptions = z.infer<typeof EfficiencyOptionsSchema>;

/**
 * Who is compared: local units of a category (and optionally a kind) in the chosen regions and the
 * regions below them (default: the caller's whole scope), plus the peer benchmarks of the category;
 * or explicitly listed units (plus benchmarks of their category when asked).
 */
export const PeerGroupSchema = z.object({
  category: z.enum(unitCategories.codes),
  kind: z.enum(unitKinds.codes).optional(),
  regionIds: z.array(z.uuid()).max(500).optional(),
  unitIds: z.array(z.uuid()).min(1).max(20_000).optional(),
  includeBenchmarks: z.boolean().default(true),
});
export type PeerGroup = z.infer<typeof PeerGroupSchema>;

const measureNames = z.array(z.string().min(1).max(100)).min(1).max(10);

export const DeaRequestSchema = PeerGroupSchema.extend({
  year,
  inputs: z.array(z.enum(efficiencyInputs)).min(1).max(3),
  outputs: measureNames,
  model: z.enum(['ccr', 'bcc']).default('ccr'),
  orientation: z.enum(['input', 'output']).default('input'),
  superEfficiency: z.boolean().default(false),
});
export type DeaRequest = z.input<typeof DeaRequestSchema>;

/** A compared institution: a local unit (with its id) or a peer benchmark. */
const MemberSchema = z.object({
  key: z.string(),
  source: z.enum(['local', 'benchmark']),
  unitId: z.uuid().nullable(),
  name: z.string(),
  regionName: z.string(),
});

export const LeftOutSchema = MemberSchema.extend({ reason: LocalizedTextSchema });
export type LeftOut = z.infer<typeof LeftOutSchema>;

export const DeaRowSchema = MemberSchema.extend({
  /** The data used: inputs then outputs, in the request's order. */
  inputValues: z.array(z.number()),
  outputValues: z.array(z.number()),
  /** null when the super-efficiency model is infeasible (`infeasible: true`). */
  efficiency: z.number().nullable(),
  infeasible: z.boolean(),
  isEfficient: z.boolean(),
  peers: z.array(z.object({ key: z.string(), name: z.string(), lambda: z.number() })),
  inputTargets: z.array(z.number().nullable()),
  outputTargets: z.array(z.number().nullable()),
  /** 可优化编制: quota − its target, rounded down to whole posts; null without quota as input. */
  reducibleQuota: z.number().int().nullable(),
});
export type DeaRow = z.infer<typeof DeaRowSchema>;

export const DeaResponseSchema = z
  .object({
    year: z.number().int(),
    inputs: z.array(z.enum(efficiencyInputs)),
    outputs: z.array(z.string()),
    model: z.enum(['ccr', 'bcc']),
    orientation: z.enum(['input', 'output']),
    superEfficiency: z.boolean(),
    rows: z.array(DeaRowSchema),
    leftOut: z.array(LeftOutSchema),
  })
  .meta({ id: 'DeaResponse' });
export type DeaResponse = z.infer<typeof DeaResponseSchema>;

export const MalmquistRequestSchema = PeerGroupSchema.extend({
  fromYear: year,
  toYear: year,
  inputs: z.array(z.enum(efficiencyInputs)).min(1).max(3),
  outputs: measureNames,
  orientation: z.enum(['input', 'output']).default('input'),
});
export type MalmquistRequest = z.input<typeof MalmquistRequestSchema>;

const ChangeSchema = z.object({
  fromYear: z.number().int(),
  toYear: z.number().int(),
  malmquist: z.number(),
  efficiencyChange: z.number(),
  technicalChange: z.number(),
  pureEfficiencyChange: z.number(),
  scaleChange: z.number(),
});

export const MalmquistResponseSchema = z
  .object({
    years: z.array(z.number().int()),
    rows: z.array(MemberSchema.extend({ changes: z.array(ChangeSchema) })),
    means: z.array(
      ChangeSchema.pick({
        fromYear: true,
        toYear: true,
        malmquist: true,
        efficiencyChange: true,
        technicalChange: true,
      }),
    ),
    leftOut: z.array(LeftOutSchema),
  })
  .meta({ id: 'MalmquistResponse' });
export type MalmquistResponse = z.infer<typeof MalmquistResponseSchema>;

export const StaffingNeedQuerySchema = z.object({
  year: z.coerce.number().int().min(1949).max(2100).optional(),
  /** Comma-separated measure names. */
  measures: z
    .string()
    .min(1)
    .max(1000)
    .transform((s) => [
      ...new Set(
        s
          .split(',')
          .map((m) => m.trim())
          .filter(Boolean),
      ),
    ]),
  level: z.enum(['0.9', '0.95']).default('0.95'),
});
export type StaffingNeedQuery = z.input<typeof StaffingNeedQuerySchema>;

export const StaffingNeedResponseSchema = z
  .object({
    unitId: z.uuid(),
    unitName: z.string(),
    year: z.number().int(),
    measures: z.array(z.string()),
    level: z.number(),
    estimate: z.number(),
    lower: z.number(),
    upper: z.number(),
    quota: z.number().nullable(),
    difference: z.number().nullable(),
    peerCount: z.number().int(),
    minPeers: z.number().int(),
    regression: z.object({
      coefficients: z.array(z.number()),
      rSquared: z.number(),
      residualStandardError: z.number(),
    }),
    perCapita: z.array(
      z.object({ measure: z.string(), self: z.number().nullable(), peerMedian: z.number().nullable() }),
    ),
    /** The unit's own figures of the chosen measures (for the chart). */
    unitValues: z.array(z.number()),
    peers: z.array(z.object({ name: z.string(), quota: z.number(), values: z.array(z.number()) })),
    leftOut: z.array(z.object({ name: z.string(), reason: LocalizedTextSchema })),
  })
  .meta({ id: 'StaffingNeed' });
export type StaffingNeed = z.infer<typeof StaffingNeedResponseSchema>;
