import { PassThrough } from 'node:stream';
import { IdParamsSchema } from '@bianping/core/api';
import { XLSX_MIME } from '@bianping/core/imports';
import { UnitDetailSchema } from '@bianping/core/registry';
import {
  PeerComparisonQuerySchema,
  PeerComparisonSchema,
  UnitYearParamsSchema,
  WorkloadYearInputSchema,
} from '@bianping/core/registry/workload';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../plugins/auth.ts';
import { apiErrors, attachment } from '../../plugins/responses.ts';
import { actorOf } from '../audit/audit-actor.ts';
import { assertUnitInScope, registryEditors, registryViewers, unitScopeOf } from './registry.policy.ts';
import { loadUnitDetail } from './unit-detail.queries.ts';
import { writePeerComparison } from './unit-peers.export.ts';
import { loadPeerComparison } from './unit-peers.service.ts';
import { setYearWorkload } from './unit-workload.service.ts';

const tags = ['registry'];
const errors = apiErrors(400, 401, 403, 404, 409);
const viewers = { access: { roles: registryViewers } };

/**
 * A unit's workload on its page: officers enter a year's figures (a versioned edit of the
 * unit); everyone who may read the unit — its own liaison included — sees the 同类对比.
 */
export const unitWorkloadRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  const comparison = async (request: FastifyRequest, id: string, year: number | undefined) => {
    const principal = principalOf(request);
    const unit = await assertUnitInScope(db, principal, id);
    return loadPeerComparison(db, unit, year, await unitScopeOf(db, principal));
  };

  app.put(
    '/:id/workload/:year',
    {
      config: { access: { roles: registryEditors } },
      schema: {
        tags,
        summary: '录入某年度工作量 / Set a year’s workload',
        params: UnitYearParamsSchema,
        body: WorkloadYearInputSchema,
        response: { 200: UnitDetailSchema, ...errors },
      },
    },
    async (request) => {
      const { id, year } = request.params;
      const unit = await assertUnitInScope(db, principalOf(request), id, registryEditors);
      await setYearWorkload(db, unit, year, request.body, actorOf(request));
      const detail = await loadUnitDetail(db, id);
      if (!detail) throw new Error(`unit ${id} vanished`);
      return detail;
    },
  );

  app.get(
    '/:id/peers',
    {
      config: viewers,
      schema: {
        tags,
        summary: '同类对比 / Peer comparison',
        params: IdParamsSchema,
        querystring: PeerComparisonQuerySchema,
        response: { 200: PeerComparisonSchema, ...errors },
      },
    },
    async (request) => comparison(request, request.params.id, request.query.year),
  );

  app.get(
    '/:id/peers/export',
    {
      config: viewers,
      schema: {
        tags,
        summary: '导出同类对比 / Export the peer comparison',
        params: IdParamsSchema,
        querystring: PeerComparisonQuerySchema,
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
      const data = await comparison(request, request.params.id, request.query.year);
      const unit = data.members.find((m) => m.source === 'self')?.name ?? '';
      const out = new PassThrough();
      writePeerComparison(out, data).catch((err) => {
        request.log.error({ err }, 'peer comparison export failed');
        out.destroy(err);
      });
      const name = `同类对比_${unit}_${data.year ?? ''}.xlsx`;
      return reply
        .header('content-type', XLSX_MIME)
        .header('content-disposition', attachment(name, `peers_${data.year ?? ''}.xlsx`))
        .send(out as never);
    },
  );
};
