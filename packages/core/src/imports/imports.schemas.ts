import { z } from 'zod';
import { LocalizedTextSchema } from '../api.schemas.ts';

/** The sheets of the registry that can be imported and exported (机构编制台账). */
export const importKinds = ['units', 'quotas', 'staff', 'leaderPosts', 'workload', 'peers'] as const;
export type ImportKind = (typeof importKinds)[number];
export const ImportKindSchema = z.enum(importKinds);

export const ImportKindParamsSchema = z.object({ kind: ImportKindSchema });

/** The .xlsx media type; uploads may also come as application/octet-stream. */
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The raw .xlsx as the request body. Uint8Array, not Buffer: core has no Node types. */
export const ImportUploadBodySchema = z
  .instanceof(Uint8Array, {
    message: '请将 .xlsx 文件作为请求体上传 / Send the .xlsx file as the request body',
  })
  .optional()
  .meta({ type: 'string', format: 'binary', description: '.xlsx 文件内容 / the .xlsx file' });

export const ImportUploadQuerySchema = z.object({
  /** The file's name on the user's computer, kept with the upload. */
  filename: z.string().trim().min(1).max(200).optional(),
});

/** One problem of one cell, where Excel shows it: sheet, row number, column letter and header. */
export const ImportRowErrorSchema = z
  .object({
    sheet: z.string(),
    /** Excel row number (the header is row 1). */
    row: z.number().int(),
    /** Excel column letter, e.g. `B`. */
    column: z.string(),
    /** The column's header as the file shows it. */
    header: z.string(),
    /** The cell as text; null when empty. */
    value: z.string().nullable(),
    message: LocalizedTextSchema,
  })
  .meta({ id: 'ImportRowError' });
export type ImportRowError = z.infer<typeof ImportRowErrorSchema>;

/** How many rows would create, change or leave records as they are. */
export const ImportSummarySchema = z.object({
  create: z.number().int(),
  update: z.number().int(),
  unchanged: z.number().int(),
});
export type ImportSummary = z.infer<typeof ImportSummarySchema>;

/** The dry run of an upload: nothing is written; commit it with its `uploadId` when error-free. */
export const ImportPreviewSchema = z
  .object({
    uploadId: z.uuid(),
    kind: ImportKindSchema,
    sheet: z.string(),
    /** Data rows read (empty rows skipped). */
    rows: z.number().int(),
    errorCount: z.number().int(),
    /** The first 1,000 errors in row order. */
    errors: z.array(ImportRowErrorSchema),
    /** Rows without errors only. */
    summary: ImportSummarySchema,
    /** Headers the template does not know; their cells are not read. */
    ignoredColumns: z.array(z.string()),
  })
  .meta({ id: 'ImportPreview' });
export type ImportPreview = z.infer<typeof ImportPreviewSchema>;

export const ImportCommitInputSchema = z.object({ uploadId: z.uuid() });
export type ImportCommitInput = z.infer<typeof ImportCommitInputSchema>;

export const ImportCommitResultSchema = z
  .object({
    uploadId: z.uuid(),
    kind: ImportKindSchema,
    rows: z.number().int(),
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
  })
  .meta({ id: 'ImportCommitResult' });
export type ImportCommitResult = z.infer<typeof ImportCommitResultSchema>;

export const ImportExportQuerySchema = z.object({
  /** Only units in this region and below it (within the caller's scope). */
  regionId: z.uuid().optional(),
});

/** A column as the web shows it in the import dialog's help. */
export const ImportColumnInfoSchema = z.object({
  key: z.string(),
  header: z.string(),
  required: z.boolean(),
  type: z.string(),
  allowedValues: z.array(z.string()).nullable(),
  note: z.string(),
});

export const ImportTemplateInfoSchema = z
  .object({
    kind: ImportKindSchema,
    label: LocalizedTextSchema,
    columns: z.array(ImportColumnInfoSchema),
    /** Header prefix of open-ended columns (`工作量:`), if the sheet has them. */
    dynamicPrefix: z.string().nullable(),
    notes: z.array(z.string()),
  })
  .meta({ id: 'ImportTemplateInfo' });
export type ImportTemplateInfo = z.infer<typeof ImportTemplateInfoSchema>;
