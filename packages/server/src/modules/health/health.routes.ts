import { HealthSchema } from '@bianping/core/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { pingDatabase } from '../../db/client.ts';
import { appVersion } from '../../version.ts';

/** Liveness plus a real database round trip, for load balancers and the README's smoke test. */
export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/health',
    {
      config: { access: { public: true } },
      schema: {
        tags: ['health'],
        summary: '健康检查 / Health check',
        response: { 200: HealthSchema, 503: HealthSchema },
      },
    },
    async (_request, reply) => {
      const kind = app.database.kind;
      try {
        const latencyMs = await pingDatabase(app.database);
        return {
          status: 'ok' as const,
          database: { ok: true, kind, latencyMs },
          version: appVersion,
        };
      } catch (err) {
        app.log.error({ err }, 'health check: database unreachable');
        return reply.status(503).send({
          status: 'degraded' as const,
          database: { ok: false, kind, latencyMs: -1 },
          version: appVersion,
        });
      }
    },
  );
};
