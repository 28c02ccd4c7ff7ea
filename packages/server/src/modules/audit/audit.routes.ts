import { pageOf } from '@bianping/core/api';
import { AuditEntrySchema, AuditQuerySchema, AuditVerifyResultSchema } from '@bianping/core/audit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiErrors } from '../../plugins/responses.ts';
import { listAudit, verifyAuditChain } from './audit.queries.ts';

const tags = ['audit'];
const adminOnly = { access: { roles: ['admin'] } } as const;
const errors = apiErrors(400, 401, 403);

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  app.get(
    '/',
    {
      config: adminOnly,
      schema: {
        tags,
        summary: '审计日志 / Audit log',
        querystring: AuditQuerySchema,
        response: { 200: pageOf(AuditEntrySchema), ...errors },
      },
    },
    async (request) => {
      const { items, total } = await listAudit(db, request.query);
      return {
        items: items.map((e) => ({ ...e, at: e.at.toISOString() })),
        total,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );

  app.get(
    '/verify',
    {
      config: adminOnly,
      schema: {
        tags,
        summary: '校验审计链 / Verify the audit chain',
        response: { 200: AuditVerifyResultSchema, ...errors },
      },
    },
    async () => verifyAuditChain(db),
  );
};
