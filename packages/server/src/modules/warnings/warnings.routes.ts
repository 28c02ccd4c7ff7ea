import { IdParamsSchema, pageOf } from '@bianping/core/api';
import { notFound } from '@bianping/core/errors';
import { JobStartedSchema } from '@bianping/core/jobs';
import { noteFromStorage } from '@bianping/core/jobs/bilingual-note';
import { WarningRuleInfoSchema } from '@bianping/core/warnings';
import {
  WarningListQuerySchema,
  WarningSchema,
  WarningSummarySchema,
  WarningTransitionInputSchema,
} from '@bianping/core/warnings/api';
import { describeWarningRules } from '@bianping/core/warnings/scan';
import { desc, eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { warningScans } from '../../db/schema/index.ts';
import { runInline } from '../../jobs/queue.ts';
import { principalOf } from '../../plugins/auth.ts';
import { actorOf } from '../audit/audit-actor.ts';
import {
  assertUnitInScope,
  registryEditors,
  registryViewers,
  unitScopeOf,
} from '../registry/registry.policy.ts';
import { SCAN_JOB, warningScanJob } from './warnings.jobs.ts';
import { findWarning, listWarnings, summarizeWarnings } from './warnings.queries.ts';
import { transitionWarning } from './warnings.service.ts';
import { warningsErrors as errors, warningsTags as tags } from './warnings-route-kit.ts';

type StoredStep = { status: string; note: unknown; by: string; at: string };

/**
 * A history step for the API. The scan writes `{zh, en}` (older scans one "中文 / English"
 * string); an officer's note is kept as typed and given in both fields.
 */
const presentStep = (step: StoredStep) => ({
  ...step,
  status: step.status as never,
  note:
    step.by !== 'scan' && typeof step.note === 'string'
      ? { zh: step.note, en: step.note }
      : (noteFromStorage(step.note) ?? { zh: '', en: '' }),
});

type Row = NonNullable<Awaited<ReturnType<typeof findWarning>>>;
const present = ({ w, unitName }: Row) => ({
  id: w.id,
  code: w.code as never,
  unitId: w.unitId,
  unitName,
  key: w.key,
  severity: w.severity as never,
  status: w.status as never,
  params: w.params as Record<string, unknown>,
  message: w.message as { zh: string; en: string },
  history: (w.history as StoredStep[]).map(presentStep),
  firstDetectedAt: w.firstDetectedAt.toISOString(),
  lastDetectedAt: w.lastDetectedAt.toISOString(),
  version: w.version,
});

/** 预警: scan on demand, list with counts, and the verify → resolve / dismiss workflow. */
export const warningsRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  app.get(
    '/rules',
    {
      config: { access: { roles: registryViewers } },
      schema: {
        tags,
        summary: '预警规则 / Warning rules',
        response: { 200: z.array(WarningRuleInfoSchema), ...errors },
      },
    },
    async () => describeWarningRules(),
  );

  app.post(
    '/scan',
    {
      config: { access: { roles: registryEditors } },
      schema: { tags, summary: '立即扫描 / Scan now', response: { 202: JobStartedSchema, ...errors } },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const payload = { trigger: 'manual', actorId: actor.actorId, actorName: actor.actorName };
      if (app.queue)
        return reply.status(202).send({ runId: await app.queue.enqueue(SCAN_JOB, payload, actor.actorId) });
      const job = warningScanJob(app.secretKey);
      const { runId } = await runInline(app.database, job as never, payload, actor.actorId);
      return reply.status(202).send({ runId });
    },
  );

  app.get(
    '/',
    {
      config: { access: { roles: registryViewers } },
      schema: {
        tags,
        summary: '预警列表 / Warnings',
        querystring: WarningListQuerySchema,
        response: { 200: pageOf(WarningSchema), ...errors },
      },
    },
    async (request) => {
      const { page, pageSize, ...filter } = request.query;
      const { rows, total } = await listWarnings(
        db,
        await unitScopeOf(db, principalOf(request)),
        filter,
        page,
        pageSize,
      );
      return { items: rows.map(present), total, page, pageSize };
    },
  );

  app.get(
    '/summary',
    {
      config: { access: { roles: registryViewers } },
      schema: {
        tags,
        summary: '按规则和地区统计 / Counts per rule and region',
        response: { 200: WarningSummarySchema, ...errors },
      },
    },
    async (request) => {
      const rows = await summarizeWarnings(db, await unitScopeOf(db, principalOf(request)));
      const [last] = await db
        .select()
        .from(warningScans)
        .where(eq(warningScans.status, 'succeeded'))
        .orderBy(desc(warningScans.startedAt))
        .limit(1);
      return {
        rows: rows as never,
        lastScan: last
          ? {
              finishedAt: last.finishedAt?.toISOString() ?? null,
              unitsScanned: last.unitsScanned,
              hits: last.hits,
            }
          : null,
      };
    },
  );

  app.post(
    '/:id/transition',
    {
      config: { access: { roles: registryEditors } },
      schema: {
        tags,
        summary: '核实、解决或排除 / Verify, resolve or dismiss',
        params: IdParamsSchema,
        body: WarningTransitionInputSchema,
        response: { 200: WarningSchema, ...errors },
      },
    },
    async (request) => {
      const found = await findWarning(db, request.params.id);
      if (!found) throw notFound({ zh: '预警', en: 'Warning' });
      await assertUnitInScope(db, principalOf(request), found.w.unitId, registryEditors);
      await transitionWarning(db, request.params.id, request.body, actorOf(request));
      const updated = await findWarning(db, request.params.id);
      if (!updated) throw new Error('warning vanished');
      return present(updated);
    },
  );
};
