import { z } from 'zod';
import { defineJob } from '../../jobs/job-definition.ts';
import { todayInChina } from '../../time.ts';
import { idProtector } from '../staff/id-number-protection.ts';
import { runWarningScan } from './warnings.service.ts';

export const SCAN_JOB = 'warnings.scan';

/** The registry scan, on demand and on the first of every month at 02:00 (Asia/Shanghai). */
export const warningScanJob = (secretKey: Buffer) =>
  defineJob({
    name: SCAN_JOB,
    cron: '0 2 1 * *',
    payload: z.object({
      trigger: z.enum(['manual', 'schedule', 'cli']).default('schedule'),
      actorId: z.string().nullable().default(null),
      actorName: z.string().nullable().default('schedule'),
    }),
    handler: (payload, ctx) =>
      runWarningScan(ctx.database, idProtector(secretKey), {
        trigger: payload.trigger,
        today: todayInChina(),
        actor: { actorId: payload.actorId, actorName: payload.actorName, requestId: null },
        progress: ctx.progress,
      }),
  });
