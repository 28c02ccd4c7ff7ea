import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { AppError, ErrorCode, type LocalizedText, notFound } from '@bianping/core/errors';
import type { ImportCommitResult, ImportKind, ImportPreview, ImportRowError } from '@bianping/core/imports';
import { displayValue, sheetValue } from '@bianping/core/imports/columns';
import {
  describeHeaderProblem,
  ErrorList,
  locateColumn,
  MAX_REPORTED_ERRORS,
  type ParsedSheet,
  restoreSheet,
  SheetParser,
  type SheetSnapshot,
  snapshotSheet,
} from '@bianping/core/imports/parse-sheet';
import type { Database } from '../../db/client.ts';
import { readFirstSheetRows } from '../../documents/excel/fast-sheet-reader.ts';
import { sniffSpreadsheet, UnreadableWorkbookError } from '../../documents/excel/workbook-reader.ts';
import { HELPER_SHEETS } from '../../documents/excel/workbook-writer.ts';
import { appendAudit } from '../audit/audit.queries.ts';
import type { AuditActor } from '../audit/audit-actor.ts';
import type { IdProtector } from '../staff/id-number-protection.ts';
import { importScopeOfUser } from './imports.policy.ts';
import {
  deleteParsedRows,
  deleteUpload,
  findParsedRows,
  findUpload,
  insertUpload,
  saveParsedRows,
} from './imports.queries.ts';
import { importHandlers } from './kinds/handlers.ts';
import type { ImportPlan } from './kinds/kind.ts';

/**
 * Import of the registry sheets: store the upload, validate it (a dry run that reports every
 * problem where Excel shows it), and commit an error-free file in one transaction with one audit
 * entry. Preview and commit read the stored file again, so they run anywhere (a job worker or
 * the request) with the same result.
 */

/** Largest upload accepted (the request body). */
export const MAX_UPLOAD_BYTES = 60 * 1024 * 1024;
/** Data rows of one file; beyond this the file must be split. */
export const MAX_ROWS = 200_000;
/** Uploads up to this size (≈ 5,000 rows) are answered within the request even with a queue. */
export const INLINE_MAX_BYTES = 256 * 1024;
const PROGRESS_EVERY = 1000;

export type ImportRunOptions = {
  database: Database;
  protector: IdProtector;
  today: string;
  progress?: (done: number, total?: number, note?: LocalizedText) => Promise<void>;
};

export const importFileError = (text: LocalizedText, details?: unknown) =>
  new AppError(ErrorCode.Import, text, 'file', details);

export const uploadTooLarge = () =>
  new AppError(
    ErrorCode.TooLarge,
    {
      zh: `文件过大：上限为 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB，请拆分后分批导入`,
      en: `The file is too large: the limit is ${MAX_UPLOAD_BYTES / 1024 / 1024} MB; split it`,
    },
    'file',
  );

const uploadLabel = { zh: '上传的文件', en: 'Upload' };

/**
 * An uploaded sheet carries ID numbers in clear, and ID numbers are stored only encrypted: the
 * upload (and its kept parse) are sealed with the installation key while they are kept.
 */
const seal = (protector: IdProtector, bytes: Buffer) =>
  Buffer.from(protector.encrypt(bytes.toString('base64')), 'utf8');
const unseal = (protector: IdProtector, sealed: Buffer) =>
  Buffer.from(protector.decrypt(sealed.toString('utf8')), 'base64');

/** Checks that the bytes are an .xlsx and keeps them, sealed; returns the upload id. */
export async function storeUpload(
  database: Database,
  protector: IdProtector,
  content: Uint8Array | undefined,
  upload: { kind: ImportKind; filename: string | undefined; userId: string },
) {
  if (!content || content.length === 0) {
    throw importFileError({ zh: '文件为空', en: 'The file is empty' });
  }
  if (content.length > MAX_UPLOAD_BYTES) throw uploadTooLarge();
  const sniff = sniffSpreadsheet(content);
  if (sniff === 'xls') {
    throw importFileError({
      zh: '这是旧版 Excel（.xls）文件，请在 Excel 中“另存为” .xlsx 后再导入',
      en: 'This is an old Excel (.xls) file; save it as .xlsx and import that',
    });
  }
  if (sniff !== 'xlsx') {
    throw importFileError({
      zh: '不是 Excel（.xlsx）文件：请上传从本系统下载的模板或导出文件（CSV、文本或改了扩展名的文件不能导入）',
      en: 'Not an Excel (.xlsx) file: upload the template or an export of this system (CSV, text or renamed files cannot be imported)',
    });
  }
  const label = importHandlers[upload.kind].template.label.zh;
  const bytes = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  return insertUpload(database.db, {
    name: upload.filename ?? `${label}.xlsx`,
    content: seal(protector, bytes),
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    createdBy: upload.userId,
  });
}

