import { IdParamsSchema, OkSchema } from '@bianping/core/api';
import {
  VersionQuerySchema,
  WorkloadMeasureInputSchema,
  WorkloadMeasureListQuerySchema,
  WorkloadMeasureSchema,
  WorkloadMeasureUpdateSchema,
} from '@bianping/core/registry/workload';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiErrors } from '../../plugins/responses.ts';
import { actorOf } from '../audit/audit-actor.ts';
import { registryEditors, registryViewers } from './registry.policy.ts';
import { listMeasures } from './workload-measures.queries.ts';
import { createMeasure, deleteMeasure, updateMeasure } from './workload-measures.service.ts';

const tags = ['registry'];
const errors = apiErrors(400, 401, 403, 404, 409);
const editors = { access: { roles: registryEditors } };

/**
 * 工作量指标 (/api/v1/workload-measures): the measures each category reports. Definitions are
 * installation-wide reference data, like the vocabularies: every registry viewer reads them,
 * officers and administrators change them.
 */
export const workloadMeasuresRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;
  const present = async (id: string) => {
    const [row] = await listMeasures(db, { id });
    if (!row) throw new Error(`measure ${id} vanished`);
    return row;
  };

  app.get(
    '/',
    {
      config: { access: { roles: registryViewers } },
      schema: {
        tags,
        summary: '工作量指标 / Workload measures',
        querystring: WorkloadMeasureListQuerySchema,
        response: { 200: z.array(WorkloadMeasureSchema), ...errors },
      },
    },
    async (request) => listMeasures(db, { category: request.query.category }),
  );

  app.post(
    '/',
    {
      config: editors,
      schema: {
        tags,
        summary: '新增工作量指标 / Define a workload measure',
        body: WorkloadMeasureInputSchema,
        response: { 201: WorkloadMeasureSchema, ...errors },
      },
    },
    async (request, reply) => {
      const row = await createMeasure(db, request.body, actorOf(request));
      return reply.status(201).send(await present(row.id));
    },
  );

  app.patch(
    '/:id',
    {
      config: editors,
      schema: {
        tags,
        summary: '修改工作量指标 / Update a workload measure',
        params: IdParamsSchema,
        body: WorkloadMeasureUpdateSchema,
        response: { 200: WorkloadMeasureSchema, ...errors },
      },
    },
    async (request) => {
      await updateMeasure(db, request.params.id, request.body, actorOf(request));
      return present(request.params.id);
    },
  );

  app.delete(
    '/:id',
    {
      config: editors,
      schema: {
        tags,
        summary: '删除未使用的工作量指标 / Delete an unused workload measure',
        params: IdParamsSchema,
        querystring: VersionQuerySchema,
        response: { 200: OkSchema, ...errors },
      },
    },
    async (request) => {
      await deleteMeasure(db, request.params.id, request.query.version, actorOf(request));
      return { ok: true as const };
    },
  );
};
