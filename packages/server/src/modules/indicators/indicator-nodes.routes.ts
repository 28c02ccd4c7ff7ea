import { IdParamsSchema } from '@bianping/core/api';
import {
  IndicatorNodeCreateInputSchema,
  IndicatorNodeDeleteInputSchema,
  IndicatorNodeMoveInputSchema,
  IndicatorNodeParamsSchema,
  IndicatorNodeUpdateInputSchema,
  IndicatorSetDetailSchema,
} from '@bianping/core/indicators/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { principalOf } from '../../plugins/auth.ts';
import { addNode, deleteNode, editNode, relocateNode } from './indicator-nodes.service.ts';
import { getSetDetail } from './indicators-detail.ts';
import {
  callerOf,
  indicatorErrors as errors,
  indicatorTags as tags,
  writeAccess,
} from './indicators-route-kit.ts';

/**
 * The tree of a draft (/indicator-sets/:id/nodes): add, edit, remove with the subtree, move or
 * reorder. Every call states the set's version and answers the whole set again, renumbered.
 */
export const indicatorNodesRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;
  const response = { 200: IndicatorSetDetailSchema, ...errors };

  app.post(
    '/:id/nodes',
    {
      config: writeAccess,
      schema: {
        tags,
        summary: '新增指标 / Add an indicator',
        params: IdParamsSchema,
        body: IndicatorNodeCreateInputSchema,
        response: { 201: IndicatorSetDetailSchema, ...errors },
      },
    },
    async (request, reply) => {
      await addNode(db, callerOf(request), request.params.id, request.body);
      return reply.status(201).send(await getSetDetail(db, principalOf(request), request.params.id));
    },
  );

  app.patch(
    '/:id/nodes/:nodeId',
    {
      config: writeAccess,
      schema: {
        tags,
        summary: '修改指标 / Edit an indicator',
        params: IndicatorNodeParamsSchema,
        body: IndicatorNodeUpdateInputSchema,
        response,
      },
    },
    async (request) => {
      const { id, nodeId } = request.params;
      await editNode(db, callerOf(request), id, nodeId, request.body);
      return getSetDetail(db, principalOf(request), id);
    },
  );

  app.delete(
    '/:id/nodes/:nodeId',
    {
      config: writeAccess,
      schema: {
        tags,
        summary: '删除指标及其下级 / Remove an indicator and those below it',
        params: IndicatorNodeParamsSchema,
        querystring: IndicatorNodeDeleteInputSchema,
        response,
      },
    },
    async (request) => {
      const { id, nodeId } = request.params;
      await deleteNode(db, callerOf(request), id, nodeId, request.query.version);
      return getSetDetail(db, principalOf(request), id);
    },
  );

  app.post(
    '/:id/nodes/:nodeId/move',
    {
      config: writeAccess,
      schema: {
        tags,
        summary: '移动或调整顺序（自动重新编号）/ Move or reorder (codes renumbered)',
        params: IndicatorNodeParamsSchema,
        body: IndicatorNodeMoveInputSchema,
        response,
      },
    },
    async (request) => {
      const { id, nodeId } = request.params;
      await relocateNode(db, callerOf(request), id, nodeId, request.body);
      return getSetDetail(db, principalOf(request), id);
    },
  );
};
