import type { Writable } from 'node:stream';
import type { ImportKind, ImportTemplateInfo } from '@bianping/core/imports';
import { allowedValues, type ColumnType, sheetValue } from '@bianping/core/imports/columns';
import type { AnyImportTemplate } from '@bianping/core/imports/template-types';
import type { Db } from '../../db/client.ts';
import {
  type ImportWorkbook,
  type WorkbookCell,
  type WorkbookColumn,
  writeImportWorkbook,
} from '../../documents/excel/workbook-writer.ts';
import { importHandlers } from './kinds/handlers.ts';

/**
 * The downloadable template and the export of a kind, both built from its template: same
 * columns, same headers, same cell formats. An export is a filled-in template, which is what
 * makes export → import change nothing.
 */

const TYPE_NAMES: Record<ColumnType['kind'], string> = {
  text: '文本',
  integer: '整数',
  decimal: '数字',
  date: '日期',
  enum: '下拉选择',
  boolean: '是/否',
  creditCode: '统一社会信用代码',
  regionCode: '区划代码',
  idNumber: '身份证号',
  uuid: '系统编号',
};

const formatOf = (type: ColumnType): WorkbookColumn['format'] =>
  type.kind === 'date'
    ? 'date'
    : ['integer', 'decimal', 'boolean', 'enum'].includes(type.kind)
      ? 'general'
      : 'text';

type Row = Record<string, unknown>;

function workbookOf(
  template: AnyImportTemplate,
  rows: AsyncIterable<Row> | Iterable<Row>,
  options: { dynamicNames: string[]; exampleRows?: number; extraNotes?: string[] },
): ImportWorkbook {
  const dynamic = template.dynamic;
  const columns: WorkbookColumn[] = [
    ...template.columns.map((c) => ({
      header: c.header,
      required: c.required,
      width: c.width,
      note: c.note,
      format: formatOf(c.type),
      allowed: allowedValues(c.type),
    })),
    ...(dynamic
      ? options.dynamicNames.map((name) => ({
          header: `${dynamic.prefix}${name}`,
          required: false,
          width: 14,
          note: dynamic.note,
          format: 'general' as const,
          allowed: null,
        }))
      : []),
  ];
  const toCells = (row: Row): WorkbookCell[] => [
    ...template.columns.map((c) => sheetValue(c.type, row[c.key])),
    ...(dynamic
      ? options.dynamicNames.map((name) => (row[dynamic.key] as Record<string, number>)[name] ?? null)
      : []),
  ];
  async function* cells() {
    for await (const row of rows) yield toCells(row);
  }
  const table = template.columns.map((c, i) => [
    String(i + 1),
    c.header,
    c.required ? '是' : '否',
    TYPE_NAMES[c.type.kind],
    allowedValues(c.type)?.join('、') ?? '',
    c.note,
  ]);
  if (dynamic) table.push(['', `${dynamic.prefix}…`, '否', '数字', '', dynamic.note]);
  return {
    sheetName: template.label.zh,
    columns,
    rows: cells(),
    ...(options.exampleRows ? { exampleRows: options.exampleRows } : {}),
    instructions: {
      title: `${template.label.zh}填写说明`,
      notes: [
        '带 * 的列为必填。代码类列（统一社会信用代码、区划代码、身份证号）请保持文本格式。',
        ...template.notes,
        ...(options.extraNotes ?? []),
      ],
      head: ['序号', '列名', '必填', '类型', '可选值', '说明'],
      rows: table,
    },
  };
}

/** Writes the empty template with its two example rows. */
export function writeTemplate(kind: ImportKind, out: Writable) {
  const template = importHandlers[kind].template;
  return writeImportWorkbook(
    out,
    workbookOf(template, template.examples, {
      dynamicNames: template.dynamic?.exampleNames ?? [],
      exampleRows: template.examples.length,
    }),
  );
}

/**
 * Reads what the export needs up front (so a failure is an error response, not a broken
 * download) and returns the writer that streams it.
 */
export async function prepareExport(db: Db, kind: ImportKind, regionIds: string[] | null) {
  const handler = importHandlers[kind];
  const data = await handler.exportData(db, regionIds);
  const extraNotes = data.omittedUnits
    ? [`有 ${data.omittedUnits} 个单位没有统一社会信用代码，无法识别，未导出；请先在单位页面补录代码。`]
    : [];
  return (out: Writable) =>
    writeImportWorkbook(
      out,
      workbookOf(handler.template, data.rows, { dynamicNames: data.dynamicNames ?? [], extraNotes }),
    );
}

/** The columns of a kind for the web's import dialog. */
export function describeTemplate(kind: ImportKind): ImportTemplateInfo {
  const template = importHandlers[kind].template;
  return {
    kind,
    label: template.label,
    columns: template.columns.map((c) => ({
      key: c.key,
      header: c.header,
      required: c.required,
      type: c.type.kind,
      allowedValues: allowedValues(c.type),
      note: c.note,
    })),
    dynamicPrefix: template.dynamic?.prefix ?? null,
    notes: template.notes,
  };
}
