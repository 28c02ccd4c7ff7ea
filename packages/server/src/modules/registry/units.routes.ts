import { IdParamsSchema } from '@bianping/core/api';
import {
  HeadcountsInputSchema,
  HistoryEventInputSchema,
  InternalBodiesInputSchema,
  LeaderPostsInputSchema,
  MandateInputSchema,
  QuotaChangeInputSchema,
  UnitDetailSchema,
  UnitUpdateInputSchema,
} from '@bianping/core/registry';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { principalOf } from '../../plugins/auth.ts';
import { apiErrors } from '../../plugins/responses.ts';
import { actorOf } from '../audit/audit-actor.ts';
import { assertUnitInScope, registryEditors, registryViewers, unitScopeOf } from './registry.policy.ts';
import { loadUnitDetail } from './unit-detail.queries.ts';
import { addQuotaChange, setHeadcounts, setLeaderPosts, updateUnit } from './unit-edits.service.ts';
import { addHistoryEvent, setInternalBodies, setMandate } from './unit-structure.service.ts';

const tags = ['registry'];
const errors = apiErrors(400, 401, 403, 404, 409);
const editors = { access: { roles: registryEditors } };
const today = () => new Date().toISOString().slice(0, 10);

/** The unit page: read by anyone whose scope covers the unit; edited by officers, versioned. */
export const unitsRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;
  const detail = async (id: string) => {
    const found = await loadUnitDetail(db, id);
    if (!found) throw new Error(`unit ${id} vanished`);
    return found;
  };

  app.get(
    '/:id',
    {
      config: { access: { roles: registryViewers } },
      schema: {
        tags,
        summary: '单位详情 / Unit page',
        params: IdParamsSchema,
        response: { 200: UnitDetailSchema, ...errors },
      },
    },
    async (request) => {
      await assertUnitInScope(db, principalOf(request), request.params.id);
      return detail(request.params.id);
    },
  );

  app.patch(
    '/:id',
    {
      config: editors,
      schema: {
        tags,
        summary: '修改单位基本信息 / Update unit',
        params: IdParamsSchema,
        body: UnitUpdateInputSchema,
        response: { 200: UnitDetailSchema, ...errors },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      await assertUnitInScope(db, principal, request.params.id, registryEditors);
      const scope = await unitScopeOf(db, principal, registryEditors);
      await updateUnit(db, request.params.id, request.body, actorOf(request), scope);
      return detail(request.params.id);
    },
  );

  app.post(
    '/:id/quota-changes',
    {
      config: editors,
      schema: {
        tags,
        summary: '编制核增/核减（追加台账）/ Append a quota change',
        params: IdParamsSchema,
        body: QuotaChangeInputSchema,
        response: { 200: UnitDetailSchema, ...errors },
      },
    },
    async (request) => {
      await assertUnitInScope(db, principalOf(request), request.params.id, registryEditors);
      await addQuotaChange(db, request.params.id, request.body, actorOf(request));
      return detail(request.params.id);
    },
  );

  app.put(
    '/:id/headcounts',
    {
      config: editors,
      schema: {
        tags,
        summary: '实有人数（未导入实名制时）/ Set headcounts',
        params: IdParamsSchema,
        body: HeadcountsInputSchema,
        response: { 200: UnitDetailSchema, ...errors },
      },
    },
    async (request) => {
      await assertUnitInScope(db, principalOf(request), request.params.id, registryEditors);
      await setHeadcounts(db, request.params.id, request.body, actorOf(request), today());
      return detail(request.params.id);
    },
  );

  app.put(
    '/:id/leader-posts',
    {
      config: editors,
      schema: {
        tags,
        summary: '领导职数 / Set leader posts',
        params: IdParamsSchema,
        body: LeaderPostsInputSchema,
        response: { 200: UnitDetailSchema, ...errors },
      },
    },
    async (request) => {
      await assertUnitInScope(db, principalOf(request), request.params.id, registryEditors);
      await setLeaderPosts(db, request.params.id, request.body, actorOf(request));
      return detail(request.params.id);
    },
  );

  const edits = [
    [
      'put',
      '/:id/internal-bodies',
      InternalBodiesInputSchema,
      setInternalBodies,
      '内设机构 / Set internal bodies',
    ],
    ['put', '/:id/mandate', MandateInputSchema, setMandate, '三定职责 / Set mandate duties'],
    [
      'post',
      '/:id/history-events',
      HistoryEventInputSchema,
      addHistoryEvent,
      '追加沿革 / Add a history event',
    ],
  ] as const;
  for (const [method, url, body, apply, summary] of edits) {
    app.route({
      method: method.toUpperCase() as 'PUT' | 'POST',
      url,
      config: editors,
      schema: { tags, summary, params: IdParamsSchema, body, response: { 200: UnitDetailSchema, ...errors } },
      handler: async (request) => {
        const { id } = request.params as { id: string };
        await assertUnitInScope(db, principalOf(request), id, registryEditors);
        await apply(db, id, request.body as never, actorOf(request));
        return detail(id);
      },
    });
  }
};