type Validation = { preview: ImportPreview; plan: ImportPlan };

const columnOrder = (letter: string) => letter.length * 1000 + letter.charCodeAt(letter.length - 1);
const byPosition = (a: ImportRowError, b: ImportRowError) =>
  a.row - b.row || columnOrder(a.column) - columnOrder(b.column);

/** Reads the sheet row by row through the parser; file-level problems are thrown. */
async function parseUpload(options: ImportRunOptions, kind: ImportKind, content: Uint8Array) {
  const template = importHandlers[kind].template;
  let parser = new SheetParser(template, '', options.today);
  let seen = 0;
  try {
    await readFirstSheetRows(content, {
      skipSheets: HELPER_SHEETS,
      // The quick reader handed the file to exceljs part-way: start the parse afresh.
      onRestart: () => {
        parser = new SheetParser(template, '', options.today);
        seen = 0;
      },
      onSheet: (name) => {
        parser.sheet = name;
      },
      onRow: async (row, cells) => {
        const problem = parser.add(row, cells);
        if (problem) throw importFileError(describeHeaderProblem(problem), problem);
        if (parser.dataRows > MAX_ROWS) {
          throw importFileError({
            zh: `数据超过 ${MAX_ROWS} 行，请拆分后分批导入`,
            en: `More than ${MAX_ROWS} data rows; split the file`,
          });
        }
        if (++seen % PROGRESS_EVERY === 0) {
          await options.progress?.(seen, undefined, { zh: '读取文件', en: 'reading the file' });
        }
        return undefined;
      },
    });
  } catch (err) {
    if (!(err instanceof UnreadableWorkbookError)) throw err;
    throw importFileError({
      zh: 'Excel 无法打开此文件（文件损坏，或不是 .xlsx 工作簿）',
      en: 'The file cannot be opened as an .xlsx workbook (damaged or not a workbook)',
    });
  }
  const problem = parser.finish();
  if (problem || !parser.header)
    throw importFileError(describeHeaderProblem(problem ?? { missing: [], duplicated: [] }), problem);
  if (parser.dataRows === 0) {
    throw importFileError({ zh: '文件中没有数据行', en: 'The file has no data rows' });
  }
  const parsed: ParsedSheet = {
    sheet: parser.sheet,
    dataRows: parser.dataRows,
    header: parser.header,
    rows: parser.rows,
    errors: parser.errors,
  };
  return parsed;
}

/**
 * What makes a kept parse valid for a commit: the same bytes, kind, template and day (a date
 * after "today" is refused, so the day matters).
 */
function parseKey(kind: ImportKind, sha256: string, today: string) {
  const template = importHandlers[kind].template;
  const fingerprint = createHash('sha256')
    .update(JSON.stringify([template.columns, template.dynamic ?? null]))
    .digest('hex');
  return `1|${kind}|${sha256}|${today}|${fingerprint}`;
}

type KeptParse = { key: string; snapshot: SheetSnapshot };

/**
 * The preview parses the workbook (the slow part of an import) and keeps an error-free parse;
 * the commit restores it instead of reading the file again, then checks every row against the
 * registry as it is now. Without a usable kept parse the commit reads the file itself.
 */
async function readUpload(
  options: ImportRunOptions,
  upload: { id: string; sha256: string; content: Uint8Array },
  kind: ImportKind,
  userId: string,
  stage: 'preview' | 'commit',
): Promise<ParsedSheet> {
  const db = options.database.db;
  const template = importHandlers[kind].template;
  const key = parseKey(kind, upload.sha256, options.today);
  if (stage === 'commit') {
    const kept = await findParsedRows(db, upload.id, userId);
    const restored = kept
      ? (JSON.parse(gunzipSync(unseal(options.protector, kept)).toString('utf8')) as KeptParse)
      : null;
    if (restored?.key === key) return restoreSheet(template, restored.snapshot);
  }
  const parsed = await parseUpload(options, kind, upload.content);
  if (stage === 'preview' && parsed.errors.count === 0) {
    const kept: KeptParse = { key, snapshot: snapshotSheet(template, parsed) };
    await deleteParsedRows(db, upload.id);
    await saveParsedRows(
      db,
      upload.id,
      userId,
      seal(options.protector, gzipSync(JSON.stringify(kept), { level: 1 })),
    );
  }
  return parsed;
}

