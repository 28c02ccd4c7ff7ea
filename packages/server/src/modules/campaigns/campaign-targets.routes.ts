import { IdParamsSchema } from '@bianping/core/api';
import { CampaignTargetSetsInputSchema } from '@bianping/core/campaigns';
import {
  CampaignTargetListQuerySchema,
  CampaignTargetListSchema,
  CampaignTargetParamsSchema,
  CampaignTargetsAddInputSchema,
  CampaignTargetsAddResultSchema,
  CampaignTargetsPreviewInputSchema,
  CampaignTargetsPreviewSchema,
  CampaignVersionQuerySchema,
} from '@bianping/core/campaigns/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { principalOf } from '../../plugins/auth.ts';
import { listCampaignTargets } from './campaign-detail.ts';
import { callerOf } from './campaign-edit.ts';
import {
  campaignErrors as errors,
  readAccess,
  campaignTags as tags,
  writeAccess,
} from './campaign-route-kit.ts';
import { addTargets, previewTargets, removeTarget, setTargetSets } from './campaign-targets.service.ts';
import { countTargets } from './campaigns.queries.ts';

/** 评估对象 of a campaign: preview by filters, add, list, override sets, remove. */
export const campaignTargetsRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;
  const changed = { 200: CampaignTargetsAddResultSchema, ...errors };

  app.post(
    '/:id/targets/preview',
    {
      config: writeAccess,
      schema: {
        tags,
        summary: '按条件预览评估对象 / Preview the units the filters pick',
        params: IdParamsSchema,
        body: CampaignTargetsPreviewInputSchema,
        response: { 200: CampaignTargetsPreviewSchema, ...errors },
      },
    },
    async (request) =>
      previewTargets(db, callerOf(request), request.params.id, request.body.filters, request.body.setChoice),
  );

  app.post(
    '/:id/targets',
    {
      config: writeAccess,
      schema: {
        tags,
        summary: '添加评估对象 / Add targets by filters or by hand',
        params: IdParamsSchema,
        body: CampaignTargetsAddInputSchema,
        response: changed,
      },
    },
    async (request) => {
      const before = await countTargets(db, request.params.id);
      const version = await addTargets(db, callerOf(request), request.params.id, request.body);
      const targetCount = await countTargets(db, request.params.id);
      return { added: targetCount - before, targetCount, version };
    },
  );

  app.get(
    '/:id/targets',
    {
      config: readAccess,
      schema: {
        tags,
        summary: '评估对象列表 / Targets of a campaign',
        params: IdParamsSchema,
        querystring: CampaignTargetListQuerySchema,
        response: { 200: CampaignTargetListSchema, ...errors },
      },
    },
    async (request) => listCampaignTargets(db, principalOf(request), request.params.id, request.query),
  );

  app.put(
    '/:id/targets/:unitId/sets',
    {
      config: writeAccess,
      schema: {
        tags,
        summary: '调整评估对象的指标体系 / Override (or reset) a target’s sets',
        params: CampaignTargetParamsSchema,
        body: CampaignTargetSetsInputSchema,
        response: changed,
      },
    },
    async (request) => {
      const { id, unitId } = request.params;
      const version = await setTargetSets(db, callerOf(request), id, unitId, request.body);
      return { added: 0, targetCount: await countTargets(db, id), version };
    },
  );

  app.delete(
    '/:id/targets/:unitId',
    {
      config: writeAccess,
      schema: {
        tags,
        summary: '移除评估对象 / Remove a target',
        params: CampaignTargetParamsSchema,
        querystring: CampaignVersionQuerySchema,
        response: changed,
      },
    },
    async (request) => {
      const { id, unitId } = request.params;
      const version = await removeTarget(db, callerOf(request), id, unitId, request.query.version);
      return { added: -1, targetCount: await countTargets(db, id), version };
    },
  );
};
