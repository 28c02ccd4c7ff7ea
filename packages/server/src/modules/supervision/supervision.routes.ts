import { OkSchema } from '@bianping/core/api';
import {
  SlipDeleteQuerySchema,
  SlipDetailSchema,
  SlipInspectorListSchema,
  SlipListQuerySchema,
  SlipListSchema,
  SlipParamsSchema,
  SlipUnitOptionsQuerySchema,
  SlipUnitOptionsSchema,
} from '@bianping/core/campaigns/supervision-api';
import { SlipInputSchema, SlipUpdateInputSchema } from '@bianping/core/campaigns/supervision-slips';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { principalOf } from '../../plugins/auth.ts';
import { apiErrors } from '../../plugins/responses.ts';
import { callerOf } from '../campaigns/campaign-edit.ts';
import { inspectableUnitsSql, slipReaders, slipScopeOf, slipWriters } from './supervision.policy.ts';
import { listInspectors, listSlips, listUnitOptions } from './supervision.queries.ts';
import { createSlip, editSlip, readSlip, removeSlip } from './supervision.service.ts';
import { supervisionStepRoutes } from './supervision-steps.routes.ts';

export const slipTags = ['supervision'];
export const slipErrors = apiErrors(400, 401, 403, 404, 409);
const read = { access: { roles: slipReaders } };
const write = { access: { roles: slipWriters } };

/** 督查确认单: list, the form's pickers, create, read, edit and delete a draft. */
export const supervisionRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;
  const tags = slipTags;
  const errors = slipErrors;

  app.get(
    '/',
    {
      config: read,
      schema: {
        tags,
        summary: '督查确认单列表 / Supervision slips',
        querystring: SlipListQuerySchema,
        response: { 200: SlipListSchema, ...errors },
      },
    },
    async (request) => listSlips(db, await slipScopeOf(db, principalOf(request)), request.query),
  );

  app.get(
    '/inspectors',
    {
      config: write,
      schema: {
        tags,
        summary: '可选督查人员 / Who may be named an inspector',
        response: { 200: SlipInspectorListSchema, ...errors },
      },
    },
    async () => listInspectors(db),
  );

  app.get(
    '/units',
    {
      config: write,
      schema: {
        tags,
        summary: '可督查的单位 / Units the caller may inspect',
        querystring: SlipUnitOptionsQuerySchema,
        response: { 200: SlipUnitOptionsSchema, ...errors },
      },
    },
    async (request) =>
      listUnitOptions(db, await inspectableUnitsSql(db, principalOf(request)), request.query.q),
  );

  app.post(
    '/',
    {
      config: write,
      schema: {
        tags,
        summary: '新建督查确认单（草稿）/ Record a supervision slip (draft)',
        body: SlipInputSchema,
        response: { 201: SlipDetailSchema, ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(await createSlip(db, callerOf(request), request.body)),
  );

  app.get(
    '/:id',
    {
      config: read,
      schema: {
        tags,
        summary: '督查确认单 / A supervision slip',
        params: SlipParamsSchema,
        response: { 200: SlipDetailSchema, ...errors },
      },
    },
    async (request) => readSlip(db, principalOf(request), request.params.id),
  );

  app.put(
    '/:id',
    {
      config: write,
      schema: {
        tags,
        summary: '修改草稿 / Edit a draft slip',
        params: SlipParamsSchema,
        body: SlipUpdateInputSchema,
        response: { 200: SlipDetailSchema, ...errors },
      },
    },
    async (request) => editSlip(db, callerOf(request), request.params.id, request.body),
  );

  app.delete(
    '/:id',
    {
      config: write,
      schema: {
        tags,
        summary: '删除草稿 / Delete a draft slip',
        params: SlipParamsSchema,
        querystring: SlipDeleteQuerySchema,
        response: { 200: OkSchema, ...errors },
      },
    },
    async (request) => {
      await removeSlip(db, callerOf(request), request.params.id, request.query.version);
      return { ok: true as const };
    },
  );

  await app.register(supervisionStepRoutes);
};
