import { z } from 'zod';
import { ErrorCode } from './errors.ts';

export const LocalizedTextSchema = z.object({ zh: z.string(), en: z.string() });

/** Body of every error response: `{code, message: {zh, en}, field?}`. */
export const ApiErrorSchema = z
  .object({
    code: z.enum(Object.values(ErrorCode) as [ErrorCode, ...ErrorCode[]]),
    message: LocalizedTextSchema,
    field: z.string().optional(),
    details: z.unknown().optional(),
  })
  .meta({ id: 'ApiError' });

export const OkSchema = z.object({ ok: z.literal(true) });

export const IdParamsSchema = z.object({ id: z.uuid() });

export const PageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });

export const HealthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.object({ ok: z.boolean(), kind: z.enum(['pglite', 'postgres']), latencyMs: z.number() }),
  version: z.string(),
});
