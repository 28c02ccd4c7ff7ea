import { IdParamsSchema, pageOf } from '@bianping/core/api';
import { UnitDetailSchema } from '@bianping/core/registry';
import {
  EntryInputSchema,
  ExitInputSchema,
  HireApprovalInputSchema,
  MovementListQuerySchema,
  MovementParamsSchema,
  ProcessExitInputSchema,
  RosterMemberSchema,
  RosterQuerySchema,
  StaffMovementSchema,
} from '@bianping/core/staff';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { principalOf } from '../../plugins/auth.ts';
import { apiErrors } from '../../plugins/responses.ts';
import { todayInChina } from '../../time.ts';
import { actorOf } from '../audit/audit-actor.ts';
import {
  assertUnitInScope,
  isInScope,
  registryEditors,
  registryViewers,
  unitScopeOf,
} from '../registry/registry.policy.ts';
import { loadUnitDetail } from '../registry/unit-detail.queries.ts';
import type { MovementContext } from './movement-guards.ts';
import { recordEntry, recordHireApproval } from './staff.service.ts';
import { processExit, recordExit } from './staff-exit.service.ts';
import { movementsPage, rosterPage } from './staff-read.service.ts';

const tags = ['staff'];
const errors = apiErrors(400, 401, 403, 404, 409);
const viewers = { access: { roles: registryViewers } };
const editors = { access: { roles: registryEditors } };

/**
 * 实名制人员 and 人员变动 of one unit (/api/v1/units/:id/…): anyone whose scope covers the unit
 * reads them; officers record 用编核准, 入编, 离开 and 出编. Each record is a versioned edit of the
 * unit and answers with the fresh unit page, since headcounts may have changed.
 */
export const staffRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  /** Checks the officer's scope over the unit and gathers what a use case needs. */
  const editing = async (request: FastifyRequest, unitId: string): Promise<MovementContext> => {
    const principal = principalOf(request);
    await assertUnitInScope(db, principal, unitId, registryEditors);
    const scope = await unitScopeOf(db, principal, registryEditors);
    return {
      db,
      unitId,
      actor: actorOf(request),
      today: todayInChina(),
      canSee: (unit) => isInScope(scope, unit),
    };
  };
  const detail = async (id: string) => {
    const found = await loadUnitDetail(db, id);
    if (!found) throw new Error(`unit ${id} vanished`);
    return found;
  };

  app.get(
    '/:id/staff',
    {
      config: viewers,
      schema: {
        tags,
        summary: '实名制人员名单 / Staff roster of a unit',
        params: IdParamsSchema,
        querystring: RosterQuerySchema,
        response: { 200: pageOf(RosterMemberSchema), ...errors },
      },
    },
    async (request) => {
      await assertUnitInScope(db, principalOf(request), request.params.id);
      return rosterPage(db, request.params.id, request.query);
    },
  );

  app.get(
    '/:id/movements',
    {
      config: viewers,
      schema: {
        tags,
        summary: '人员变动（用编核准、入编、出编）/ Staff movements of a unit',
        params: IdParamsSchema,
        querystring: MovementListQuerySchema,
        response: { 200: pageOf(StaffMovementSchema), ...errors },
      },
    },
    async (request) => {
      await assertUnitInScope(db, principalOf(request), request.params.id);
      return movementsPage(db, request.params.id, request.query, todayInChina());
    },
  );

  app.post(
    '/:id/movements/hire-approvals',
    {
      config: editors,
      schema: {
        tags,
        summary: '用编核准 / Record a quota-use approval',
        params: IdParamsSchema,
        body: HireApprovalInputSchema,
        response: { 200: UnitDetailSchema, ...errors },
      },
    },
    async (request) => {
      await recordHireApproval(await editing(request, request.params.id), request.body);
      return detail(request.params.id);
    },
  );

  app.post(
    '/:id/movements/entries',
    {
      config: editors,
      schema: {
        tags,
        summary: '办理入编 / Record an entry into quota',
        params: IdParamsSchema,
        body: EntryInputSchema,
        response: { 200: UnitDetailSchema, ...errors },
      },
    },
    async (request) => {
      await recordEntry(await editing(request, request.params.id), app.idProtector, request.body);
      return detail(request.params.id);
    },
  );

  app.post(
    '/:id/movements/exits',
    {
      config: editors,
      schema: {
        tags,
        summary: '人员离开/出编 / Record a leaving, with or without its exit',
        params: IdParamsSchema,
        body: ExitInputSchema,
        response: { 200: UnitDetailSchema, ...errors },
      },
    },
    async (request) => {
      await recordExit(await editing(request, request.params.id), request.body);
      return detail(request.params.id);
    },
  );

  app.post(
    '/:id/movements/:movementId/process-exit',
    {
      config: editors,
      schema: {
        tags,
        summary: '办理出编 / Process the exit of a recorded leaving',
        params: MovementParamsSchema,
        body: ProcessExitInputSchema,
        response: { 200: UnitDetailSchema, ...errors },
      },
    },
    async (request) => {
      const { id, movementId } = request.params;
      await processExit(await editing(request, id), movementId, request.body);
      return detail(id);
    },
  );
};
