import type { LocalizedText } from '../errors.ts';
import {
  cellText,
  col,
  columnLetter,
  displayValue,
  type ImportColumn,
  normalizeHeader,
  parseCell,
  type RawCell,
  sheetValue,
} from '../imports/columns.ts';
import type { ImportRowError } from '../imports/imports.schemas.ts';
import { describeIssue } from '../validation.ts';
import { buildTreeFromCodes, type CodedItem } from './code-tree.ts';
import { type IndicatorNode, IndicatorNodeContentSchema, indicatorLimits } from './indicators.schemas.ts';
import { describeRule } from './rules/describe.ts';
import { ScoringRuleSchema } from './rules/rule.schemas.ts';
import { orderTree } from './tree.ts';
import {
  evidenceTypes,
  indicatorDimensions,
  indicatorRoles,
  indicatorSources,
  ruleKinds,
} from './vocabulary.ts';

/**
 * The Excel form of a set (指标体系导入导出表): one row per indicator with its level, code, name,
 * checkpoints, points, rule and parameters. The server reads and writes the .xlsx; here are the
 * columns, the rows of an export, and the reading of an upload into a tree with row-level
 * errors (row, column, zh/en message, as the registry imports report them), all or nothing.
 */

const joinHint = (labels: { zh: string }[]) => labels.map((l) => l.zh).join('、');

/** The columns, in sheet order. */
export const indicatorColumns = [
  col.integer(1, indicatorLimits.maxLevel)('level', '层级', true, '1 = 一级，2 = 二级，3 = 三级', {
    width: 6,
  }),
  col.text('code', '编号', true, '如 1、1.2、1.2.3，决定上下级关系；导入后按编号顺序重新编号', {
    maxLength: 20,
    width: 8,
  }),
  col.enumOf(indicatorRoles)('role', '类型', false, '留空为“计分指标”；加分项、否决项不计入满分', {
    width: 10,
  }),
  col.text('name', '指标名称', true, '', { maxLength: indicatorLimits.nameMax, width: 28 }),
  col.text('checkpoints', '评估要点', false, '每条一行（单元格内换行）', { maxLength: 10_000, width: 40 }),
  col.decimal(0)('maxPoints', '分值', true, '计分指标填满分；加分项填本项加分上限；否决项填 0', { width: 8 }),
  col.enumOf(ruleKinds)('ruleKind', '计分规则', false, '末级指标必填；有下级的指标留空', { width: 16 }),
  col.text(
    'ruleParams',
    '规则参数',
    false,
    'JSON 格式，如 {"pointsPerCase": 0.5}；导出文件中已填好，可照样修改',
    {
      maxLength: 4000,
      width: 36,
    },
  ),
  col.text('ruleText', '规则说明', false, '由计分规则自动生成，导入时不读取', { maxLength: 2000, width: 40 }),
  col.text('guidance', '评分指引', false, '', { maxLength: indicatorLimits.guidanceMax, width: 30 }),
  col.text(
    'evidenceTypes',
    '佐证材料',
    false,
    `多个用“、”分隔，可选：${joinHint(Object.values(evidenceTypes.labels))}`,
    { width: 20 },
  ),
  col.text(
    'sources',
    '评分来源',
    false,
    `多个用“、”分隔，可选：${joinHint(Object.values(indicatorSources.labels))}`,
    { width: 20 },
  ),
  col.text(
    'registryFormula',
    '台账取数公式',
    false,
    '评分来源含台账数据时填写，如 useRate（编制使用率）；“公式计算”规则留空',
    { maxLength: 500, width: 28 },
  ),
  col.enumOf(indicatorDimensions)('dimension', '评估维度', false, '可留空', { width: 10 }),
] as const satisfies readonly ImportColumn[];

export const indicatorSheet = {
  label: { zh: '指标体系', en: 'Indicator set' },
  columns: indicatorColumns,
  notes: [
    '每行一个指标，编号决定上下级关系（1.2 是 1 的下级），层级须与编号一致。',
    '有下级的指标只填名称和分值，分值须等于下级分值之和；末级指标填计分规则及其参数。',
    '“规则说明”列由系统生成，修改它不起作用；请修改“计分规则”和“规则参数”。',
  ],
} as const;

type Key = (typeof indicatorColumns)[number]['key'];
const ruleLabel = (rule: IndicatorNode['rule']) => (rule ? ruleKinds.labels[rule.kind].zh : null);
const columnOf = (key: Key) => indicatorColumns.find((c) => c.key === key) as ImportColumn;

/** The JSON of a rule's parameters: the rule without its kind. */
const paramsOf = (rule: IndicatorNode['rule']) => {
  if (!rule) return null;
  const { kind: _kind, ...params } = rule;
  return Object.keys(params).length ? JSON.stringify(params) : null;
};

