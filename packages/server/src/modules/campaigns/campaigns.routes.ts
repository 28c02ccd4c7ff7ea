import { IdParamsSchema } from '@bianping/core/api';
import {
  CampaignBasicsUpdateInputSchema,
  CampaignCreateInputSchema,
  CampaignListQuerySchema,
  CampaignListSchema,
  CampaignTransitionInputSchema,
} from '@bianping/core/campaigns';
import { CampaignDetailSchema, CampaignVersionQuerySchema } from '@bianping/core/campaigns/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../plugins/auth.ts';
import { getCampaignDetail } from './campaign-detail.ts';
import { callerOf } from './campaign-edit.ts';
import { campaignLaunchRoutes } from './campaign-launch.routes.ts';
import { campaignPlanRoutes } from './campaign-plan.routes.ts';
import {
  campaignErrors as errors,
  readAccess,
  campaignTags as tags,
  writeAccess,
} from './campaign-route-kit.ts';
import { campaignTargetsRoutes } from './campaign-targets.routes.ts';
import { campaignScopeOf } from './campaigns.policy.ts';
import { listCampaigns } from './campaigns.queries.ts';
import { createCampaign, removeCampaign, transition, updateBasics } from './campaigns.service.ts';

/**
 * 评估项目 (/api/v1/campaigns): list, create a draft, the campaign page, basics, delete, status.
 * The plan's sections, targets, teams and launch are sibling plugins registered here.
 */
export const campaignsRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;
  await app.register(campaignPlanRoutes);
  await app.register(campaignTargetsRoutes);
  await app.register(campaignLaunchRoutes);
  const detail = { 200: CampaignDetailSchema, ...errors };

  app.get(
    '/',
    {
      config: readAccess,
      schema: {
        tags,
        summary: '评估项目列表 / Campaigns',
        querystring: CampaignListQuerySchema,
        response: { 200: CampaignListSchema, ...errors },
      },
    },
    async (request) => {
      const { page, pageSize, ...filter } = request.query;
      const scope = await campaignScopeOf(db, principalOf(request));
      return { ...(await listCampaigns(db, scope, filter, page, pageSize)), page, pageSize };
    },
  );

  app.post(
    '/',
    {
      config: writeAccess,
      schema: {
        tags,
        summary: '新建评估项目（草稿）/ Create a draft campaign',
        body: CampaignCreateInputSchema,
        response: { 201: CampaignDetailSchema, ...errors },
      },
    },
    async (request, reply) => {
      const id = await createCampaign(db, callerOf(request), request.body);
      return reply.status(201).send(await getCampaignDetail(db, principalOf(request), id));
    },
  );

  app.get(
    '/:id',
    {
      config: readAccess,
      schema: { tags, summary: '评估项目详情 / A campaign', params: IdParamsSchema, response: detail },
    },
    async (request) => getCampaignDetail(db, principalOf(request), request.params.id),
  );

  app.patch(
    '/:id',
    {
      config: writeAccess,
      schema: {
        tags,
        summary: '修改基本信息 / Edit a draft’s basics',
        params: IdParamsSchema,
        body: CampaignBasicsUpdateInputSchema,
        response: detail,
      },
    },
    async (request) => {
      await updateBasics(db, callerOf(request), request.params.id, request.body);
      return getCampaignDetail(db, principalOf(request), request.params.id);
    },
  );

  app.delete(
    '/:id',
    {
      config: writeAccess,
      schema: {
        tags,
        summary: '删除草稿 / Delete a draft campaign',
        params: IdParamsSchema,
        querystring: CampaignVersionQuerySchema,
        response: { 204: z.null().describe('已删除 / deleted'), ...errors },
      },
    },
    async (request, reply) => {
      await removeCampaign(db, callerOf(request), request.params.id, request.query.version);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/:id/transition',
    {
      config: writeAccess,
      schema: {
        tags,
        summary: '推进项目状态 / Move the campaign to its next status',
        params: IdParamsSchema,
        body: CampaignTransitionInputSchema,
        response: detail,
      },
    },
    async (request) => {
      await transition(db, callerOf(request), request.params.id, request.body);
      return getCampaignDetail(db, principalOf(request), request.params.id);
    },
  );
};
