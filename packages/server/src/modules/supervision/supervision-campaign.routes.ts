import { CampaignSlipsParamsSchema, CampaignSlipsSchema } from '@bianping/core/campaigns/supervision-api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { principalOf } from '../../plugins/auth.ts';
import { apiErrors } from '../../plugins/responses.ts';
import { onsiteReaders } from '../campaigns/onsite.policy.ts';
import { campaignSlips } from './supervision-campaign.service.ts';

/** GET /api/v1/campaigns/:id/targets/:unitId/slips, registered under the campaigns prefix. */
export const supervisionCampaignRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;
  app.get(
    '/:id/targets/:unitId/slips',
    {
      config: { access: { roles: onsiteReaders } },
      schema: {
        tags: ['supervision'],
        summary: '评估对象计入本项目的督查确认单 / Supervision slips a campaign takes for a target',
        params: CampaignSlipsParamsSchema,
        response: { 200: CampaignSlipsSchema, ...apiErrors(400, 401, 403, 404) },
      },
    },
    async (request) => campaignSlips(db, principalOf(request), request.params.id, request.params.unitId),
  );
};
