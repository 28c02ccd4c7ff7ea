import { IdParamsSchema } from '@bianping/core/api';
import {
  AhpApplyInputSchema,
  AhpApplyResultSchema,
  AhpJudgementInputSchema,
  AhpQuerySchema,
  AhpViewSchema,
} from '@bianping/core/indicators/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { principalOf } from '../../plugins/auth.ts';
import { applyCombinedWeights, getAhpView, saveOwnJudgement } from './indicators-ahp.service.ts';
import { getSetDetail } from './indicators-detail.ts';
import {
  callerOf,
  indicatorErrors as errors,
  reviewAccess,
  indicatorTags as tags,
  writeAccess,
} from './indicators-route-kit.ts';

/**
 * AHP 赋权 (/indicator-sets/:id/ahp): each officer or expert saves their own pairwise matrix for
 * the children of a node; officers see everyone's and apply the geometric-mean combination.
 */
export const indicatorsAhpRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  app.get(
    '/:id/ahp',
    {
      config: reviewAccess,
      schema: {
        tags,
        summary: 'AHP 判断矩阵与合成结果 / Pairwise judgements and their combination',
        params: IdParamsSchema,
        querystring: AhpQuerySchema,
        response: { 200: AhpViewSchema, ...errors },
      },
    },
    async (request) => getAhpView(db, principalOf(request), request.params.id, request.query),
  );

  app.put(
    '/:id/ahp',
    {
      config: reviewAccess,
      schema: {
        tags,
        summary: '保存本人的判断矩阵 / Save your own pairwise matrix',
        params: IdParamsSchema,
        body: AhpJudgementInputSchema,
        response: { 200: AhpViewSchema, ...errors },
      },
    },
    async (request) => {
      const { id } = request.params;
      const { parentId, riTable, method } = request.body;
      await saveOwnJudgement(db, callerOf(request), id, request.body);
      return getAhpView(db, principalOf(request), id, {
        ...(parentId ? { parentId } : {}),
        ...(riTable ? { riTable } : {}),
        ...(method ? { method } : {}),
      });
    },
  );

  app.post(
    '/:id/ahp/apply',
    {
      config: writeAccess,
      schema: {
        tags,
        summary: '应用合成权重为分值（CR < 0.1）/ Apply the combined weights as points (CR < 0.1)',
        params: IdParamsSchema,
        body: AhpApplyInputSchema,
        response: { 200: AhpApplyResultSchema, ...errors },
      },
    },
    async (request) => {
      const outcome = await applyCombinedWeights(db, callerOf(request), request.params.id, request.body);
      return { outcome, detail: await getSetDetail(db, principalOf(request), request.params.id) };
    },
  );
};
