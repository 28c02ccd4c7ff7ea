import { PassThrough } from 'node:stream';
import { XLSX_MIME } from '@bianping/core/imports';
import { JobStartedSchema } from '@bianping/core/jobs';
import {
  CampaignScoresSchema,
  FuzzyCampaignInputSchema,
  FuzzyCampaignResultSchema,
  LensInputSchema,
  LensResultSchema,
  RaterConsistencySchema,
  ScoresExportQuerySchema,
  ScoresParamsSchema,
  ScoreTargetParamsSchema,
  TargetExplanationSchema,
} from '@bianping/core/scoring/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { runInline } from '../../jobs/queue.ts';
import { principalOf } from '../../plugins/auth.ts';
import { apiErrors, attachment } from '../../plugins/responses.ts';
import { actorOf } from '../audit/audit-actor.ts';
import { lockWritableCampaign } from '../campaigns/campaign-edit.ts';
import { writeScoresWorkbook } from './scoring.export.ts';
import { SCORE_JOB, scoreCampaignJob } from './scoring.jobs.ts';
import {
  officeViewOf,
  scoreOfficeReaders,
  scoreReaders,
  scoreRunners,
  scoreViewOf,
} from './scoring.policy.ts';
import { assertScorable } from './scoring.service.ts';
import { loadConsistency } from './scoring-consistency.ts';
import { loadExplanation } from './scoring-explanation.ts';
import { runFuzzy, runLens } from './scoring-lenses.ts';
import { loadCampaignScores } from './scoring-results.ts';

const tags = ['scoring'];
const errors = apiErrors(400, 401, 403, 404, 409);
const readAccess = { access: { roles: scoreReaders } };
const officeAccess = { access: { roles: scoreOfficeReaders } };

/**
 * 综合评定 (/api/v1/campaigns/:id/…): the stored ranking, its export, a re-score as a job, one
 * target's explanation, rater consistency and the lenses. The contract with roles is in core
 * `scoring/scoring.api.schemas.ts`.
 */
export const scoringRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  app.get(
    '/:id/scores',
    {
      config: readAccess,
      schema: {
        tags,
        summary: '综合评定结果 / Overall scores',
        params: ScoresParamsSchema,
        response: { 200: CampaignScoresSchema, ...errors },
      },
    },
    async (request) => loadCampaignScores(db, await scoreViewOf(db, principalOf(request), request.params.id)),
  );

  app.post(
    '/:id/scores/run',
    {
      config: { access: { roles: scoreRunners } },
      schema: {
        tags,
        summary: '重新计算综合评定 / Re-score the campaign',
        params: ScoresParamsSchema,
        response: { 202: JobStartedSchema, ...errors },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      // Refuse early (scope, region write, status) so the caller gets the error, not a failed job.
      const caller = { principal: principalOf(request), actor };
      const row = await db.transaction((tx) => lockWritableCampaign(tx, caller, request.params.id));
      assertScorable(row);
      const payload = { campaignId: row.id, ...actor };
      if (app.queue)
        return reply.status(202).send({ runId: await app.queue.enqueue(SCORE_JOB, payload, actor.actorId) });
      const { runId } = await runInline(app.database, scoreCampaignJob as never, payload, actor.actorId);
      return reply.status(202).send({ runId });
    },
  );

  app.get(
    '/:id/scores/export',
    {
      config: officeAccess,
      schema: {
        tags,
        summary: '导出综合评定 / Export the overall scores',
        params: ScoresParamsSchema,
        querystring: ScoresExportQuerySchema,
        response: {
          200: {
            description: '.xlsx 文件 / the .xlsx file',
            content: { [XLSX_MIME]: { schema: z.string().meta({ format: 'binary' }) } },
          },
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const campaign = await officeViewOf(db, principalOf(request), request.params.id);
      const scores = await loadCampaignScores(db, { campaign, ownUnitId: null });
      reply.header('content-disposition', attachment(`综合评定_${campaign.name}.xlsx`, 'scores.xlsx'));
      const out = new PassThrough();
      writeScoresWorkbook(out, scores, campaign.name, request.query.lang).catch((err) => {
        request.log.error({ err }, 'scores export failed');
        out.destroy(err);
      });
      return reply.header('content-type', XLSX_MIME).send(out as never);
    },
  );

  app.get(
    '/:id/targets/:unitId/explanation',
    {
      config: readAccess,
      schema: {
        tags,
        summary: '得分说明 / Score explanation',
        params: ScoreTargetParamsSchema,
        response: { 200: TargetExplanationSchema, ...errors },
      },
    },
    async (request) => {
      const view = await scoreViewOf(db, principalOf(request), request.params.id);
      return loadExplanation(db, view, request.params.unitId);
    },
  );

  app.get(
    '/:id/consistency',
    {
      config: officeAccess,
      schema: {
        tags,
        summary: '评分一致性 / Rater consistency',
        params: ScoresParamsSchema,
        response: { 200: RaterConsistencySchema, ...errors },
      },
    },
    async (request) => loadConsistency(db, await officeViewOf(db, principalOf(request), request.params.id)),
  );

  app.post(
    '/:id/lenses',
    {
      config: officeAccess,
      schema: {
        tags,
        summary: '评价方法对比 / Multi-criteria lens',
        params: ScoresParamsSchema,
        body: LensInputSchema,
        response: { 200: LensResultSchema, ...errors },
      },
    },
    async (request) =>
      runLens(db, await officeViewOf(db, principalOf(request), request.params.id), request.body),
  );

  app.post(
    '/:id/fuzzy',
    {
      config: officeAccess,
      schema: {
        tags,
        summary: '模糊综合评价 / Fuzzy evaluation of external ratings',
        params: ScoresParamsSchema,
        body: FuzzyCampaignInputSchema,
        response: { 200: FuzzyCampaignResultSchema, ...errors },
      },
    },
    async (request) =>
      runFuzzy(db, await officeViewOf(db, principalOf(request), request.params.id), request.body),
  );
};
