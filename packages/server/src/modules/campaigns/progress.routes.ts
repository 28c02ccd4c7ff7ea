import { PassThrough } from 'node:stream';
import { IdParamsSchema } from '@bianping/core/api';
import { CampaignProgressSchema } from '@bianping/core/campaigns/progress';
import { ProgressExportQuerySchema, ProgressRemindResultSchema } from '@bianping/core/campaigns/progress-api';
import { XLSX_MIME } from '@bianping/core/imports';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../plugins/auth.ts';
import { attachment } from '../../plugins/responses.ts';
import { callerOf } from './campaign-edit.ts';
import { campaignErrors as errors, campaignTags as tags } from './campaign-route-kit.ts';
import { progressCsv, writeProgressWorkbook } from './progress.export.ts';
import {
  campaignForProgress,
  loadProgress,
  progressReaders,
  progressReminders,
  remindOverdue,
} from './progress.service.ts';

const readAccess = { access: { roles: progressReaders } };
const CSV_MIME = 'text/csv; charset=utf-8';

/**
 * The campaign dashboard (/api/v1/campaigns/:id/progress): per target and phase state and
 * lateness with counts per team and phase, its export (Excel or CSV) and the reminder (催办).
 */
export const progressRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  app.get(
    '/:id/progress',
    {
      config: readAccess,
      schema: {
        tags,
        summary: '评估进度 / Campaign progress',
        params: IdParamsSchema,
        response: { 200: CampaignProgressSchema, ...errors },
      },
    },
    async (request) =>
      loadProgress(db, await campaignForProgress(db, principalOf(request), request.params.id)),
  );

  app.get(
    '/:id/progress/export',
    {
      config: readAccess,
      schema: {
        tags,
        summary: '导出评估进度 / Export the campaign progress',
        params: IdParamsSchema,
        querystring: ProgressExportQuerySchema,
        response: {
          200: {
            description: '.xlsx 或 .csv 文件 / the .xlsx or .csv file',
            content: {
              [XLSX_MIME]: { schema: z.string().meta({ format: 'binary' }) },
              'text/csv': { schema: z.string() },
            },
          },
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const { format, lang } = request.query;
      const row = await campaignForProgress(db, principalOf(request), request.params.id);
      const progress = await loadProgress(db, row);
      const name = `评估进度_${row.name}_${progress.today}.${format}`;
      reply.header('content-disposition', attachment(name, `progress_${progress.today}.${format}`));
      if (format === 'csv') return reply.header('content-type', CSV_MIME).send(progressCsv(progress, lang));
      const out = new PassThrough();
      writeProgressWorkbook(out, progress, row.name, lang).catch((err) => {
        request.log.error({ err }, 'progress export failed');
        out.destroy(err);
      });
      return reply.header('content-type', XLSX_MIME).send(out as never);
    },
  );

  app.post(
    '/:id/progress/remind',
    {
      config: { access: { roles: progressReminders } },
      schema: {
        tags,
        summary: '催办逾期工作 / Remind those who owe overdue work',
        params: IdParamsSchema,
        response: { 200: ProgressRemindResultSchema, ...errors },
      },
    },
    async (request) => remindOverdue(db, callerOf(request), request.params.id),
  );
};
