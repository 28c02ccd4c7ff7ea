import { IdParamsSchema } from '@bianping/core/api';
import { CampaignLaunchInputSchema } from '@bianping/core/campaigns';
import {
  CampaignDetailSchema,
  CampaignTeamDrawInputSchema,
  CampaignTeamsSchema,
} from '@bianping/core/campaigns/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { principalOf } from '../../plugins/auth.ts';
import { getCampaignDetail } from './campaign-detail.ts';
import { callerOf } from './campaign-edit.ts';
import { launchCampaign } from './campaign-launch.service.ts';
import {
  campaignErrors as errors,
  readAccess,
  campaignTags as tags,
  writeAccess,
} from './campaign-route-kit.ts';
import { drawCampaignTeams, getCampaignTeams } from './campaign-teams.service.ts';

/** Teams (draw, record) and the launch that freezes the plan. */
export const campaignLaunchRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;
  const teams = { 200: CampaignTeamsSchema, ...errors };

  app.post(
    '/:id/teams/draw',
    {
      config: writeAccess,
      schema: {
        tags,
        summary: '随机抽取评估组 / Draw the evaluation teams from the expert pool',
        params: IdParamsSchema,
        body: CampaignTeamDrawInputSchema,
        response: teams,
      },
    },
    async (request) => {
      await drawCampaignTeams(db, callerOf(request), request.params.id, request.body);
      return getCampaignTeams(db, principalOf(request), request.params.id);
    },
  );

  app.get(
    '/:id/teams',
    {
      config: readAccess,
      schema: {
        tags,
        summary: '评估组与抽取记录（含复现检查）/ Teams, the draw record and its replay check',
        params: IdParamsSchema,
        response: teams,
      },
    },
    async (request) => getCampaignTeams(db, principalOf(request), request.params.id),
  );

  app.post(
    '/:id/launch',
    {
      config: writeAccess,
      schema: {
        tags,
        summary: '启动评估项目（冻结指标体系）/ Launch: freeze the sets and fix the plan',
        params: IdParamsSchema,
        body: CampaignLaunchInputSchema,
        response: { 200: CampaignDetailSchema, ...errors },
      },
    },
    async (request) => {
      await launchCampaign(db, callerOf(request), request.params.id, request.body.version);
      return getCampaignDetail(db, principalOf(request), request.params.id);
    },
  );
};
