import { randomUUID } from 'node:crypto';
import { AppError, ErrorCode, type LocalizedText } from '@bianping/core/errors';
import type { ImportRowError } from '@bianping/core/imports';
import type { RawCell } from '@bianping/core/imports/columns';
import { type IndicatorNode, type IndicatorSetMeta, indicatorLimits } from '@bianping/core/indicators';
import type { IndicatorImportResult } from '@bianping/core/indicators/api';
import { importIndicatorSetJson } from '@bianping/core/indicators/transfer-json';
import { readIndicatorSheet } from '@bianping/core/indicators/transfer-sheet';
import { parentIds } from '@bianping/core/indicators/tree';
import { validateSet } from '@bianping/core/indicators/validate';
import type { Db } from '../../db/client.ts';
import {
  readFirstSheet,
  sniffSpreadsheet,
  UnreadableWorkbookError,
} from '../../documents/excel/workbook-reader.ts';
import { HELPER_SHEETS } from '../../documents/excel/workbook-writer.ts';
import type { Principal } from '../../plugins/auth.ts';
import { appendAudit } from '../audit/audit.queries.ts';
import type { AuditActor } from '../audit/audit-actor.ts';
import { owningRegionFor } from './indicators.policy.ts';
import { insertSetWithNodes } from './indicators.service.ts';
import { readSetMeta } from './indicators-workbook.ts';

/**
 * Import of a set from its .xlsx or .json export (or a sheet written by hand): read and check
 * everything first, report every problem by sheet, row and column; a commit writes a new draft in
 * one transaction only when nothing is wrong — all or nothing.
 */

/** A set file is small: 500 indicators. Anything much bigger is not one. */
export const MAX_SET_FILE_BYTES = 5 * 1024 * 1024;
const MAX_SHEET_ROWS = indicatorLimits.nodesPerSetMax + 20;

type Read =
  | {
      ok: true;
      format: 'xlsx' | 'json';
      meta: IndicatorSetMeta;
      nodes: IndicatorNode[];
      rows: number;
      ignoredColumns: string[];
    }
  | {
      ok: false;
      format: 'xlsx' | 'json';
      fileError: LocalizedText | null;
      errors: ImportRowError[];
      rows: number;
      ignoredColumns: string[];
    };

const fileProblem = (format: 'xlsx' | 'json', zh: string, en: string): Read => ({
  ok: false,
  format,
  fileError: { zh, en },
  errors: [],
  rows: 0,
  ignoredColumns: [],
});

export const fileTooLarge = () =>
  new AppError(
    ErrorCode.TooLarge,
    {
      zh: `文件过大：指标体系文件不超过 ${MAX_SET_FILE_BYTES / 1024 / 1024} MB`,
      en: `The file is too large: a set file is at most ${MAX_SET_FILE_BYTES / 1024 / 1024} MB`,
    },
    'file',
  );

const isJson = (content: Uint8Array) => {
  const start = Buffer.from(content.subarray(0, 64))
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  return start.startsWith('{');
};

async function readWorkbook(content: Uint8Array, filename: string): Promise<Read> {
  const cells: RawCell[][] = [];
  let sheet = '';
  let tooMany = false;
  try {
    ({ sheet } = await readFirstSheet(content, {
      skipSheets: HELPER_SHEETS,
      onRow: (row, values) => {
        if (row > MAX_SHEET_ROWS + 5) {
          tooMany = true;
          return false;
        }
        cells[row - 1] = values;
        return true;
      },
    }));
  } catch (err) {
    if (err instanceof UnreadableWorkbookError) {
      return fileProblem(
        'xlsx',
        '无法读取该 Excel 文件，请确认文件未损坏',
        'The Excel file cannot be read; check that it is not damaged',
      );
    }
    throw err;
  }
  if (tooMany) {
    return fileProblem(
      'xlsx',
      `行数过多：一套指标体系最多 ${indicatorLimits.nodesPerSetMax} 个指标`,
      `Too many rows: a set holds at most ${indicatorLimits.nodesPerSetMax} indicators`,
    );
  }
  const dense = Array.from(cells, (row) => row ?? []);
  const sheetRead = readIndicatorSheet(dense, sheet, randomUUID);
  const metaRead = readSetMeta(dense, sheet, filename);
  const { rows, ignoredColumns } = sheetRead;
  if (!sheetRead.ok || !metaRead.meta) {
    const errors = [...metaRead.errors, ...(sheetRead.ok ? [] : sheetRead.errors)];
    return {
      ok: false,
      format: 'xlsx',
      fileError: sheetRead.ok ? null : sheetRead.fileError,
      errors,
      rows,
      ignoredColumns,
    };
  }
  return { ok: true, format: 'xlsx', meta: metaRead.meta, nodes: sheetRead.nodes, rows, ignoredColumns };
}

