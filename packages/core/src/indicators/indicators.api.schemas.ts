import { z } from 'zod';
import { LocalizedTextSchema, pageOf } from '../api.schemas.ts';
import { ImportRowErrorSchema } from '../imports/imports.schemas.ts';
import { ahpMethods, riTableNames } from './ahp.ts';
import {
  IndicatorNodeContentPatchSchema,
  IndicatorNodeContentSchema,
  IndicatorNodeSchema,
  IndicatorProblemSchema,
  IndicatorSetKindSchema,
  IndicatorSetMetaPatchSchema,
  IndicatorSetMetaSchema,
  IndicatorSetSchema,
  IndicatorSetStatusSchema,
  UnitCategorySchema,
  withCategoryCheck,
} from './indicators.schemas.ts';

/**
 * Inputs and outputs of the indicator-library API. Every edit of a draft states the set's
 * `version` (one optimistic-locking counter for the set and its nodes, like the unit aggregate
 * version of the registry); a published or archived set refuses edits.
 */

const version = z.number().int().min(1);

export const IndicatorSetListQuerySchema = z.object({
  q: z.string().trim().max(50).optional(),
  kind: IndicatorSetKindSchema.optional(),
  category: UnitCategorySchema.optional(),
  status: IndicatorSetStatusSchema.optional(),
  /**
   * Only the latest edition of each series (the default when absent); `false` lists every
   * edition.
   */
  latestOnly: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

/** A set as lists show it. */
export const IndicatorSetSummarySchema = IndicatorSetSchema.pick({
  id: true,
  seriesId: true,
  edition: true,
  kind: true,
  category: true,
  name: true,
  fullMark: true,
  bonusCap: true,
  status: true,
  regionId: true,
  derivedFrom: true,
  version: true,
  updatedAt: true,
  publishedAt: true,
})
  .extend({ nodeCount: z.number().int(), leafCount: z.number().int() })
  .meta({ id: 'IndicatorSetSummary' });
export type IndicatorSetSummary = z.infer<typeof IndicatorSetSummarySchema>;

export const IndicatorSetListSchema = pageOf(IndicatorSetSummarySchema).meta({ id: 'IndicatorSetList' });

/** Where a node of a derived set came from, as the editor labels it (来源：上级指标 1.2 名称). */
export const IndicatorNodeSourceSchema = z.object({
  setId: z.uuid(),
  setName: z.string(),
  edition: z.number().int(),
  nodeId: z.uuid(),
  /** Null when the source node no longer exists (its set was deleted while still a draft). */
  code: z.string().nullable(),
  name: z.string().nullable(),
});

/** A node as the detail shows it: with its rule in plain words and the label of its lineage. */
export const IndicatorDetailNodeSchema = IndicatorNodeSchema.extend({
  /** `describeRule` of the rule, null without one. */
  ruleDescription: LocalizedTextSchema.nullable(),
  source: IndicatorNodeSourceSchema.nullable(),
}).meta({ id: 'IndicatorDetailNode' });
export type IndicatorDetailNode = z.infer<typeof IndicatorDetailNodeSchema>;

/** A set with its nodes in tree order and what publish validation says about it now. */
export const IndicatorSetDetailSchema = z
  .object({
    set: IndicatorSetSchema,
    nodes: z.array(IndicatorDetailNodeSchema),
    problems: z.array(IndicatorProblemSchema),
    /** Other editions of the same series, newest first. */
    editions: z.array(IndicatorSetSchema.pick({ id: true, edition: true, status: true, publishedAt: true })),
  })
  .meta({ id: 'IndicatorSetDetail' });
export type IndicatorSetDetail = z.infer<typeof IndicatorSetDetailSchema>;

export const IndicatorSetCreateInputSchema = withCategoryCheck(
  IndicatorSetMetaSchema.extend({
    /** The owning office's region; the caller's own region by default. */
    regionId: z.uuid().optional(),
  }),
);
export type IndicatorSetCreateInput = z.infer<typeof IndicatorSetCreateInputSchema>;

/** Changes to a draft's meta; absent fields stay as they are. */
export const IndicatorSetUpdateInputSchema = IndicatorSetMetaPatchSchema.extend({ version });
export type IndicatorSetUpdateInput = z.infer<typeof IndicatorSetUpdateInputSchema>;

/** A new node under `parentId` (null = top level) at `position` (1-based; last by default). */
export const IndicatorNodeCreateInputSchema = IndicatorNodeContentSchema.extend({
  version,
  parentId: z.uuid().nullable(),
  position: z.number().int().min(1).optional(),
});
export type IndicatorNodeCreateInput = z.infer<typeof IndicatorNodeCreateInputSchema>;

/** Changes to a node's content; absent fields stay as they are. */
export const IndicatorNodeUpdateInputSchema = IndicatorNodeContentPatchSchema.extend({ version });
export type IndicatorNodeUpdateInput = z.infer<typeof IndicatorNodeUpdateInputSchema>;

/** Move (or, with the same parent, reorder) a node and its subtree. */
export const IndicatorNodeMoveInputSchema = z.object({
  version,
  parentId: z.uuid().nullable(),
  position: z.number().int().min(1),
});
export type IndicatorNodeMoveInput = z.infer<typeof IndicatorNodeMoveInputSchema>;

/** `/indicator-sets/:id/nodes/:nodeId`. */
export const IndicatorNodeParamsSchema = z.object({ id: z.uuid(), nodeId: z.uuid() });

/** Delete a node and its subtree, or a draft set: the version comes in the query string. */
export const IndicatorNodeDeleteInputSchema = z.object({ version: z.coerce.number().int().min(1) });
export const IndicatorSetDeleteQuerySchema = IndicatorNodeDeleteInputSchema;

export const IndicatorSetPublishInputSchema = z.object({ version });
export const IndicatorSetArchiveInputSchema = z.object({ version });

/** A new draft edition copied from a published (or archived) one. */
export const IndicatorSetNewVersionInputSchema = z.object({});

/** A new series refining this set, owned by the caller's office (or `regionId`). */
export const IndicatorSetDeriveInputSchema = z.object({
  name: IndicatorSetMetaSchema.shape.name,
  description: IndicatorSetMetaSchema.shape.description.optional(),
  regionId: z.uuid().optional(),
  /** Kind and category of the new set; the source's when absent (checked together). */
  kind: IndicatorSetKindSchema.optional(),
  category: UnitCategorySchema.nullable().optional(),
});
export type IndicatorSetDeriveInput = z.infer<typeof IndicatorSetDeriveInputSchema>;

const matrix = z.array(z.array(z.number().positive()));

/** AHP on the children of `parentId` (null = the top level): preview, or apply when consistent. */
export const AhpInputSchema = z.object({
  version,
  parentId: z.uuid().nullable(),
  /** Child ids in matrix order (all children of the parent, each once). */
  childIds: z.array(z.uuid()).min(2),
  /** One matrix per expert; several are combined by geometric mean. */
  matrices: z.array(matrix).min(1).max(50),
  riTable: z.enum(riTableNames).optional(),
  method: z.enum(ahpMethods).optional(),
  /** Preview only: compute and report, change nothing. */
  dryRun: z.boolean().default(false),
});
export type AhpInput = z.infer<typeof AhpInputSchema>;

export const AhpOutcomeSchema = z
  .object({
    weights: z.array(z.number()),
    lambdaMax: z.number(),
    ci: z.number(),
    ri: z.number(),
    cr: z.number(),
    consistent: z.boolean(),
    riTable: z.string(),
    /** Points each child would get (or got), in `childIds` order; null when inconsistent. */
    points: z.array(z.number()).nullable(),
    applied: z.boolean(),
    /** The comparisons that cause most of the inconsistency, worst first (empty when consistent). */
    inconsistencies: z.array(
      z.object({
        row: z.number().int(),
        column: z.number().int(),
        given: z.number(),
        implied: z.number(),
        suggested: z.number(),
        share: z.number(),
      }),
    ),
  })
  .meta({ id: 'AhpOutcome' });
export type AhpOutcome = z.infer<typeof AhpOutcomeSchema>;

/** Check a formula and show its value on a unit (the sample unit when none is given). */
export const FormulaCheckInputSchema = z.object({
  expression: z.string().max(1000),
  unitId: z.uuid().optional(),
});

/** A formula problem with its place in the source (UTF-16 offsets, end exclusive). */
export const FormulaErrorSchema = z.object({
  code: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  message: LocalizedTextSchema,
});

export const FormulaCheckResultSchema = z
  .object({
    ok: z.boolean(),
    errors: z.array(FormulaErrorSchema),
    measures: z.array(z.string()),
    /** The value on the unit; null when invalid or when the unit lacks data (see `evaluationError`). */
    value: z.number().nullable(),
    evaluationError: FormulaErrorSchema.nullable(),
  })
  .meta({ id: 'FormulaCheckResult' });
export type FormulaCheckResult = z.infer<typeof FormulaCheckResultSchema>;

/*
 * Per-expert AHP judgements (GET/PUT /indicator-sets/:id/ahp, POST …/ahp/apply). Each officer or
 * expert keeps one matrix per parent; the officer applies the geometric-mean combination of all
 * of them. `AhpInputSchema` above stays the stateless form (matrices given in the request).
 */

const riTable = z.enum(riTableNames);
const ahpMethod = z.enum(ahpMethods);

/** Which children: those of `parentId`, or the top level when absent. */
export const AhpQuerySchema = z.object({
  parentId: z.uuid().optional(),
  riTable: riTable.optional(),
  method: ahpMethod.optional(),
});
export type AhpQuery = z.infer<typeof AhpQuerySchema>;

/**
 * The caller's own judgement for the children of `parentId` (null = top level). `matrix` is n×n in
 * `childIds` order (the children's order when absent): only the upper triangle is read when any
 * cell below the diagonal is null, otherwise the full matrix must be reciprocal.
 */
export const AhpJudgementInputSchema = z.object({
  parentId: z.uuid().nullable(),
  childIds: z.array(z.uuid()).min(2).optional(),
  matrix: z.array(z.array(z.number().positive().nullable())).min(2).max(15),
  riTable: riTable.optional(),
  method: ahpMethod.optional(),
});
export type AhpJudgementInput = z.infer<typeof AhpJudgementInputSchema>;

/** One expert's analysis: weights, λmax, CI, RI, CR (ANALYZE.md § ahp output). */
export const AhpAnalysisSchema = z.object({
  weights: z.array(z.number()),
  lambdaMax: z.number(),
  ci: z.number(),
  ri: z.number(),
  cr: z.number(),
  consistent: z.boolean(),
  riTable: z.string(),
});

/** A saved judgement, rows in the order of the children now (`stale` when they changed since). */
export const AhpJudgementSchema = z
  .object({
    id: z.uuid(),
    authorId: z.uuid(),
    authorName: z.string(),
    isOwn: z.boolean(),
    childIds: z.array(z.uuid()),
    /** The full reciprocal matrix. */
    matrix: z.array(z.array(z.number())),
    riTable: z.enum(riTableNames),
    /** Null when the matrix no longer fits the children (added, removed: enter it again). */
    analysis: AhpAnalysisSchema.nullable(),
    stale: z.boolean(),
    updatedAt: z.string(),
  })
  .meta({ id: 'AhpJudgement' });
export type AhpJudgement = z.infer<typeof AhpJudgementSchema>;

/** The AHP panel of one parent: its children, the judgements and their combination. */
export const AhpViewSchema = z
  .object({
    parentId: z.uuid().nullable(),
    children: z.array(z.object({ id: z.uuid(), code: z.string(), name: z.string(), maxPoints: z.number() })),
    /** What applying distributes: the parent's points, or the full mark at the top level. */
    totalPoints: z.number(),
    /** The caller's own and, for officers and administrators, everyone's (own first). */
    judgements: z.array(AhpJudgementSchema),
    /** The geometric-mean combination of the judgements that fit; null when none does. */
    combined: AhpOutcomeSchema.nullable(),
    /** The weighting last applied to these children, if any. */
    weighting: IndicatorNodeSchema.shape.weighting,
  })
  .meta({ id: 'AhpView' });
export type AhpView = z.infer<typeof AhpViewSchema>;

/** Apply the combined weights as points (refused when CR ≥ 0.1). */
export const AhpApplyInputSchema = z.object({
  version,
  parentId: z.uuid().nullable(),
  riTable: riTable.optional(),
  method: ahpMethod.optional(),
});
export type AhpApplyInput = z.infer<typeof AhpApplyInputSchema>;

export const AhpApplyResultSchema = z
  .object({ outcome: AhpOutcomeSchema, detail: IndicatorSetDetailSchema })
  .meta({ id: 'AhpApplyResult' });
export type AhpApplyResult = z.infer<typeof AhpApplyResultSchema>;

/** Comments on a set or one of its nodes (experts and officers). */
export const IndicatorCommentInputSchema = z.object({
  nodeId: z.uuid().nullable().default(null),
  text: z.string().trim().min(1).max(2000),
});
export type IndicatorCommentInput = z.infer<typeof IndicatorCommentInputSchema>;

export const IndicatorCommentSchema = z
  .object({
    id: z.uuid(),
    nodeId: z.uuid().nullable(),
    /** The node's code and name now; null for a comment on the whole set or a removed node. */
    nodeCode: z.string().nullable(),
    nodeName: z.string().nullable(),
    authorId: z.uuid(),
    authorName: z.string(),
    text: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'IndicatorComment' });
export type IndicatorComment = z.infer<typeof IndicatorCommentSchema>;

export const IndicatorCommentListSchema = z.object({ items: z.array(IndicatorCommentSchema) });

/** What the formula editor lists beside the input. */
export const FormulaCatalogueSchema = z
  .object({
    measures: z.array(
      z.object({
        name: z.string(),
        group: z.string(),
        groupLabel: LocalizedTextSchema,
        unit: z.string(),
        unitLabel: LocalizedTextSchema,
        label: LocalizedTextSchema,
        description: LocalizedTextSchema,
        /** The fictional sample unit's value. */
        sample: z.number(),
      }),
    ),
    functions: z.array(
      z.object({
        name: z.string(),
        signature: z.string(),
        description: LocalizedTextSchema,
        example: z.string(),
        minArgs: z.number().int(),
        /** Null for any number of arguments. */
        maxArgs: z.number().int().nullable(),
      }),
    ),
  })
  .meta({ id: 'FormulaCatalogue' });
export type FormulaCatalogue = z.infer<typeof FormulaCatalogueSchema>;

export const IndicatorExportQuerySchema = z.object({
  format: z.enum(['xlsx', 'json']).default('xlsx'),
});

/**
 * Import of an exported set. The file (.xlsx or .json, recognised by its content) is the raw
 * request body, as the registry imports take it; `dryRun` (the default) only checks it.
 */
export const IndicatorImportQuerySchema = z.object({
  dryRun: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  filename: z.string().trim().min(1).max(200).optional(),
});

/** The uploaded file itself as the request body (Uint8Array: core has no Node types). */
export const IndicatorImportBodySchema = z
  .instanceof(Uint8Array, {
    message: '请将 .xlsx 或 .json 文件作为请求体上传 / Send the .xlsx or .json file as the request body',
  })
  .optional()
  .meta({
    type: 'string',
    format: 'binary',
    description: '.xlsx 或 .json 文件内容 / the .xlsx or .json file',
  });

/** What an import found: row errors (JSON: sheet `JSON`, column = the field path) or a summary. */
export const IndicatorImportResultSchema = z
  .object({
    dryRun: z.boolean(),
    format: z.enum(['xlsx', 'json']),
    /** A problem of the whole file (not a workbook, missing columns, no rows). */
    fileError: LocalizedTextSchema.nullable(),
    errors: z.array(ImportRowErrorSchema),
    rows: z.number().int(),
    ignoredColumns: z.array(z.string()),
    /** The set it would create (or created); null when there are errors. */
    summary: z
      .object({
        name: z.string(),
        kind: IndicatorSetKindSchema,
        category: UnitCategorySchema.nullable(),
        fullMark: z.number(),
        bonusCap: z.number().nullable(),
        nodeCount: z.number().int(),
        leafCount: z.number().int(),
        /** Publish validation of the imported draft (an import may still be unfinished). */
        problems: z.array(IndicatorProblemSchema),
      })
      .nullable(),
    /** The new draft, after a commit. */
    setId: z.uuid().nullable(),
  })
  .meta({ id: 'IndicatorImportResult' });
export type IndicatorImportResult = z.infer<typeof IndicatorImportResultSchema>;
