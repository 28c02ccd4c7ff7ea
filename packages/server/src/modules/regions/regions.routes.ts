import { ApiErrorSchema } from '@bianping/core/api';
import { RegionSchema } from '@bianping/core/regions';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listRegions } from './regions.queries.ts';

export const regionsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/',
    {
      config: { access: { roles: 'any' } },
      schema: {
        tags: ['regions'],
        summary: '行政区划 / Regions',
        response: {
          200: z.array(RegionSchema),
          401: ApiErrorSchema,
          403: ApiErrorSchema,
        },
      },
    },
    async () =>
      (await listRegions(app.database.db)).map((r) => ({
        ...r,
        level: r.level as 'county',
      })),
  );
};
