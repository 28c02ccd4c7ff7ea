import { IdParamsSchema } from '@bianping/core/api';
import { IndicatorCommentInputSchema, IndicatorCommentListSchema } from '@bianping/core/indicators/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { principalOf } from '../../plugins/auth.ts';
import { addComment, getComments } from './indicator-comments.service.ts';
import {
  callerOf,
  indicatorErrors as errors,
  reviewAccess,
  indicatorTags as tags,
} from './indicators-route-kit.ts';

/** 意见 (/indicator-sets/:id/comments): experts and officers discuss a draft. */
export const indicatorCommentsRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  app.get(
    '/:id/comments',
    {
      config: reviewAccess,
      schema: {
        tags,
        summary: '意见列表 / Comments on a set',
        params: IdParamsSchema,
        response: { 200: IndicatorCommentListSchema, ...errors },
      },
    },
    async (request) => ({ items: await getComments(db, principalOf(request), request.params.id) }),
  );

  app.post(
    '/:id/comments',
    {
      config: reviewAccess,
      schema: {
        tags,
        summary: '提出意见 / Comment on a draft or one of its indicators',
        params: IdParamsSchema,
        body: IndicatorCommentInputSchema,
        response: { 201: IndicatorCommentListSchema, ...errors },
      },
    },
    async (request, reply) => {
      await addComment(db, callerOf(request), request.params.id, request.body);
      return reply
        .status(201)
        .send({ items: await getComments(db, principalOf(request), request.params.id) });
    },
  );
};
