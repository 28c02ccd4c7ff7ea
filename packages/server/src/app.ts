import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import type { Queue } from './jobs/queue.ts';
import { analyticsRoutes } from './modules/analytics/analytics.routes.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { authRoutes } from './modules/auth/auth.routes.ts';
import { campaignsRoutes } from './modules/campaigns/campaigns.routes.ts';
import { expertsRoutes } from './modules/campaigns/experts.routes.ts';
import { externalRoutes } from './modules/campaigns/external.routes.ts';
import { onsiteRoutes } from './modules/campaigns/onsite.routes.ts';
import { progressRoutes } from './modules/campaigns/progress.routes.ts';
import { selfAssessmentRoutes } from './modules/campaigns/self-assessment.routes.ts';
import { selfAssessmentFilesRoutes } from './modules/campaigns/self-assessment-files.routes.ts';
import { healthRoutes } from './modules/health/health.routes.ts';
import { importsRoutes } from './modules/imports/imports.routes.ts';
import { indicatorsRoutes } from './modules/indicators/indicators.routes.ts';
import { jobsRoutes } from './modules/jobs/jobs.routes.ts';
import { notificationsRoutes } from './modules/notifications/notifications.routes.ts';
import { regionsRoutes } from './modules/regions/regions.routes.ts';
import { correctionsRoutes } from './modules/registry/corrections.routes.ts';
import { registryRoutes } from './modules/registry/registry.routes.ts';
import { unitWorkloadRoutes } from './modules/registry/unit-workload.routes.ts';
import { unitsRoutes } from './modules/registry/units.routes.ts';
import { workloadMeasuresRoutes } from './modules/registry/workload-measures.routes.ts';
import { scoringRoutes } from './modules/scoring/scoring.routes.ts';
import { type IdProtector, idProtector } from './modules/staff/id-number-protection.ts';
import { staffRoutes } from './modules/staff/staff.routes.ts';
import { supervisionRoutes } from './modules/supervision/supervision.routes.ts';
import { supervisionCampaignRoutes } from './modules/supervision/supervision-campaign.routes.ts';
import { supervisionFilesRoutes } from './modules/supervision/supervision-files.routes.ts';
import { usersRoutes } from './modules/users/users.routes.ts';
import { calendarRoutes } from './modules/warnings/calendar.routes.ts';
import { warningsRoutes } from './modules/warnings/warnings.routes.ts';
import { warningsSettingsRoutes } from './modules/warnings/warnings-settings.routes.ts';
import { accessPlugin, sessionPlugin } from './plugins/auth.ts';
import { csrfPlugin } from './plugins/csrf.ts';
import { errorsPlugin } from './plugins/errors.ts';
import { openapiPlugin } from './plugins/openapi.ts';
import { webPlugin } from './plugins/web.ts';

declare module 'fastify' {
  interface FastifyInstance {
    database: Database;
    /** The job queue when one runs in this process; routes fall back to running inline. */
    queue: Queue | null;
    /** Encrypts, hashes and masks 身份证号 with the installation's secret key. */
    idProtector: IdProtector;
    /** The installation's secret key, for jobs that protect personal data themselves. */
    secretKey: Buffer;
  }
}

export type AppOptions = {
  database: Database;
  config: Pick<Config, 'logLevel' | 'trustProxy' | 'webDist'>;
  queue?: Queue | null;
  /** 32-byte key for personal data (see id-number-protection.ts). */
  secretKey: Buffer;
  /** Tests pass false to keep output quiet. */
  logger?: FastifyServerOptions['logger'];
};

/** Builds the HTTP application; main.ts listens, tests use inject(). */
export async function buildApp({ database, config, logger, queue = null, secretKey }: AppOptions) {
  const app = Fastify({
    logger: logger ?? { level: config.logLevel },
    trustProxy: config.trustProxy,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    bodyLimit: 10 * 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('database', database);
  app.decorate('queue', queue);
  app.decorate('idProtector', idProtector(secretKey));
  app.decorate('secretKey', secretKey);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(errorsPlugin);
  await app.register(cookie);
  await app.register(sessionPlugin);
  await app.register(csrfPlugin);
  await app.register(accessPlugin);
  await app.register(openapiPlugin);

  await app.register(healthRoutes);
  await app.register(authRoutes, { prefix: '/api/v1/auth' });
  await app.register(usersRoutes, { prefix: '/api/v1/users' });
  await app.register(auditRoutes, { prefix: '/api/v1/audit' });
  await app.register(regionsRoutes, { prefix: '/api/v1/regions' });
  await app.register(jobsRoutes, { prefix: '/api/v1/jobs' });
  await app.register(registryRoutes, { prefix: '/api/v1' });
  await app.register(unitsRoutes, { prefix: '/api/v1/units' });
  await app.register(staffRoutes, { prefix: '/api/v1/units' });
  await app.register(unitWorkloadRoutes, { prefix: '/api/v1/units' });
  await app.register(workloadMeasuresRoutes, { prefix: '/api/v1/workload-measures' });
  await app.register(correctionsRoutes, { prefix: '/api/v1' });
  await app.register(warningsRoutes, { prefix: '/api/v1/warnings' });
  await app.register(warningsSettingsRoutes, { prefix: '/api/v1/warnings/settings' });
  await app.register(calendarRoutes, { prefix: '/api/v1/warnings/calendar' });
  await app.register(importsRoutes, { prefix: '/api/v1/imports' });
  await app.register(indicatorsRoutes, { prefix: '/api/v1/indicator-sets' });
  await app.register(campaignsRoutes, { prefix: '/api/v1/campaigns' });
  await app.register(expertsRoutes, { prefix: '/api/v1/experts' });
  await app.register(selfAssessmentRoutes, { prefix: '/api/v1/campaigns' });
  await app.register(selfAssessmentFilesRoutes, { prefix: '/api/v1/campaigns' });
  await app.register(onsiteRoutes, { prefix: '/api/v1/campaigns' });
  await app.register(progressRoutes, { prefix: '/api/v1/campaigns' });
  await app.register(externalRoutes, { prefix: '/api/v1/campaigns' });
  await app.register(scoringRoutes, { prefix: '/api/v1/campaigns' });
  await app.register(supervisionRoutes, { prefix: '/api/v1/supervision-slips' });
  await app.register(supervisionFilesRoutes, { prefix: '/api/v1/supervision-slips' });
  await app.register(supervisionCampaignRoutes, { prefix: '/api/v1/campaigns' });
  await app.register(notificationsRoutes, { prefix: '/api/v1/notifications' });
  await app.register(analyticsRoutes, { prefix: '/api/v1/analytics' });

  await app.register(webPlugin, { dist: config.webDist });
  await app.ready();
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
