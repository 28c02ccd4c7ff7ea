import { IdParamsSchema } from '@bianping/core/api';
import { XLSX_MIME } from '@bianping/core/imports';
import {
  IndicatorExportQuerySchema,
  IndicatorImportBodySchema,
  IndicatorImportQuerySchema,
  IndicatorImportResultSchema,
} from '@bianping/core/indicators/api';
import { exportIndicatorSet } from '@bianping/core/indicators/transfer-json';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../plugins/auth.ts';
import { attachment } from '../../plugins/responses.ts';
import { getSetDetail } from './indicators-detail.ts';
import {
  callerOf,
  indicatorErrors as errors,
  readAccess,
  indicatorTags as tags,
  writeAccess,
} from './indicators-route-kit.ts';
import {
  commitSetImport,
  fileTooLarge,
  importResult,
  MAX_SET_FILE_BYTES,
  readSetFile,
} from './indicators-transfer.service.ts';
import { writeSetWorkbook } from './indicators-workbook.ts';

/** Reads the raw upload (.xlsx or .json alike), refusing it as soon as it passes the limit. */
async function readUpload(request: FastifyRequest, payload: AsyncIterable<Buffer>) {
  if (Number(request.headers['content-length'] ?? 0) > MAX_SET_FILE_BYTES) throw fileTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of payload) {
    size += chunk.length;
    if (size > MAX_SET_FILE_BYTES) throw fileTooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * Export and import of a set (/indicator-sets/:id/export, /indicator-sets/import). The upload is
 * the file itself as the request body, as the registry imports take it; a JSON file stays bytes
 * here (this plugin's own parsers), so both formats are read and checked the same way.
 */
export const indicatorsTransferRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser(['application/json', XLSX_MIME, 'application/octet-stream', '*'], readUpload);

  app.get(
    '/:id/export',
    {
      config: readAccess,
      schema: {
        tags,
        summary: '导出指标体系（Excel 或 JSON）/ Export a set as Excel or JSON',
        params: IdParamsSchema,
        querystring: IndicatorExportQuerySchema,
        response: {
          200: {
            description: '.xlsx 或 .json 文件 / the file',
            content: {
              [XLSX_MIME]: { schema: z.string().meta({ format: 'binary' }) },
              'application/json': { schema: z.string().meta({ format: 'binary' }) },
            },
          },
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const { set, nodes } = await getSetDetail(db, principalOf(request), request.params.id);
      const base = `${set.name}_第${set.edition}版`;
      if (request.query.format === 'json') {
        const body = JSON.stringify(exportIndicatorSet(set, nodes, new Date().toISOString()), null, 2);
        return reply
          .header('content-type', 'application/json; charset=utf-8')
          .header('content-disposition', attachment(`${base}.json`, `indicator-set_${set.edition}.json`))
          .send(body as never);
      }
      return reply
        .header('content-type', XLSX_MIME)
        .header('content-disposition', attachment(`${base}.xlsx`, `indicator-set_${set.edition}.xlsx`))
        .send((await writeSetWorkbook(set, nodes)) as never);
    },
  );

  app.post(
    '/import',
    {
      config: writeAccess,
      schema: {
        tags,
        summary: '导入指标体系：预检或导入为草稿 / Import a set: dry run, or create a draft',
        description: '请求体为 .xlsx 或 .json 文件本身 / the body is the .xlsx or .json file itself',
        consumes: [XLSX_MIME, 'application/json', 'application/octet-stream'],
        querystring: IndicatorImportQuerySchema,
        body: IndicatorImportBodySchema,
        response: {
          200: IndicatorImportResultSchema,
          201: IndicatorImportResultSchema,
          ...errors,
          413: errors[400],
        },
      },
    },
    async (request, reply) => {
      const { dryRun, filename } = request.query;
      const read = await readSetFile(request.body, filename);
      if (dryRun) return importResult(read, true, null);
      const setId = await commitSetImport(db, callerOf(request), read);
      return reply.status(201).send(importResult(read, false, setId));
    },
  );
};