/** The rows of an export, header first, cells as the sheet shows them. */
export function indicatorSheetRows(nodes: readonly IndicatorNode[]): RawCell[][] {
  const labelList = <K extends string>(codes: readonly K[], labels: Record<K, LocalizedText>) =>
    codes.length ? codes.map((c) => labels[c].zh).join('、') : null;
  const rows = orderTree(nodes).map((node) => {
    const values: Record<Key, unknown> = {
      level: node.level,
      code: node.code,
      role: node.role,
      name: node.name,
      checkpoints: node.checkpoints.length ? node.checkpoints.join('\n') : null,
      maxPoints: node.maxPoints,
      ruleKind: node.rule?.kind ?? null,
      ruleParams: paramsOf(node.rule),
      ruleText: node.rule ? describeRule(node.rule, node.maxPoints).zh : null,
      guidance: node.guidance || null,
      evidenceTypes: labelList(node.evidenceTypes, evidenceTypes.labels),
      sources: labelList(node.sources, indicatorSources.labels),
      registryFormula: node.registryFormula,
      dimension: node.dimension,
    };
    return indicatorColumns.map((c) => sheetValue(c.type, values[c.key]));
  });
  return [indicatorColumns.map((c) => c.header), ...rows];
}

export type SheetReadResult =
  | { ok: true; nodes: IndicatorNode[]; rows: number; ignoredColumns: string[] }
  | {
      ok: false;
      fileError: LocalizedText | null;
      errors: ImportRowError[];
      rows: number;
      ignoredColumns: string[];
    };

const isEmpty = (cell: RawCell | undefined) =>
  cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
const NO_DATES = '9999-12-31';
const SPLIT_LIST = /[、,，;；\n]+/;

function parseList<K extends string>(
  text: string,
  vocabulary: { codes: K[]; labels: Record<K, LocalizedText> },
) {
  const codes: K[] = [];
  const unknown: string[] = [];
  for (const part of text
    .split(SPLIT_LIST)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const code = vocabulary.codes.find((c) => c === part || vocabulary.labels[c].zh === part);
    if (code) {
      if (!codes.includes(code)) codes.push(code);
    } else unknown.push(part);
  }
  return { codes, unknown };
}

/**
 * Reads the rows of an uploaded sheet (header within the first five rows). Nothing is returned
 * unless every row is right.
 */
export function readIndicatorSheet(
  cells: readonly (readonly RawCell[])[],
  sheet: string,
  newId: () => string,
): SheetReadResult {
  const headerIndex = cells.slice(0, 5).findIndex((row) =>
    row.some((c) => {
      const text = normalizeHeader(cellText(c ?? null));
      return indicatorColumns.some((col) => normalizeHeader(col.header) === text);
    }),
  );
  const headerRow = cells[headerIndex] ?? [];
  const slots = new Map<Key, number>();
  const ignoredColumns: string[] = [];
  headerRow.forEach((cell, index) => {
    if (isEmpty(cell)) return;
    const text = normalizeHeader(cellText(cell ?? null));
    const column = indicatorColumns.find(
      (c) => normalizeHeader(c.header) === text || normalizeHeader(c.key) === text,
    );
    if (column && !slots.has(column.key)) slots.set(column.key, index);
    else ignoredColumns.push(cellText(cell ?? null));
  });
  const missing = indicatorColumns.filter((c) => c.required && !slots.has(c.key)).map((c) => c.header);
  if (headerIndex < 0 || missing.length) {
    const list = missing.length ? missing : indicatorColumns.filter((c) => c.required).map((c) => c.header);
    const fileError = {
      zh: `缺少必填列：${list.join('、')}`,
      en: `Required columns are missing: ${list.join(', ')}`,
    };
    return { ok: false, fileError, errors: [], rows: 0, ignoredColumns };
  }

  const errors: ImportRowError[] = [];
  const items: (CodedItem & { row: number })[] = [];
  let dataRows = 0;
  const errorAt = (row: number, key: Key, raw: RawCell, message: LocalizedText) => {
    const index = slots.get(key);
    const column = columnOf(key);
    errors.push({
      sheet,
      row,
      column: index === undefined ? '' : columnLetter(index),
      header: column.header,
      value: displayValue(column.type, raw === null ? null : cellText(raw)),
      message,
    });
  };

  cells.slice(headerIndex + 1).forEach((rowCells, offset) => {
    if (rowCells.every(isEmpty)) return;
    dataRows++;
    const row = headerIndex + offset + 2;
    const raw = (key: Key): RawCell => {
      const index = slots.get(key);
      return index === undefined ? null : (rowCells[index] ?? null);
    };
    const values: Partial<Record<Key, unknown>> = {};
    let failed = false;
    for (const column of indicatorColumns) {
      const cell = raw(column.key);
      if (isEmpty(cell)) {
        if (column.required) {
          failed = true;
          errorAt(row, column.key, null, { zh: '必填项不能为空', en: 'required; the cell is empty' });
        }
        continue;
      }
      const parsed = parseCell(column.type, cell, NO_DATES);
      if (parsed.ok) values[column.key] = parsed.value;
      else {
        failed = true;
        errorAt(row, column.key, cell, parsed.message);
      }
    }
    if (failed) return;
    const item = toItem(values, (key, message) => {
      failed = true;
      errorAt(row, key, raw(key), message);
    });
    if (!failed && item) items.push({ ...item, row });
  });

  const built = buildTreeFromCodes(items, newId);
  for (const problem of built.problems) {
    const item = items[problem.index] as CodedItem & { row: number };
    const key: Key = problem.field === 'rule' ? 'ruleKind' : problem.field;
    errorAt(
      item.row,
      key,
      key === 'ruleKind' ? ruleLabel(item.content.rule) : key === 'level' ? item.level : item.code,
      problem.message,
    );
  }
  if (errors.length) {
    return {
      ok: false,
      fileError: null,
      errors: errors.sort((a, b) => a.row - b.row),
      rows: dataRows,
      ignoredColumns,
    };
  }
  if (!dataRows) {
    return {
      ok: false,
      fileError: { zh: '表中没有指标', en: 'The sheet has no indicators' },
      errors: [],
      rows: 0,
      ignoredColumns,
    };
  }
  return { ok: true, nodes: built.nodes, rows: dataRows, ignoredColumns };
}

