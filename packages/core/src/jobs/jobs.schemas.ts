import { z } from 'zod';
import { LocalizedTextSchema } from '../api.schemas.ts';

/** A background run as the UI polls it: progress bar, then result or error. */
export const JobRunSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    status: z.enum(['queued', 'running', 'succeeded', 'failed']),
    done: z.number().int(),
    total: z.number().int().nullable(),
    /** The current step, e.g. {zh: '读取台账', en: 'reading the registry'}. */
    note: LocalizedTextSchema.nullable(),
    result: z.unknown(),
    error: z.object({ code: z.string(), message: LocalizedTextSchema }).nullable(),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: 'JobRun' });
export type JobRun = z.infer<typeof JobRunSchema>;

export const JobStartedSchema = z.object({ runId: z.uuid() }).meta({ id: 'JobStarted' });
