import { pageOf } from '@bianping/core/api';
import { AuditEntrySchema, type AuditQuerySchema, AuditVerifyResultSchema } from '@bianping/core/audit';
import type { z } from 'zod';
import { request } from './client.ts';

const AuditPageSchema = pageOf(AuditEntrySchema);
export type AuditPage = z.infer<typeof AuditPageSchema>;
export type AuditListQuery = Partial<z.infer<typeof AuditQuerySchema>>;

export const listAudit = (query: AuditListQuery, signal?: AbortSignal) =>
  request('GET', '/audit', { schema: AuditPageSchema, query, signal });

export const verifyAudit = () => request('GET', '/audit/verify', { schema: AuditVerifyResultSchema });
