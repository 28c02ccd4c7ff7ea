import { z } from 'zod';
import { LocalizedTextSchema } from '../api.schemas.ts';
import { unitCategories } from '../registry/vocabulary.ts';
import { FormulaExpressionSchema, PointsSchema, ScoringRuleSchema } from './rules/rule.schemas.ts';
import {
  evidenceTypes,
  indicatorDimensions,
  indicatorRoles,
  indicatorSetKinds,
  indicatorSetStatuses,
  indicatorSources,
} from './vocabulary.ts';

/**
 * The indicator library (指标体系, "1+X"): a versioned set and its tree of indicators, three
 * levels deep (一级/二级/三级). The tree is stored flat — each node names its parent and its place
 * (`seq`) among its siblings; `code` (1, 1.2, 1.2.3) and `level` follow from that and are
 * recomputed by `codes.ts` after every change. API inputs and list/detail outputs are in
 * `indicators.api.schemas.ts`.
 */

/** Bounds shared by the server's validation and the editor's forms. */
export const indicatorLimits = {
  maxLevel: 3,
  nameMax: 100,
  checkpointsMax: 20,
  checkpointMax: 500,
  guidanceMax: 2000,
  nodesPerSetMax: 500,
  setNameMax: 100,
  descriptionMax: 2000,
  fullMarkMax: 1000,
} as const;

export const IndicatorSetKindSchema = z.enum(indicatorSetKinds.codes);
export const IndicatorSetStatusSchema = z.enum(indicatorSetStatuses.codes);
export const IndicatorRoleSchema = z.enum(indicatorRoles.codes);
export const IndicatorSourceSchema = z.enum(indicatorSources.codes);
export const EvidenceTypeSchema = z.enum(evidenceTypes.codes);
export const IndicatorDimensionSchema = z.enum(indicatorDimensions.codes);
export const UnitCategorySchema = z.enum(unitCategories.codes);

/** Where a node of a derived set came from: the node it refines in the source set. */
export const NodeLineageSchema = z.object({ sourceSetId: z.uuid(), sourceNodeId: z.uuid() });
export type NodeLineage = z.infer<typeof NodeLineageSchema>;

/**
 * An AHP weighting applied to the children of a node (or, on the set, to the top level), kept
 * with the set version for audit (DOMAIN.md §6.1): the experts' matrices, the combined result,
 * and the points it gave each child.
 */
export const AhpWeightingSchema = z
  .object({
    /** Child node ids in matrix order. */
    childIds: z.array(z.uuid()).min(2),
    /** One pairwise matrix per expert (row i over column j, Saaty 1–9 scale). */
    matrices: z.array(z.array(z.array(z.number().positive()))).min(1),
    weights: z.array(z.number()),
    lambdaMax: z.number(),
    ci: z.number(),
    cr: z.number(),
    riTable: z.string(),
    /** Points given to each child, in `childIds` order. */
    points: z.array(z.number()),
    appliedAt: z.string(),
  })
  .meta({ id: 'AhpWeighting' });
export type AhpWeighting = z.infer<typeof AhpWeightingSchema>;

const text = (max: number) => z.string().trim().max(max);

/** The editable fields of a node, without defaults (a patch must not reset absent fields). */
const nodeContentFields = {
  role: IndicatorRoleSchema,
  name: text(indicatorLimits.nameMax).min(1),
  /** 评估要点: what the evaluator checks, one point per entry. */
  checkpoints: z.array(text(indicatorLimits.checkpointMax).min(1)).max(indicatorLimits.checkpointsMax),
  /**
   * Scored node: its full points. Bonus node: the most it can add (the item cap). Veto node: 0.
   */
  maxPoints: PointsSchema,
  /** 评分指引 for evaluators. */
  guidance: text(indicatorLimits.guidanceMax),
  evidenceTypes: z.array(EvidenceTypeSchema),
  /** Which parts of a campaign may score it. */
  sources: z.array(IndicatorSourceSchema),
  /** Only leaves have a rule; null on groups and on leaves still being written. */
  rule: ScoringRuleSchema.nullable(),
  /**
   * 台账取数: a formula on registry measures giving what the rule reads from the registry — the
   * value of a threshold, rank or best-value rule, the number of cases of a per-case deduction or
   * bonus. Null: the registry gives the leaf nothing (a `formula` rule reads it by itself).
   */
  registryFormula: FormulaExpressionSchema.nullable(),
  dimension: IndicatorDimensionSchema.nullable(),
};

/**
 * The editable content of a node: everything but its place in the tree. Shared by the stored
 * node, the create input and the export formats; optional fields get their defaults.
 */
export const IndicatorNodeContentSchema = z.object({
  ...nodeContentFields,
  role: nodeContentFields.role.default('scored'),
  checkpoints: nodeContentFields.checkpoints.default([]),
  guidance: nodeContentFields.guidance.default(''),
  evidenceTypes: nodeContentFields.evidenceTypes.default([]),
  sources: nodeContentFields.sources.default([]),
  rule: nodeContentFields.rule.default(null),
  registryFormula: nodeContentFields.registryFormula.default(null),
  dimension: nodeContentFields.dimension.default(null),
});
export type IndicatorNodeContent = z.infer<typeof IndicatorNodeContentSchema>;