/** One row's parsed values into node content, reporting problems per column. */
function toItem(
  values: Partial<Record<Key, unknown>>,
  report: (key: Key, message: LocalizedText) => void,
): CodedItem | null {
  const text = (key: Key) => (values[key] as string | undefined) ?? '';
  const evidence = parseList(text('evidenceTypes'), evidenceTypes);
  const sources = parseList(text('sources'), indicatorSources);
  for (const [key, list, vocabulary] of [
    ['evidenceTypes', evidence, evidenceTypes],
    ['sources', sources, indicatorSources],
  ] as const) {
    if (list.unknown.length) {
      report(key, {
        zh: `“${list.unknown.join('、')}”不是可选值，可选：${joinHint(Object.values(vocabulary.labels))}`,
        en: `“${list.unknown.join(', ')}” is not allowed; choose from: ${Object.values(vocabulary.labels)
          .map((l: LocalizedText) => l.en)
          .join(', ')}`,
      });
    }
  }
  let rule: unknown = null;
  const kind = values.ruleKind as string | undefined;
  if (kind) {
    let params: unknown = {};
    if (text('ruleParams')) {
      try {
        params = JSON.parse(text('ruleParams'));
      } catch {
        report('ruleParams', {
          zh: '不是有效的 JSON，如 {"pointsPerCase": 0.5}',
          en: 'not valid JSON, e.g. {"pointsPerCase": 0.5}',
        });
        return null;
      }
    }
    if (typeof params !== 'object' || params === null || Array.isArray(params)) {
      report('ruleParams', {
        zh: '应为 JSON 对象，如 {"pointsPerCase": 0.5}',
        en: 'must be a JSON object, e.g. {"pointsPerCase": 0.5}',
      });
      return null;
    }
    const parsedRule = ScoringRuleSchema.safeParse({ ...params, kind });
    if (!parsedRule.success) {
      for (const issue of parsedRule.error.issues) report('ruleParams', describeIssue(issue));
      return null;
    }
    rule = parsedRule.data;
  } else if (text('ruleParams')) {
    report('ruleKind', {
      zh: '填了规则参数，但没有选择计分规则',
      en: 'rule parameters are given but no rule is chosen',
    });
  }
  const content = IndicatorNodeContentSchema.safeParse({
    role: values.role ?? 'scored',
    name: text('name'),
    checkpoints: text('checkpoints')
      .split(/\r?\n/)
      .map((s) => s.trim())
      .filter(Boolean),
    maxPoints: values.maxPoints,
    guidance: text('guidance'),
    evidenceTypes: evidence.codes,
    sources: sources.codes,
    rule,
    registryFormula: text('registryFormula') || null,
    dimension: values.dimension ?? null,
  });
  if (!content.success) {
    for (const issue of content.error.issues) {
      const field = String(issue.path[0] ?? 'name');
      const key = (
        indicatorColumns.some((c) => c.key === field) ? field : field === 'rule' ? 'ruleParams' : 'name'
      ) as Key;
      report(key, describeIssue(issue));
    }
    return null;
  }
  return { code: text('code'), level: (values.level as number | undefined) ?? null, content: content.data };
}
