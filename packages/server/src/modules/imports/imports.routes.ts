import { PassThrough } from 'node:stream';
import { notFound } from '@bianping/core/errors';
import {
  ImportCommitInputSchema,
  ImportCommitResultSchema,
  ImportExportQuerySchema,
  ImportKindParamsSchema,
  ImportPreviewSchema,
  ImportTemplateInfoSchema,
  ImportUploadBodySchema,
  ImportUploadQuerySchema,
  importKinds,
  XLSX_MIME,
} from '@bianping/core/imports';
import { JobStartedSchema } from '@bianping/core/jobs';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { JobDefinition } from '../../jobs/job-definition.ts';
import { runInline } from '../../jobs/queue.ts';
import { principalOf } from '../../plugins/auth.ts';
import { apiErrors, attachment } from '../../plugins/responses.ts';
import { todayInChina } from '../../time.ts';
import { describeTemplate, prepareExport, writeTemplate } from './imports.export.ts';
import { type ImportJobPayload, importCommitJob, importPreviewJob } from './imports.jobs.ts';
import { exportRegions, importers, importScopeOf } from './imports.policy.ts';
import { findUploadSize } from './imports.queries.ts';
import { INLINE_MAX_BYTES, MAX_UPLOAD_BYTES, storeUpload, uploadTooLarge } from './imports.service.ts';
import { importHandlers } from './kinds/handlers.ts';

const tags = ['imports'];
const access = { access: { roles: importers } };
const errors = apiErrors(400, 401, 403, 404, 413);
const xlsxResponse = {
  description: '.xlsx 文件 / the .xlsx file',
  content: { [XLSX_MIME]: { schema: z.string().meta({ format: 'binary' }) } },
};

/** Reads the raw upload, refusing it as soon as it passes the limit. */
async function readUpload(request: FastifyRequest, payload: AsyncIterable<Buffer>) {
  if (Number(request.headers['content-length'] ?? 0) > MAX_UPLOAD_BYTES) throw uploadTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of payload) {
    size += chunk.length;
    if (size > MAX_UPLOAD_BYTES) throw uploadTooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * 台账导入导出 (/api/v1/imports): templates, dry-run preview, commit and export of the registry
 * sheets. Preview and commit are jobs: answered within the request for uploads up to ~5,000
 * rows (and whenever no queue runs), otherwise queued with 202 and `{runId}` to poll.
 */
export const importsRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;
  const previewJob = importPreviewJob(app.idProtector);
  const commitJob = importCommitJob(app.idProtector);
  app.addContentTypeParser([XLSX_MIME, 'application/octet-stream', '*'], readUpload);

  /** Runs a preview or commit: within the request when small or without a queue, else queued. */
  async function run(
    reply: FastifyReply,
    job: JobDefinition<ImportJobPayload>,
    payload: ImportJobPayload,
    size: number,
  ) {
    if (app.queue && size > INLINE_MAX_BYTES) {
      return reply.status(202).send({ runId: await app.queue.enqueue(job.name, payload, payload.userId) });
    }
    const { result } = await runInline(app.database, job as JobDefinition<never>, payload, payload.userId);
    return reply.status(200).send(result as never);
  }

  const jobPayload = (request: FastifyRequest, kind: ImportJobPayload['kind'], uploadId: string) => {
    const principal = principalOf(request);
    return { kind, uploadId, userId: principal.userId, actorName: principal.username, requestId: request.id };
  };

  app.get(
    '/templates',
    {
      config: access,
      schema: {
        tags,
        summary: '导入模板的列说明 / Columns of every import sheet',
        response: { 200: z.array(ImportTemplateInfoSchema), ...errors },
      },
    },
    async () => importKinds.map(describeTemplate),
  );

  app.get(
    '/:kind/template',
    {
      config: access,
      schema: {
        tags,
        summary: '下载导入模板 / Download the import template',
        params: ImportKindParamsSchema,
        response: { 200: xlsxResponse, ...errors },
      },
    },
    async (request, reply) => {
      const { kind } = request.params;
      const out = new PassThrough();
      writeTemplate(kind, out).catch((err) => out.destroy(err));
      const name = `${importHandlers[kind].template.label.zh}_导入模板.xlsx`;
      return reply
        .header('content-type', XLSX_MIME)
        .header('content-disposition', attachment(name, `${kind}_template.xlsx`))
        .send(out as never);
    },
  );

  app.post(
    '/:kind/preview',
    {
      config: access,
      schema: {
        tags,
        summary: '上传并预检（不写入）/ Upload and dry-run',
        description: '请求体为 .xlsx 文件本身 / the body is the .xlsx file itself',
        consumes: [XLSX_MIME, 'application/octet-stream'],
        params: ImportKindParamsSchema,
        querystring: ImportUploadQuerySchema,
        body: ImportUploadBodySchema,
        response: { 200: ImportPreviewSchema, 202: JobStartedSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { kind } = request.params;
      const uploadId = await storeUpload(app.database, app.idProtector, request.body, {
        kind,
        filename: request.query.filename,
        userId: principalOf(request).userId,
      });
      return run(reply, previewJob, jobPayload(request, kind, uploadId), request.body?.length ?? 0);
    },
  );

  app.post(
    '/:kind/commit',
    {
      config: access,
      schema: {
        tags,
        summary: '导入（全部成功或全部不导入）/ Import, all rows or none',
        params: ImportKindParamsSchema,
        body: ImportCommitInputSchema,
        response: { 200: ImportCommitResultSchema, 202: JobStartedSchema, ...errors },
      },
    },
    async (request, reply) => {
      const payload = jobPayload(request, request.params.kind, request.body.uploadId);
      const size = await findUploadSize(db, payload.uploadId, payload.userId);
      if (size === null) throw notFound({ zh: '上传的文件', en: 'Upload' }, 'uploadId');
      return run(reply, commitJob, payload, size);
    },
  );

  app.get(
    '/:kind/export',
    {
      config: access,
      schema: {
        tags,
        summary: '导出（与模板列相同）/ Export, in the template’s columns',
        params: ImportKindParamsSchema,
        querystring: ImportExportQuerySchema,
        response: { 200: xlsxResponse, ...errors },
      },
    },
    async (request, reply) => {
      const { kind } = request.params;
      const scope = await importScopeOf(db, principalOf(request));
      const regionIds = await exportRegions(db, scope, request.query.regionId);
      const write = await prepareExport(db, kind, regionIds);
      const out = new PassThrough();
      write(out).catch((err) => {
        request.log.error({ err }, 'export failed');
        out.destroy(err);
      });
      const name = `${importHandlers[kind].template.label.zh}_${todayInChina()}.xlsx`;
      return reply
        .header('content-type', XLSX_MIME)
        .header('content-disposition', attachment(name, `${kind}_${todayInChina()}.xlsx`))
        .send(out as never);
    },
  );
};
