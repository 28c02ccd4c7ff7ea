import {
  MyCampaignListSchema,
  SelfAssessmentFormSchema,
  SelfAssessmentParamsSchema,
  SelfEntryParamsSchema,
  SelfEntryPutInputSchema,
  SelfEntrySavedSchema,
  SelfPhaseSchema,
  SelfReturnInputSchema,
  SelfSubmitInputSchema,
  StaffingPlanPutInputSchema,
  StaffingPlanSavedSchema,
} from '@bianping/core/campaigns/self-assessment-api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { principalOf } from '../../plugins/auth.ts';
import { callerOf } from './campaign-edit.ts';
import { campaignErrors as errors, campaignTags as tags } from './campaign-route-kit.ts';
import { selfFillers, selfReaders, selfReturners, targetAccessOf } from './self-assessment.policy.ts';
import {
  returnSelfAssessment,
  saveSelfEntry,
  saveSelfStaffingPlan,
  submitSelfAssessment,
} from './self-assessment.service.ts';
import { readSelfAssessment } from './self-assessment-form.ts';
import { listMine } from './self-assessment-mine.ts';
import { acceptTargetPhase } from './target-phase-accept.ts';

const readAccess = { access: { roles: selfReaders } };
const fillAccess = { access: { roles: selfFillers } };
const returnAccess = { access: { roles: selfReturners } };
const path = '/:id/targets/:unitId/self-assessment';
const targetOf = (p: { id: string; unitId: string }) => ({ campaignId: p.id, unitId: p.unitId });

/**
 * 单位自评 (/api/v1/campaigns/…): the unit's campaigns, the form, per-indicator saves, the staffing
 * plan, submit and return. Uploads and downloads are in `self-assessment-files.routes.ts`.
 */
export const selfAssessmentRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  app.get(
    '/mine',
    {
      config: fillAccess,
      schema: {
        tags,
        summary: '本单位参加的评估项目 / Campaigns where my unit is a target',
        response: { 200: MyCampaignListSchema, ...errors },
      },
    },
    async (request) => ({ items: await listMine(db, principalOf(request)) }),
  );

  app.get(
    path,
    {
      config: readAccess,
      schema: {
        tags,
        summary: '单位自评表 / A target’s self-assessment form',
        params: SelfAssessmentParamsSchema,
        response: { 200: SelfAssessmentFormSchema, ...errors },
      },
    },
    async (request) => {
      const { id, unitId } = request.params;
      const access = await targetAccessOf(db, principalOf(request), id, unitId);
      return readSelfAssessment(db, access, targetOf(request.params));
    },
  );

  app.put(
    `${path}/entries/:nodeId`,
    {
      config: fillAccess,
      schema: {
        tags,
        summary: '保存一项指标的自评 / Save one indicator’s self score',
        params: SelfEntryParamsSchema,
        body: SelfEntryPutInputSchema,
        response: { 200: SelfEntrySavedSchema, ...errors },
      },
    },
    async (request) =>
      saveSelfEntry(db, callerOf(request), targetOf(request.params), request.params.nodeId, request.body),
  );

  app.put(
    `${path}/staffing-plan`,
    {
      config: fillAccess,
      schema: {
        tags,
        summary: '保存 3–5 年用编计划 / Save the 3–5 year staffing plan',
        params: SelfAssessmentParamsSchema,
        body: StaffingPlanPutInputSchema,
        response: { 200: StaffingPlanSavedSchema, ...errors },
      },
    },
    async (request) =>
      saveSelfStaffingPlan(
        db,
        callerOf(request),
        targetOf(request.params),
        request.body.plan,
        request.body.version,
      ),
  );

  app.post(
    `${path}/submit`,
    {
      config: fillAccess,
      schema: {
        tags,
        summary: '提交自评（提交后锁定） / Submit the self-assessment, which locks it',
        params: SelfAssessmentParamsSchema,
        body: SelfSubmitInputSchema,
        response: { 200: SelfPhaseSchema, ...errors },
      },
    },
    async (request) =>
      submitSelfAssessment(db, callerOf(request), targetOf(request.params), request.body.version),
  );

  app.post(
    `${path}/return`,
    {
      config: returnAccess,
      schema: {
        tags,
        summary: '退回自评（须说明原因） / Return the self-assessment with a reason',
        params: SelfAssessmentParamsSchema,
        body: SelfReturnInputSchema,
        response: { 200: SelfPhaseSchema, ...errors },
      },
    },
    async (request) => returnSelfAssessment(db, callerOf(request), targetOf(request.params), request.body),
  );

  app.post(
    `${path}/accept`,
    {
      config: returnAccess,
      schema: {
        tags,
        summary: '自评审核通过 / Accept the self-assessment',
        params: SelfAssessmentParamsSchema,
        body: SelfSubmitInputSchema,
        response: { 200: SelfPhaseSchema, ...errors },
      },
    },
    async (request) =>
      acceptTargetPhase(db, callerOf(request), 'self', targetOf(request.params), request.body.version),
  );
};
