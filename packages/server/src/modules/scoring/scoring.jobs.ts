import { z } from 'zod';
import { defineJob } from '../../jobs/job-definition.ts';
import { computeCampaignScores } from './scoring.service.ts';

export const SCORE_JOB = 'campaign.score';

/** A full re-score of one campaign (POST /campaigns/:id/scores/run), with progress for JobProgress. */
export const scoreCampaignJob = defineJob({
  name: SCORE_JOB,
  payload: z.object({
    campaignId: z.uuid(),
    actorId: z.string().nullable().default(null),
    actorName: z.string().nullable().default(null),
    requestId: z.string().nullable().default(null),
  }),
  handler: (payload, ctx) =>
    computeCampaignScores(ctx.database.db, payload.campaignId, {
      actor: { actorId: payload.actorId, actorName: payload.actorName, requestId: payload.requestId },
      jobId: ctx.runId,
      progress: ctx.progress,
    }),
});
