import { ExternalAssignInputSchema, ExternalRatingInputSchema } from '@bianping/core/campaigns/external';
import {
  ExternalAssignedListSchema,
  ExternalAssignResultSchema,
  ExternalOverviewSchema,
  ExternalParamsSchema,
  ExternalRatingParamsSchema,
  ExternalRatingSavedSchema,
  ExternalSheetFormSchema,
  ExternalSheetParamsSchema,
  ExternalSheetReturnInputSchema,
  ExternalSheetStateSchema,
  ExternalSheetSubmitInputSchema,
  ExternalTargetAcceptInputSchema,
  ExternalTargetParamsSchema,
  ExternalTargetPhaseSchema,
  ExternalUnassignInputSchema,
  ExternalUnassignResultSchema,
} from '@bianping/core/campaigns/external-api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { principalOf } from '../../plugins/auth.ts';
import { callerOf } from './campaign-edit.ts';
import { campaignErrors as errors, campaignTags as tags } from './campaign-route-kit.ts';
import { externalManagers, externalRaters, externalReaders } from './external.policy.ts';
import {
  acceptExternalTarget,
  returnExternalSheet,
  saveExternalRating,
  submitExternalSheet,
} from './external.service.ts';
import { assignExternal, unassignExternal } from './external-assignments.service.ts';
import { listExternalAssigned, readExternalOverview, readExternalSheet } from './external-read.ts';

const readAccess = { access: { roles: externalReaders } };
const manageAccess = { access: { roles: externalManagers } };
const raterAccess = { access: { roles: externalRaters } };

/**
 * 外部评价 (/api/v1/campaigns/…): the office's overview, assignments, return and accept; the
 * rater department's campaigns, sheet, per-item grades and submit. The contract is listed in
 * core `campaigns/external-api`.
 */
export const externalRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  app.get(
    '/external/assigned',
    {
      config: raterAccess,
      schema: {
        tags,
        summary: '本部门的外部评价任务 / Campaigns where my department rates',
        response: { 200: ExternalAssignedListSchema, ...errors },
      },
    },
    async (request) => ({ items: await listExternalAssigned(db, principalOf(request)) }),
  );

  app.get(
    '/:id/external',
    {
      config: readAccess,
      schema: {
        tags,
        summary: '外部评价总览 / External ratings of a campaign',
        params: ExternalParamsSchema,
        response: { 200: ExternalOverviewSchema, ...errors },
      },
    },
    async (request) => readExternalOverview(db, principalOf(request), request.params.id),
  );

  app.post(
    '/:id/external/assignments',
    {
      config: manageAccess,
      schema: {
        tags,
        summary: '分配外部评价（部门×对象×事项） / Assign rater departments × targets × items',
        params: ExternalParamsSchema,
        body: ExternalAssignInputSchema,
        response: { 200: ExternalAssignResultSchema, ...errors },
      },
    },
    async (request) => assignExternal(db, callerOf(request), request.params.id, request.body),
  );

  app.delete(
    '/:id/external/assignments',
    {
      config: manageAccess,
      schema: {
        tags,
        summary: '删除未评价的外部评价事项 / Remove ungraded assignments',
        params: ExternalParamsSchema,
        body: ExternalUnassignInputSchema,
        response: { 200: ExternalUnassignResultSchema, ...errors },
      },
    },
    async (request) => unassignExternal(db, callerOf(request), request.params.id, request.body.ids),
  );

  app.post(
    '/:id/external/sheets/:raterUnitId/return',
    {
      config: manageAccess,
      schema: {
        tags,
        summary: '退回部门的外部评价表（须说明原因） / Return a department’s sheet with a reason',
        params: ExternalSheetParamsSchema,
        body: ExternalSheetReturnInputSchema,
        response: { 200: ExternalSheetStateSchema, ...errors },
      },
    },
    async (request) =>
      returnExternalSheet(db, callerOf(request), request.params.id, request.params.raterUnitId, request.body),
  );

  app.post(
    '/:id/external/targets/:unitId/accept',
    {
      config: manageAccess,
      schema: {
        tags,
        summary: '确认评估对象的外部评价 / Accept a target’s external ratings',
        params: ExternalTargetParamsSchema,
        body: ExternalTargetAcceptInputSchema,
        response: { 200: ExternalTargetPhaseSchema, ...errors },
      },
    },
    async (request) =>
      acceptExternalTarget(
        db,
        callerOf(request),
        request.params.id,
        request.params.unitId,
        request.body.version,
      ),
  );

  app.get(
    '/:id/external/sheet',
    {
      config: raterAccess,
      schema: {
        tags,
        summary: '本部门的外部评价表 / My department’s rating sheet',
        params: ExternalParamsSchema,
        response: { 200: ExternalSheetFormSchema, ...errors },
      },
    },
    async (request) => readExternalSheet(db, principalOf(request), request.params.id),
  );

  app.put(
    '/:id/external/ratings/:assignmentId',
    {
      config: raterAccess,
      schema: {
        tags,
        summary: '保存一项外部评价 / Save one grade',
        params: ExternalRatingParamsSchema,
        body: ExternalRatingInputSchema,
        response: { 200: ExternalRatingSavedSchema, ...errors },
      },
    },
    async (request) =>
      saveExternalRating(db, callerOf(request), request.params.id, request.params.assignmentId, request.body),
  );

  app.post(
    '/:id/external/sheet/submit',
    {
      config: raterAccess,
      schema: {
        tags,
        summary: '提交本部门的外部评价表 / Submit my department’s sheet',
        params: ExternalParamsSchema,
        body: ExternalSheetSubmitInputSchema,
        response: { 200: ExternalSheetStateSchema, ...errors },
      },
    },
    async (request) => submitExternalSheet(db, callerOf(request), request.params.id, request.body.version),
  );
};