/** Changes to a node's content: only the fields present are changed. */
export const IndicatorNodeContentPatchSchema = z.object(nodeContentFields).partial();

/** One indicator of a set. */
export const IndicatorNodeSchema = IndicatorNodeContentSchema.extend({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  /** 1-based place among its siblings. */
  seq: z.number().int().min(1),
  /** 1, 1.2, 1.2.3 — derived from the places; never edited directly. */
  code: z.string(),
  /** 1 = 一级 … 3 = 三级; derived from the depth. */
  level: z.number().int().min(1),
  lineage: NodeLineageSchema.nullable().default(null),
  /** The AHP weighting last applied to its children, if any. */
  weighting: AhpWeightingSchema.nullable().default(null),
}).meta({ id: 'IndicatorNode' });
export type IndicatorNode = z.infer<typeof IndicatorNodeSchema>;

/** The editable fields of a set, without defaults (a patch must not reset absent fields). */
const setMetaFields = {
  kind: IndicatorSetKindSchema,
  /** The unit category an X set is for; null for the common set. */
  category: UnitCategorySchema.nullable(),
  name: text(indicatorLimits.setNameMax).min(2),
  description: text(indicatorLimits.descriptionMax),
  /** 满分: the sum of the top-level scored indicators. */
  fullMark: PointsSchema.refine((n) => n > 0, '满分应大于 0 / the full mark must be greater than 0'),
  /** 加分上限 of the whole set; required when it has bonus items, null otherwise. */
  bonusCap: PointsSchema.nullable(),
};

/** The editable fields of a set, with defaults (full mark 100, no bonus cap). */
export const IndicatorSetMetaSchema = z.object({
  ...setMetaFields,
  category: setMetaFields.category.default(null),
  description: setMetaFields.description.default(''),
  fullMark: setMetaFields.fullMark.default(100),
  bonusCap: setMetaFields.bonusCap.default(null),
});
export type IndicatorSetMeta = z.infer<typeof IndicatorSetMetaSchema>;

/** Changes to a set's meta: only the fields present are changed (the kind never changes). */
export const IndicatorSetMetaPatchSchema = z.object(setMetaFields).omit({ kind: true }).partial();

const categoryMatchesKind = (set: { kind: string; category: string | null }) =>
  set.kind === 'common' ? set.category === null : set.category !== null;
export const categoryMessage =
  '个性指标须选择行业类别，共性指标不选 / a category set needs a unit category, the common set none';

/** Checks that an X set names its category and the common set none. */
export const withCategoryCheck = <T extends z.ZodType<{ kind: string; category: string | null }>>(
  schema: T,
) => schema.refine(categoryMatchesKind, { message: categoryMessage, path: ['category'] });

/**
 * One version of a set. Versions of the same set share `seriesId` and count up in `edition`
 * (第 1 版, 第 2 版 …); `version` is the optimistic-locking counter of the draft (every edit of the
 * set or of one of its nodes states it and bumps it).
 */
export const IndicatorSetSchema = IndicatorSetMetaSchema.extend({
  id: z.uuid(),
  seriesId: z.uuid(),
  edition: z.number().int().min(1),
  status: IndicatorSetStatusSchema,
  /** The office that owns the set; null for a library-wide reference set. */
  regionId: z.uuid().nullable(),
  /** The set this one was derived from (a county refining the city's set), if any. */
  derivedFrom: z.object({ setId: z.uuid(), name: z.string(), edition: z.number().int() }).nullable(),
  /** AHP weighting last applied to the top-level indicators. */
  weighting: AhpWeightingSchema.nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  publishedAt: z.string().nullable(),
}).meta({ id: 'IndicatorSet' });
export type IndicatorSet = z.infer<typeof IndicatorSetSchema>;

/** What publish validation checks (`validate.ts`); the web may branch on these codes. */
export const indicatorProblemCodes = [
  'empty',
  'tooManyNodes',
  'topSumMismatch',
  'bonusCapMissing',
  'bonusCapUnused',
  'duplicateId',
  'unreachable',
  'tooDeep',
  'duplicateCode',
  'codeOutOfDate',
  'leafWithoutRule',
  'groupWithRule',
  'invalidRule',
  'invalidFormula',
  'registryFormulaMisplaced',
  'registryWithoutFormula',
  'ruleNotForRole',
  'roleMismatch',
  'sumMismatch',
  'vetoWithPoints',
  'bonusWithoutCap',
  'bonusItemAboveSetCap',
  'gradeNeverFull',
  'rankFloorAboveMax',
  'deductionAboveMax',
  'duplicateName',
  'zeroPoints',
  'noSources',
  'noCheckpoints',
] as const;
export type IndicatorProblemCode = (typeof indicatorProblemCodes)[number];

/** What publish validation found: errors block publishing, warnings are shown only. */
export const IndicatorProblemSchema = z
  .object({
    code: z.enum(indicatorProblemCodes),
    severity: z.enum(['error', 'warning']),
    /** The node concerned; null for a problem of the whole set. */
    nodeId: z.string().nullable(),
    nodeCode: z.string().nullable(),
    message: LocalizedTextSchema,
  })
  .meta({ id: 'IndicatorProblem' });
export type IndicatorProblem = z.infer<typeof IndicatorProblemSchema>;
