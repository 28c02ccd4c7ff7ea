import {
  ImportCommitResultSchema,
  type ImportKind,
  ImportPreviewSchema,
  ImportTemplateInfoSchema,
  XLSX_MIME,
} from '@bianping/core/imports';
import { JobStartedSchema } from '@bianping/core/jobs';
import { z } from 'zod';
import { request } from './client.ts';
import { downloadFile, uploadFile } from './files.ts';

/**
 * Preview and commit are answered at once for ordinary files; a large one comes back as a
 * background run to poll (202 with `runId`), whose result has the same shape.
 */
const PreviewAnswerSchema = z.union([ImportPreviewSchema, JobStartedSchema]);
const CommitAnswerSchema = z.union([ImportCommitResultSchema, JobStartedSchema]);
const TemplateListSchema = z.array(ImportTemplateInfoSchema);

export type PreviewAnswer = z.infer<typeof PreviewAnswerSchema>;
export type CommitAnswer = z.infer<typeof CommitAnswerSchema>;

export const isJobStarted = (answer: object): answer is { runId: string } => 'runId' in answer;

export const listImportTemplates = (signal?: AbortSignal) =>
  request('GET', '/imports/templates', { schema: TemplateListSchema, signal });

export const previewImport = (
  kind: ImportKind,
  file: File,
  onProgress?: (percent: number) => void,
  signal?: AbortSignal,
) =>
  uploadFile(`/imports/${kind}/preview`, {
    schema: PreviewAnswerSchema,
    file,
    contentType: XLSX_MIME,
    query: { filename: file.name },
    onProgress,
    signal,
  });

export const commitImport = (kind: ImportKind, uploadId: string) =>
  request('POST', `/imports/${kind}/commit`, { schema: CommitAnswerSchema, body: { uploadId } });

export const downloadTemplate = (kind: ImportKind) =>
  downloadFile(`/imports/${kind}/template`, undefined, `${kind}_template.xlsx`);

/** The sheet as it stands, in the template's columns; `regionId` narrows it to a subtree. */
export const downloadExport = (kind: ImportKind, regionId?: string) =>
  downloadFile(`/imports/${kind}/export`, { regionId }, `${kind}.xlsx`);
