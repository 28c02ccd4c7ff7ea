import {
  AssignedTargetListSchema,
  OnsiteEntryParamsSchema,
  OnsiteEntryPutInputSchema,
  OnsiteEntrySavedSchema,
  OnsiteFormSchema,
  OnsiteParamsSchema,
} from '@bianping/core/campaigns/onsite-api';
import {
  SelfPhaseSchema,
  SelfReturnInputSchema,
  SelfSubmitInputSchema,
} from '@bianping/core/campaigns/self-assessment-api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { principalOf } from '../../plugins/auth.ts';
import { callerOf } from './campaign-edit.ts';
import { campaignErrors as errors, campaignTags as tags } from './campaign-route-kit.ts';
import { onsiteAccessOf, onsiteReaders, onsiteReturners, onsiteWriters } from './onsite.policy.ts';
import { returnOnsite, saveOnsiteEntry, submitOnsite } from './onsite.service.ts';
import { listAssigned } from './onsite-assigned.ts';
import { readOnsite } from './onsite-form.ts';
import { onsiteRecordsRoutes } from './onsite-records.routes.ts';
import { acceptTargetPhase } from './target-phase-accept.ts';

const readAccess = { access: { roles: onsiteReaders } };
const writeAccess = { access: { roles: onsiteWriters } };
const returnAccess = { access: { roles: onsiteReturners } };
const path = '/:id/targets/:unitId/onsite';
const targetOf = (p: { id: string; unitId: string }) => ({ campaignId: p.id, unitId: p.unitId });

/**
 * 实地评估 (/api/v1/campaigns/…): the evaluator's assigned targets, the form, per-leaf scores,
 * submit (team leader) and return (office). Findings, interviews and the checklist are in
 * `onsite-records.routes.ts`.
 */
export const onsiteRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;
  await app.register(onsiteRecordsRoutes);

  app.get(
    '/assigned',
    {
      config: writeAccess,
      schema: {
        tags,
        summary: '我的评估任务 / Targets assigned to my teams',
        response: { 200: AssignedTargetListSchema, ...errors },
      },
    },
    async (request) => ({ items: await listAssigned(db, principalOf(request)) }),
  );

  app.get(
    path,
    {
      config: readAccess,
      schema: {
        tags,
        summary: '实地评估表 / A target’s on-site review',
        params: OnsiteParamsSchema,
        response: { 200: OnsiteFormSchema, ...errors },
      },
    },
    async (request) => {
      const access = await onsiteAccessOf(db, principalOf(request), request.params.id, request.params.unitId);
      return readOnsite(db, access, targetOf(request.params));
    },
  );

  app.put(
    `${path}/entries/:nodeId`,
    {
      config: writeAccess,
      schema: {
        tags,
        summary: '保存一项指标的实地评分 / Save one indicator’s on-site score',
        params: OnsiteEntryParamsSchema,
        body: OnsiteEntryPutInputSchema,
        response: { 200: OnsiteEntrySavedSchema, ...errors },
      },
    },
    async (request) =>
      saveOnsiteEntry(db, callerOf(request), targetOf(request.params), request.params.nodeId, request.body),
  );

  app.post(
    `${path}/submit`,
    {
      config: writeAccess,
      schema: {
        tags,
        summary: '提交实地评估（组长；提交后锁定） / Submit the on-site review (team leader)',
        params: OnsiteParamsSchema,
        body: SelfSubmitInputSchema,
        response: { 200: SelfPhaseSchema, ...errors },
      },
    },
    async (request) => submitOnsite(db, callerOf(request), targetOf(request.params), request.body.version),
  );

  app.post(
    `${path}/return`,
    {
      config: returnAccess,
      schema: {
        tags,
        summary: '退回实地评估（须说明原因） / Return the on-site review with a reason',
        params: OnsiteParamsSchema,
        body: SelfReturnInputSchema,
        response: { 200: SelfPhaseSchema, ...errors },
      },
    },
    async (request) => returnOnsite(db, callerOf(request), targetOf(request.params), request.body),
  );

  app.post(
    `${path}/accept`,
    {
      config: returnAccess,
      schema: {
        tags,
        summary: '实地评估审核通过 / Accept the on-site review',
        params: OnsiteParamsSchema,
        body: SelfSubmitInputSchema,
        response: { 200: SelfPhaseSchema, ...errors },
      },
    },
    async (request) =>
      acceptTargetPhase(db, callerOf(request), 'onsite', targetOf(request.params), request.body.version),
  );
};
