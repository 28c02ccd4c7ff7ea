import { z } from 'zod';
import type { LocalizedText } from '../errors.ts';
import { describeIssue, issuePath } from '../validation.ts';
import { buildTreeFromCodes, CODE_PATTERN } from './code-tree.ts';
import {
  type IndicatorNode,
  IndicatorNodeContentSchema,
  type IndicatorSet,
  type IndicatorSetMeta,
  IndicatorSetMetaSchema,
  withCategoryCheck,
} from './indicators.schemas.ts';
import { orderTree } from './tree.ts';

/**
 * The JSON exchange format of a set (一套指标体系的导出文件): meta plus one entry per node in tree
 * order, identified by its code. Database ids, lineage and AHP records stay behind — they mean
 * nothing in another installation; importing creates a new draft.
 */

export const INDICATOR_SET_FORMAT = 'bianping.indicator-set';

export const ExportedIndicatorNodeSchema = IndicatorNodeContentSchema.extend({
  code: z.string().regex(CODE_PATTERN, '编号应如 1、1.2、1.2.3 / a code looks like 1, 1.2 or 1.2.3'),
});

export const IndicatorSetExportSchema = z
  .object({
    format: z.literal(INDICATOR_SET_FORMAT),
    formatVersion: z.literal(1),
    exportedAt: z.string(),
    set: withCategoryCheck(IndicatorSetMetaSchema.extend({ edition: z.number().int().min(1).default(1) })),
    nodes: z.array(ExportedIndicatorNodeSchema).max(500),
  })
  .meta({ id: 'IndicatorSetExport', title: 'Bianping indicator set' });
export type IndicatorSetExport = z.infer<typeof IndicatorSetExportSchema>;

/** The JSON Schema of an exported set (draft 2020-12), for other systems and for the download. */
export const indicatorSetJsonSchema = () =>
  z.toJSONSchema(IndicatorSetExportSchema, { io: 'input', unrepresentable: 'any' });

/** The export of one set version. */
export function exportIndicatorSet(
  set: IndicatorSet,
  nodes: readonly IndicatorNode[],
  exportedAt: string,
): IndicatorSetExport {
  const { kind, category, name, description, fullMark, bonusCap, edition } = set;
  return {
    format: INDICATOR_SET_FORMAT,
    formatVersion: 1,
    exportedAt,
    set: { kind, category, name, description, fullMark, bonusCap, edition },
    nodes: orderTree(nodes).map((node) => ({
      code: node.code,
      role: node.role,
      name: node.name,
      checkpoints: node.checkpoints,
      maxPoints: node.maxPoints,
      guidance: node.guidance,
      evidenceTypes: node.evidenceTypes,
      sources: node.sources,
      rule: node.rule,
      registryFormula: node.registryFormula,
      dimension: node.dimension,
    })),
  };
}

/** A problem of an imported file: where (a JSON path such as `nodes.3.rule.pointsPerCase`) and what. */
export type JsonImportProblem = { path: string; message: LocalizedText };

export type JsonImportResult =
  | { ok: true; meta: IndicatorSetMeta; nodes: IndicatorNode[] }
  | { ok: false; problems: JsonImportProblem[] };

/** Reads an exported set into a new draft's meta and nodes, all or nothing. */
export function importIndicatorSetJson(data: unknown, newId: () => string): JsonImportResult {
  const parsed = IndicatorSetExportSchema.safeParse(data);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        path: issuePath(issue),
        message: describeIssue(issue),
      })),
    };
  }
  const { set, nodes } = parsed.data;
  const built = buildTreeFromCodes(
    nodes.map(({ code, ...content }) => ({ code, level: null, content })),
    newId,
  );
  if (built.problems.length) {
    return {
      ok: false,
      problems: built.problems.map((p) => {
        const path = `nodes.${p.index}.${p.field}`;
        return { path, message: { zh: `${path}：${p.message.zh}`, en: `${path}: ${p.message.en}` } };
      }),
    };
  }
  const { edition: _edition, ...meta } = set;
  return { ok: true, meta, nodes: built.nodes };
}
