import {
  DocumentReviewInputSchema,
  InterviewRecordInputSchema,
  InterviewRecordSchema,
  InterviewRecordUpdateInputSchema,
} from '@bianping/core/campaigns/onsite';
import {
  DocumentReviewSavedSchema,
  OnsiteFindingCreateInputSchema,
  OnsiteFindingDeleteQuerySchema,
  OnsiteFindingParamsSchema,
  OnsiteFindingSchema,
  OnsiteFindingUpdateInputSchema,
  OnsiteInterviewParamsSchema,
  OnsiteParamsSchema,
} from '@bianping/core/campaigns/onsite-api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from './campaign-edit.ts';
import { campaignErrors as errors, campaignTags as tags } from './campaign-route-kit.ts';
import { onsiteWriters } from './onsite.policy.ts';
import {
  createInterview,
  createOnsiteFinding,
  deleteOnsiteFinding,
  editInterview,
  saveDocumentReview,
  updateOnsiteFinding,
} from './onsite-records.service.ts';

const config = { access: { roles: onsiteWriters } };
const path = '/:id/targets/:unitId/onsite';
const targetOf = (p: { id: string; unitId: string }) => ({ campaignId: p.id, unitId: p.unitId });

/** Findings, interview records and the document checklist of an on-site review (team only). */
export const onsiteRecordsRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  app.post(
    `${path}/findings`,
    {
      config,
      schema: {
        tags,
        summary: '记录实地评估发现的问题 / Raise a finding on site',
        params: OnsiteParamsSchema,
        body: OnsiteFindingCreateInputSchema,
        response: { 201: OnsiteFindingSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createOnsiteFinding(db, callerOf(request), targetOf(request.params), request.body)),
  );

  app.patch(
    `${path}/findings/:findingId`,
    {
      config,
      schema: {
        tags,
        summary: '修改问题 / Edit a finding',
        params: OnsiteFindingParamsSchema,
        body: OnsiteFindingUpdateInputSchema,
        response: { 200: OnsiteFindingSchema, ...errors },
      },
    },
    async (request) =>
      updateOnsiteFinding(
        db,
        callerOf(request),
        targetOf(request.params),
        request.params.findingId,
        request.body,
      ),
  );

  app.delete(
    `${path}/findings/:findingId`,
    {
      config,
      schema: {
        tags,
        summary: '删除问题 / Delete a finding',
        params: OnsiteFindingParamsSchema,
        querystring: OnsiteFindingDeleteQuerySchema,
        response: { 204: z.null().describe('已删除 / deleted'), ...errors },
      },
    },
    async (request, reply) => {
      const { findingId } = request.params;
      await deleteOnsiteFinding(
        db,
        callerOf(request),
        targetOf(request.params),
        findingId,
        request.query.version,
      );
      return reply.status(204).send(null);
    },
  );

  app.post(
    `${path}/interviews`,
    {
      config,
      schema: {
        tags,
        summary: '记录一次访谈 / Record an interview',
        params: OnsiteParamsSchema,
        body: InterviewRecordInputSchema,
        response: { 201: InterviewRecordSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createInterview(db, callerOf(request), targetOf(request.params), request.body)),
  );

  app.patch(
    `${path}/interviews/:interviewId`,
    {
      config,
      schema: {
        tags,
        summary: '修改访谈记录 / Edit an interview record',
        params: OnsiteInterviewParamsSchema,
        body: InterviewRecordUpdateInputSchema,
        response: { 200: InterviewRecordSchema, ...errors },
      },
    },
    async (request) =>
      editInterview(
        db,
        callerOf(request),
        targetOf(request.params),
        request.params.interviewId,
        request.body,
      ),
  );

  app.put(
    `${path}/checklist`,
    {
      config,
      schema: {
        tags,
        summary: '保存资料审查清单 / Save the document-review checklist',
        params: OnsiteParamsSchema,
        body: DocumentReviewInputSchema,
        response: { 200: DocumentReviewSavedSchema, ...errors },
      },
    },
    async (request) => saveDocumentReview(db, callerOf(request), targetOf(request.params), request.body),
  );
};
