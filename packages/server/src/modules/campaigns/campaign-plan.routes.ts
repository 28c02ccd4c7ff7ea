import { IdParamsSchema } from '@bianping/core/api';
import {
  CampaignGradingUpdateInputSchema,
  CampaignOutlinesUpdateInputSchema,
  CampaignPhasesUpdateInputSchema,
  CampaignWeightsUpdateInputSchema,
} from '@bianping/core/campaigns';
import {
  CampaignDetailSchema,
  CampaignPlanSchema,
  CampaignSetChoiceInputSchema,
} from '@bianping/core/campaigns/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { principalOf } from '../../plugins/auth.ts';
import { getCampaignDetail } from './campaign-detail.ts';
import { callerOf } from './campaign-edit.ts';
import { getCampaignPlan } from './campaign-plan.service.ts';
import {
  campaignErrors as errors,
  readAccess,
  campaignTags as tags,
  writeAccess,
} from './campaign-route-kit.ts';
import { updateSetChoice } from './campaign-targets.service.ts';
import { updateSection } from './campaigns.service.ts';

/**
 * The plan's sections (PUT /:id/phases | weights | grading | outlines | sets), each saved whole
 * with the campaign's version, and the printable plan (GET /:id/plan).
 */
export const campaignPlanRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;
  const detail = { 200: CampaignDetailSchema, ...errors };

  const sections = [
    { key: 'phases', summary: '评估阶段与日期 / Phases and dates', body: CampaignPhasesUpdateInputSchema },
    { key: 'weights', summary: '评分来源权重 / Source weights', body: CampaignWeightsUpdateInputSchema },
    {
      key: 'grading',
      summary: '满分与等次 / Full mark and grade bands',
      body: CampaignGradingUpdateInputSchema,
    },
    {
      key: 'outlines',
      summary: '访谈提纲与查阅清单 / Outlines and checklist',
      body: CampaignOutlinesUpdateInputSchema,
    },
  ] as const;
  for (const section of sections) {
    app.put(
      `/:id/${section.key}`,
      {
        config: writeAccess,
        schema: {
          tags,
          summary: section.summary,
          params: IdParamsSchema,
          body: section.body,
          response: detail,
        },
      },
      async (request) => {
        const { version, ...patch } = request.body as z.infer<(typeof section)['body']>;
        await updateSection(db, callerOf(request), request.params.id, section.key, version, patch);
        return getCampaignDetail(db, principalOf(request), request.params.id);
      },
    );
  }

  app.put(
    '/:id/sets',
    {
      config: writeAccess,
      schema: {
        tags,
        summary: '选择共性与个性指标体系（1+X）/ Choose the common and category sets',
        params: IdParamsSchema,
        body: CampaignSetChoiceInputSchema,
        response: detail,
      },
    },
    async (request) => {
      const { version, setChoice } = request.body;
      await updateSetChoice(db, callerOf(request), request.params.id, version, setChoice);
      return getCampaignDetail(db, principalOf(request), request.params.id);
    },
  );

  app.get(
    '/:id/plan',
    {
      config: readAccess,
      schema: {
        tags,
        summary: '评估方案（打印）/ The printable plan',
        params: IdParamsSchema,
        response: { 200: CampaignPlanSchema, ...errors },
      },
    },
    async (request) => getCampaignPlan(db, principalOf(request), request.params.id),
  );
};
