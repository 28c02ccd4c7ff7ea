import { PassThrough } from 'node:stream';
import {
  DeaRequestSchema,
  DeaResponseSchema,
  EfficiencyOptionsSchema,
  MalmquistRequestSchema,
  MalmquistResponseSchema,
  StaffingNeedQuerySchema,
  StaffingNeedResponseSchema,
} from '@bianping/core/analytics/efficiency-api';
import { XLSX_MIME } from '@bianping/core/imports';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../plugins/auth.ts';
import { apiErrors, attachment } from '../../plugins/responses.ts';
import { registryReaders } from '../registry/registry.policy.ts';
import { writeDeaTable } from './efficiency.export.ts';
import { runDea, runMalmquist } from './efficiency.service.ts';
import { loadEfficiencyOptions } from './efficiency-options.service.ts';
import { estimateUnitNeed } from './staffing-need.service.ts';

const tags = ['analytics'];
const errors = apiErrors(400, 401, 403, 404);
/** Officers and administrators in their region scope; leaders read the same. Nothing is written. */
const readers = { access: { roles: registryReaders } };

/** 使用效益 (/api/v1/analytics): DEA, Malmquist and 编制测算 over the registry's figures. */
export const analyticsRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  app.get(
    '/efficiency/options',
    {
      config: readers,
      schema: {
        tags,
        summary: '使用效益选项 / Efficiency options',
        response: { 200: EfficiencyOptionsSchema, ...errors },
      },
    },
    async (request) => loadEfficiencyOptions(db, principalOf(request)),
  );

  app.post(
    '/dea',
    {
      config: readers,
      schema: {
        tags,
        summary: '效率评价（DEA）/ DEA efficiency',
        body: DeaRequestSchema,
        response: { 200: DeaResponseSchema, ...errors },
      },
    },
    async (request) => runDea(db, principalOf(request), request.body),
  );

  app.post(
    '/dea/export',
    {
      config: readers,
      schema: {
        tags,
        summary: '导出效率评价 / Export the DEA table',
        body: DeaRequestSchema,
        response: {
          200: {
            description: '.xlsx 文件 / the .xlsx file',
            content: { [XLSX_MIME]: { schema: z.string().meta({ format: 'binary' }) } },
          },
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const data = await runDea(db, principalOf(request), request.body);
      const out = new PassThrough();
      writeDeaTable(out, data).catch((err) => {
        request.log.error({ err }, 'DEA export failed');
        out.destroy(err);
      });
      return reply
        .header('content-type', XLSX_MIME)
        .header('content-disposition', attachment(`效率评价_${data.year}.xlsx`, `dea_${data.year}.xlsx`))
        .send(out as never);
    },
  );

  app.post(
    '/malmquist',
    {
      config: readers,
      schema: {
        tags,
        summary: '跨年分析（Malmquist）/ Malmquist index',
        body: MalmquistRequestSchema,
        response: { 200: MalmquistResponseSchema, ...errors },
      },
    },
    async (request) => runMalmquist(db, principalOf(request), request.body),
  );

  app.get(
    '/staffing-need/:unitId',
    {
      config: readers,
      schema: {
        tags,
        summary: '编制测算 / Staffing-need estimate',
        params: z.object({ unitId: z.uuid() }),
        querystring: StaffingNeedQuerySchema,
        response: { 200: StaffingNeedResponseSchema, ...errors },
      },
    },
    async (request) => estimateUnitNeed(db, principalOf(request), request.params.unitId, request.query),
  );
};
