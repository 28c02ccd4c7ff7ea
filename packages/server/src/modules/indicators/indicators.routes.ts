import { IdParamsSchema } from '@bianping/core/api';
import {
  IndicatorSetArchiveInputSchema,
  IndicatorSetCreateInputSchema,
  IndicatorSetDeleteQuerySchema,
  IndicatorSetDeriveInputSchema,
  IndicatorSetDetailSchema,
  IndicatorSetListQuerySchema,
  IndicatorSetListSchema,
  IndicatorSetNewVersionInputSchema,
  IndicatorSetPublishInputSchema,
  IndicatorSetUpdateInputSchema,
} from '@bianping/core/indicators/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../plugins/auth.ts';
import { indicatorCommentsRoutes } from './indicator-comments.routes.ts';
import { indicatorNodesRoutes } from './indicator-nodes.routes.ts';
import { visibleStatuses } from './indicators.policy.ts';
import { listSets } from './indicators.queries.ts';
import {
  changeStatus,
  createSet,
  deleteDraft,
  deriveSet,
  publishSet,
  startNewVersion,
  updateSetMeta,
} from './indicators.service.ts';
import { indicatorsAhpRoutes } from './indicators-ahp.routes.ts';
import { getSetDetail } from './indicators-detail.ts';
import { indicatorsFormulaRoutes } from './indicators-formula.routes.ts';
import {
  callerOf,
  indicatorErrors as errors,
  readAccess,
  indicatorTags as tags,
  writeAccess,
} from './indicators-route-kit.ts';
import { indicatorsTransferRoutes } from './indicators-transfer.routes.ts';

/**
 * 指标体系 (/api/v1/indicator-sets): the sets and their editions. Nodes, AHP, comments, formulas
 * and import/export are sibling plugins registered here, so the app registers one prefix.
 */
export const indicatorsRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;
  await app.register(indicatorsFormulaRoutes);
  await app.register(indicatorsTransferRoutes);
  await app.register(indicatorNodesRoutes);
  await app.register(indicatorsAhpRoutes);
  await app.register(indicatorCommentsRoutes);

  const detail = { 200: IndicatorSetDetailSchema, ...errors };
  const created = { 201: IndicatorSetDetailSchema, ...errors };

  app.get(
    '/',
    {
      config: readAccess,
      schema: {
        tags,
        summary: '指标体系列表 / Indicator sets',
        querystring: IndicatorSetListQuerySchema,
        response: { 200: IndicatorSetListSchema, ...errors },
      },
    },
    async (request) => {
      const { page, pageSize, latestOnly, ...filter } = request.query;
      const statuses = visibleStatuses(principalOf(request));
      return listSets(db, { ...filter, statuses, latestOnly: latestOnly ?? true }, page, pageSize);
    },
  );

  app.post(
    '/',
    {
      config: writeAccess,
      schema: {
        tags,
        summary: '新建指标体系草稿 / Create a draft set',
        body: IndicatorSetCreateInputSchema,
        response: created,
      },
    },
    async (request, reply) => {
      const id = await createSet(db, callerOf(request), request.body);
      return reply.status(201).send(await getSetDetail(db, principalOf(request), id));
    },
  );

  app.get(
    '/:id',
    {
      config: readAccess,
      schema: {
        tags,
        summary: '指标体系详情 / A set with its indicators',
        params: IdParamsSchema,
        response: detail,
      },
    },
    async (request) => getSetDetail(db, principalOf(request), request.params.id),
  );

  app.patch(
    '/:id',
    {
      config: writeAccess,
      schema: {
        tags,
        summary: '修改草稿信息 / Edit a draft’s name, category, full mark …',
        params: IdParamsSchema,
        body: IndicatorSetUpdateInputSchema,
        response: detail,
      },
    },
    async (request) => {
      await updateSetMeta(db, callerOf(request), request.params.id, request.body);
      return getSetDetail(db, principalOf(request), request.params.id);
    },
  );

  app.delete(
    '/:id',
    {
      config: writeAccess,
      schema: {
        tags,
        summary: '删除草稿 / Delete a draft',
        params: IdParamsSchema,
        querystring: IndicatorSetDeleteQuerySchema,
        response: { 204: z.null().describe('已删除 / deleted'), ...errors },
      },
    },
    async (request, reply) => {
      await deleteDraft(db, callerOf(request), request.params.id, request.query.version);
      return reply.status(204).send(null);
    },
  );

  type Caller = ReturnType<typeof callerOf>;
  const transitions = [
    {
      path: 'publish',
      summary: '发布（通过校验后）/ Publish when validation passes',
      body: IndicatorSetPublishInputSchema,
      run: (caller: Caller, id: string, version: number) => publishSet(db, caller, id, version),
    },
    {
      path: 'archive',
      summary: '停用已发布版本 / Archive a published edition',
      body: IndicatorSetArchiveInputSchema,
      run: (caller: Caller, id: string, version: number) => changeStatus(db, caller, id, version, 'archive'),
    },
    {
      path: 'restore',
      summary: '恢复已停用版本 / Bring an archived edition back',
      body: IndicatorSetArchiveInputSchema,
      run: (caller: Caller, id: string, version: number) => changeStatus(db, caller, id, version, 'restore'),
    },
  ];
  for (const t of transitions) {
    app.post(
      `/:id/${t.path}`,
      {
        config: writeAccess,
        schema: { tags, summary: t.summary, params: IdParamsSchema, body: t.body, response: detail },
      },
      async (request) => {
        await t.run(callerOf(request), request.params.id, request.body.version);
        return getSetDetail(db, principalOf(request), request.params.id);
      },
    );
  }

  app.post(
    '/:id/new-version',
    {
      config: writeAccess,
      schema: {
        tags,
        summary: '基于已发布版本新建草稿版本 / Start a new draft edition from a published one',
        params: IdParamsSchema,
        body: IndicatorSetNewVersionInputSchema,
        response: created,
      },
    },
    async (request, reply) => {
      const id = await startNewVersion(db, callerOf(request), request.params.id);
      return reply.status(201).send(await getSetDetail(db, principalOf(request), id));
    },
  );

  app.post(
    '/:id/derive',
    {
      config: writeAccess,
      schema: {
        tags,
        summary: '派生（细化）为本级指标体系 / Derive a refined set, keeping each indicator’s lineage',
        params: IdParamsSchema,
        body: IndicatorSetDeriveInputSchema,
        response: created,
      },
    },
    async (request, reply) => {
      const id = await deriveSet(db, callerOf(request), request.params.id, request.body);
      return reply.status(201).send(await getSetDetail(db, principalOf(request), id));
    },
  );
};
