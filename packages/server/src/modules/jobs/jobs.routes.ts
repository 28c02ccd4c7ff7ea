import { ApiErrorSchema, IdParamsSchema } from '@bianping/core/api';
import { hasAnyRole } from '@bianping/core/auth/roles';
import { forbidden, notFound } from '@bianping/core/errors';
import { JobRunSchema } from '@bianping/core/jobs';
import { noteFromStorage } from '@bianping/core/jobs/bilingual-note';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { findJobRun } from '../../jobs/job-runs.queries.ts';
import { principalOf } from '../../plugins/auth.ts';

/** Progress of a background run: its starter and office staff may follow it. */
export const jobsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/:id',
    {
      config: { access: { roles: 'any' } },
      schema: {
        tags: ['jobs'],
        summary: '后台任务进度 / Background job progress',
        params: IdParamsSchema,
        response: { 200: JobRunSchema, 401: ApiErrorSchema, 403: ApiErrorSchema, 404: ApiErrorSchema },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const run = await findJobRun(app.database.db, request.params.id);
      if (!run) throw notFound({ zh: '后台任务', en: 'Job' });
      if (run.createdBy !== principal.userId && !hasAnyRole(principal.roles, ['admin', 'officer']))
        throw forbidden();
      return {
        id: run.id,
        name: run.name,
        status: run.status as 'queued',
        done: run.done,
        total: run.total,
        note: noteFromStorage(run.note),
        result: run.result,
        error: (run.error as never) ?? null,
        createdAt: run.createdAt.toISOString(),
        finishedAt: run.finishedAt?.toISOString() ?? null,
      };
    },
  );
};
