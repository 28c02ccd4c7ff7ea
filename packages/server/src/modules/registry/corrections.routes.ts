import { IdParamsSchema } from '@bianping/core/api';
import { notFound } from '@bianping/core/errors';
import {
  CorrectionDecisionInputSchema,
  CorrectionRequestInputSchema,
  CorrectionRequestSchema,
} from '@bianping/core/registry';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../plugins/auth.ts';
import { apiErrors } from '../../plugins/responses.ts';
import { actorOf } from '../audit/audit-actor.ts';
import { decideCorrection, fileCorrection, listCorrections } from './corrections.service.ts';
import { assertUnitInScope, registryEditors, registryViewers, unitScopeOf } from './registry.policy.ts';

const tags = ['registry'];
const errors = apiErrors(400, 401, 403, 404, 409);

/** A unit liaison asks for a correction of its own data; an officer accepts or rejects it. */
export const correctionsRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  app.post(
    '/units/:id/corrections',
    {
      config: { access: { roles: ['unit'] } },
      schema: {
        tags,
        summary: '单位提交更正申请 / File a correction request',
        params: IdParamsSchema,
        body: CorrectionRequestInputSchema,
        response: { 201: CorrectionRequestSchema, ...errors },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      await assertUnitInScope(db, principal, request.params.id, ['unit']);
      const row = await fileCorrection(
        db,
        request.params.id,
        principal.userId,
        request.body,
        actorOf(request),
      );
      const [presented] = await listCorrections(db, { allRegions: true }, { id: row?.id ?? '' });
      if (!presented) throw new Error('filed correction vanished');
      return reply.status(201).send(presented);
    },
  );

  app.get(
    '/corrections',
    {
      config: { access: { roles: registryViewers } },
      schema: {
        tags,
        summary: '更正申请列表 / Correction requests',
        querystring: z.object({
          status: z.enum(['pending', 'accepted', 'rejected']).optional(),
          unitId: z.uuid().optional(),
        }),
        response: { 200: z.array(CorrectionRequestSchema), ...errors },
      },
    },
    async (request) =>
      listCorrections(db, await unitScopeOf(db, principalOf(request)), {
        status: request.query.status,
        unitId: request.query.unitId,
      }),
  );

  app.post(
    '/corrections/:id/decision',
    {
      config: { access: { roles: registryEditors } },
      schema: {
        tags,
        summary: '受理或驳回更正申请 / Accept or reject',
        params: IdParamsSchema,
        body: CorrectionDecisionInputSchema,
        response: { 200: CorrectionRequestSchema, ...errors },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const scope = await unitScopeOf(db, principal, registryEditors);
      const [visible] = await listCorrections(db, scope, { id: request.params.id });
      if (!visible) throw notFound({ zh: '更正申请', en: 'Correction request' });
      await decideCorrection(db, request.params.id, request.body, principal.userId, actorOf(request));
      const [presented] = await listCorrections(db, scope, { id: request.params.id });
      return presented ?? visible;
    },
  );
};
