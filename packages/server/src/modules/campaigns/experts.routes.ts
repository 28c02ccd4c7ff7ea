import { IdParamsSchema } from '@bianping/core/api';
import {
  ExpertConflictsInputSchema,
  ExpertCreateInputSchema,
  ExpertListQuerySchema,
  ExpertListSchema,
  ExpertSchema,
  ExpertUpdateInputSchema,
} from '@bianping/core/campaigns/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from './campaign-edit.ts';
import {
  campaignErrors as errors,
  expertReadAccess,
  expertWriteAccess,
  expertTags as tags,
} from './campaign-route-kit.ts';
import { listExperts } from './experts.queries.ts';
import { createExpert, editExpert, requireExpert, setExpertConflicts } from './experts.service.ts';

/** 专家库 (/api/v1/experts): list, add, edit, declared conflicts of interest. */
export const expertsRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;
  const one = { 200: ExpertSchema, ...errors };

  app.get(
    '/',
    {
      config: expertReadAccess,
      schema: {
        tags,
        summary: '专家库 / The expert pool',
        querystring: ExpertListQuerySchema,
        response: { 200: ExpertListSchema, ...errors },
      },
    },
    async (request) => {
      const { page, pageSize, q, active } = request.query;
      const filter = { q, ...(active ? { active: active === 'true' } : {}) };
      return { ...(await listExperts(db, filter, page, pageSize)), page, pageSize };
    },
  );

  app.get(
    '/:id',
    {
      config: expertReadAccess,
      schema: { tags, summary: '专家 / An expert', params: IdParamsSchema, response: one },
    },
    async (request) => requireExpert(db, request.params.id),
  );

  app.post(
    '/',
    {
      config: expertWriteAccess,
      schema: {
        tags,
        summary: '添加专家 / Add an expert',
        body: ExpertCreateInputSchema,
        response: { 201: ExpertSchema, ...errors },
      },
    },
    async (request, reply) => {
      const id = await createExpert(db, callerOf(request), request.body);
      return reply.status(201).send(await requireExpert(db, id));
    },
  );

  app.patch(
    '/:id',
    {
      config: expertWriteAccess,
      schema: {
        tags,
        summary: '修改专家信息 / Edit an expert',
        params: IdParamsSchema,
        body: ExpertUpdateInputSchema,
        response: one,
      },
    },
    async (request) => {
      await editExpert(db, callerOf(request), request.params.id, request.body);
      return requireExpert(db, request.params.id);
    },
  );

  app.put(
    '/:id/conflicts',
    {
      config: expertWriteAccess,
      schema: {
        tags,
        summary: '登记利益冲突单位 / Declare the units an expert is conflicted with',
        params: IdParamsSchema,
        body: ExpertConflictsInputSchema,
        response: one,
      },
    },
    async (request) => {
      await setExpertConflicts(db, callerOf(request), request.params.id, request.body);
      return requireExpert(db, request.params.id);
    },
  );
};
