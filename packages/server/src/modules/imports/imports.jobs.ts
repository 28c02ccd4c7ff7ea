import { ImportKindSchema } from '@bianping/core/imports';
import { z } from 'zod';
import { defineJob } from '../../jobs/job-definition.ts';
import { todayInChina } from '../../time.ts';
import type { IdProtector } from '../staff/id-number-protection.ts';
import { commitImport, previewImport } from './imports.service.ts';

export const IMPORT_PREVIEW_JOB = 'imports.preview';
export const IMPORT_COMMIT_JOB = 'imports.commit';

const ImportJobPayloadSchema = z.object({
  kind: ImportKindSchema,
  uploadId: z.uuid(),
  userId: z.uuid(),
  actorName: z.string().nullable(),
  requestId: z.string().nullable(),
});
export type ImportJobPayload = z.infer<typeof ImportJobPayloadSchema>;

/** The dry run of an upload; its result is the preview the web shows. */
export const importPreviewJob = (protector: IdProtector) =>
  defineJob({
    name: IMPORT_PREVIEW_JOB,
    payload: ImportJobPayloadSchema,
    handler: (p, ctx) =>
      previewImport({ database: ctx.database, protector, today: todayInChina(), progress: ctx.progress }, p),
  });

/** Applies an error-free upload in one transaction. */
export const importCommitJob = (protector: IdProtector) =>
  defineJob({
    name: IMPORT_COMMIT_JOB,
    payload: ImportJobPayloadSchema,
    handler: (p, ctx) =>
      commitImport(
        { database: ctx.database, protector, today: todayInChina(), progress: ctx.progress },
        { ...p, actor: { actorId: p.userId, actorName: p.actorName, requestId: p.requestId } },
      ),
  });

/** Both import jobs, for the queue's job list. */
export const importJobs = (protector: IdProtector) => [
  importPreviewJob(protector),
  importCommitJob(protector),
];