function readJson(content: Uint8Array): Read {
  let data: unknown;
  try {
    data = JSON.parse(
      Buffer.from(content)
        .toString('utf8')
        .replace(/^\uFEFF/, ''),
    );
  } catch {
    return fileProblem('json', '不是有效的 JSON 文件', 'Not a valid JSON file');
  }
  const rows = Array.isArray((data as { nodes?: unknown })?.nodes)
    ? (data as { nodes: unknown[] }).nodes.length
    : 0;
  const read = importIndicatorSetJson(data, randomUUID);
  if (read.ok)
    return { ok: true, format: 'json', meta: read.meta, nodes: read.nodes, rows, ignoredColumns: [] };
  const errors = read.problems.map((p): ImportRowError => {
    const match = /^nodes\.(\d+)(?:\.(.*))?$/.exec(p.path);
    return {
      sheet: 'JSON',
      // A node's row is its place in `nodes`, counted from 1 as a sheet row would be.
      row: match ? Number(match[1]) + 1 : 0,
      column: match ? (match[2] ?? '') : p.path,
      header: p.path,
      value: null,
      message: p.message,
    };
  });
  return { ok: false, format: 'json', fileError: null, errors, rows, ignoredColumns: [] };
}

/** Reads an upload: .xlsx (a zip) or .json, recognised by content, never by name. */
export async function readSetFile(content: Uint8Array | undefined, filename?: string): Promise<Read> {
  if (!content || content.length === 0)
    return fileProblem('xlsx', '上传的文件是空的', 'The uploaded file is empty');
  if (content.length > MAX_SET_FILE_BYTES) throw fileTooLarge();
  if (isJson(content)) return readJson(content);
  const sniff = sniffSpreadsheet(content);
  if (sniff === 'xls') {
    return fileProblem(
      'xlsx',
      '这是旧版 Excel（.xls）文件，请另存为 .xlsx 后再导入',
      'This is an old Excel (.xls) file: save it as .xlsx and import again',
    );
  }
  if (sniff !== 'xlsx') {
    return fileProblem(
      'xlsx',
      '只能导入 Excel（.xlsx）或 JSON 格式的指标体系文件',
      'Only an Excel (.xlsx) or JSON indicator-set file can be imported',
    );
  }
  const base = (filename ?? '').replace(/\.[^.]*$/, '').trim();
  return readWorkbook(content, base.length >= 2 ? base.slice(0, 100) : '导入的指标体系');
}

/** The answer of a dry run or a commit. */
export function importResult(read: Read, dryRun: boolean, setId: string | null): IndicatorImportResult {
  const base = { dryRun, format: read.format, rows: read.rows, ignoredColumns: read.ignoredColumns, setId };
  if (!read.ok) return { ...base, fileError: read.fileError, errors: read.errors, summary: null };
  const groups = parentIds(read.nodes);
  return {
    ...base,
    fileError: null,
    errors: [],
    summary: {
      name: read.meta.name,
      kind: read.meta.kind,
      category: read.meta.category,
      fullMark: read.meta.fullMark,
      bonusCap: read.meta.bonusCap,
      nodeCount: read.nodes.length,
      leafCount: read.nodes.filter((n) => !groups.has(n.id)).length,
      problems: validateSet(read.meta, read.nodes),
    },
  };
}

/** Writes what was read as a new draft set (a new series, edition 1). Refuses a file with errors. */
export async function commitSetImport(
  db: Db,
  caller: { principal: Principal; actor: AuditActor },
  read: Read,
): Promise<string> {
  if (!read.ok) {
    throw new AppError(
      ErrorCode.Import,
      read.fileError ?? {
        zh: `文件有 ${read.errors.length} 处错误，未导入任何内容`,
        en: `The file has ${read.errors.length} error(s); nothing was imported`,
      },
      'file',
      { errors: read.errors },
    );
  }
  const regionId = await owningRegionFor(db, caller.principal, undefined);
  return db.transaction(async (tx) => {
    const draft = {
      meta: read.meta,
      seriesId: randomUUID(),
      edition: 1,
      derivedFrom: null,
      weighting: null,
      nodes: read.nodes,
    };
    const id = await insertSetWithNodes(tx, draft, { regionId, createdBy: caller.principal.userId });
    await appendAudit(tx, {
      ...caller.actor,
      action: 'indicatorSet.import',
      entityType: 'indicatorSet',
      entityId: id,
      after: { ...read.meta, format: read.format, nodes: read.nodes.length },
    });
    return id;
  });
}