/** Parses the upload and checks it against the database; nothing is written. */
async function validateUpload(
  options: ImportRunOptions,
  upload: { id: string; sha256: string; content: Uint8Array },
  kind: ImportKind,
  userId: string,
  stage: 'preview' | 'commit',
): Promise<Validation> {
  const db = options.database.db;
  const handler = importHandlers[kind];
  const parser = await readUpload(options, upload, kind, userId, stage);
  await options.progress?.(parser.dataRows, parser.dataRows, {
    zh: '校验数据',
    en: 'checking against the registry',
  });
  const header = parser.header;
  const valuesOf = new Map(parser.rows.map((r) => [r.row, r.values]));
  const dbErrors = new ErrorList();
  const plan = await handler.plan(
    {
      db,
      scope: await importScopeOfUser(db, userId),
      today: options.today,
      protector: options.protector,
      present: header.present,
      dynamicNames: header.slots.flatMap((s) => (s.dynamic === null ? [] : [s.dynamic])),
      problem(row, key, message) {
        const column = handler.template.columns.find((c) => c.key === key);
        const value = column ? sheetValue(column.type, valuesOf.get(row)?.[key]) : null;
        const text = value === null ? null : String(value);
        dbErrors.add({
          sheet: parser.sheet,
          row,
          ...locateColumn(handler.template, header, key),
          value: displayValue(column?.type ?? null, text),
          message,
        });
      },
    },
    parser.rows,
  );
  const errors = [...parser.errors.items, ...dbErrors.items].sort(byPosition).slice(0, MAX_REPORTED_ERRORS);
  return {
    plan,
    preview: {
      uploadId: upload.id,
      kind,
      sheet: parser.sheet,
      rows: parser.dataRows,
      errorCount: parser.errors.count + dbErrors.count,
      errors,
      summary: plan.summary,
      ignoredColumns: header.ignored,
    },
  };
}

async function loadUpload(options: ImportRunOptions, uploadId: string, userId: string) {
  const upload = await findUpload(options.database.db, uploadId, userId);
  if (!upload) throw notFound(uploadLabel, 'uploadId');
  return { ...upload, content: unseal(options.protector, upload.content) };
}

/** The dry run. A file that cannot be used at all is refused and not kept. */
export async function previewImport(
  options: ImportRunOptions,
  job: { kind: ImportKind; uploadId: string; userId: string },
): Promise<ImportPreview> {
  const upload = await loadUpload(options, job.uploadId, job.userId);
  try {
    return (await validateUpload(options, upload, job.kind, job.userId, 'preview')).preview;
  } catch (err) {
    if (err instanceof AppError && err.code === ErrorCode.Import)
      await deleteUpload(options.database.db, upload.id);
    throw err;
  }
}

/**
 * Validates again (the registry may have changed since the preview) and applies an error-free
 * file in one transaction: all rows or none, with one audit entry.
 */
export async function commitImport(
  options: ImportRunOptions,
  job: { kind: ImportKind; uploadId: string; userId: string; actor: AuditActor },
): Promise<ImportCommitResult> {
  const upload = await loadUpload(options, job.uploadId, job.userId);
  const { preview, plan } = await validateUpload(options, upload, job.kind, job.userId, 'commit');
  if (preview.errorCount > 0) {
    throw importFileError(
      {
        zh: `文件中有 ${preview.errorCount} 处错误，未导入任何数据；请改正后重新上传`,
        en: `The file has ${preview.errorCount} errors; nothing was imported. Correct them and upload again`,
      },
      { errorCount: preview.errorCount, errors: preview.errors.slice(0, 100) },
    );
  }
  await options.progress?.(preview.rows, preview.rows, { zh: '写入台账', en: 'writing to the registry' });
  const result: ImportCommitResult = {
    uploadId: upload.id,
    kind: job.kind,
    rows: preview.rows,
    created: preview.summary.create,
    updated: preview.summary.update,
    unchanged: preview.summary.unchanged,
  };
  // No progress inside: PGlite serves one connection, so a progress update would wait for the
  // transaction it is reporting on.
  await options.database.db.transaction(async (tx) => {
    await plan.apply(tx);
    await deleteParsedRows(tx, upload.id);
    await appendAudit(tx, {
      ...job.actor,
      action: `import.${job.kind}`,
      entityType: 'file',
      entityId: upload.id,
      after: { ...result, fileName: upload.name, sha256: upload.sha256 },
    });
  });
  return result;
}
