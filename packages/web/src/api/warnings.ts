import { pageOf } from '@bianping/core/api';
import { JobStartedSchema } from '@bianping/core/jobs';
import { WarningRuleInfoSchema } from '@bianping/core/warnings';
import {
  type WarningListQuerySchema,
  WarningSchema,
  WarningSummarySchema,
  type WarningTransitionInputSchema,
} from '@bianping/core/warnings/api';
import { z } from 'zod';
import { request } from './client.ts';

const WarningPageSchema = pageOf(WarningSchema);
const WarningRuleListSchema = z.array(WarningRuleInfoSchema);

export type WarningPage = z.infer<typeof WarningPageSchema>;
export type WarningListQuery = Partial<z.infer<typeof WarningListQuerySchema>>;
export type WarningSummary = z.infer<typeof WarningSummarySchema>;
export type WarningTransitionInput = z.input<typeof WarningTransitionInputSchema>;

export const listWarningRules = (signal?: AbortSignal) =>
  request('GET', '/warnings/rules', { schema: WarningRuleListSchema, signal });

export const listWarnings = (query: WarningListQuery, signal?: AbortSignal) =>
  request('GET', '/warnings', { schema: WarningPageSchema, query, signal });

export const fetchWarningSummary = (signal?: AbortSignal) =>
  request('GET', '/warnings/summary', { schema: WarningSummarySchema, signal });

/** Starts a scan of the whole registry in the background; follow it with useJobRun. */
export const startWarningScan = () => request('POST', '/warnings/scan', { schema: JobStartedSchema });

export const transitionWarning = (id: string, input: WarningTransitionInput) =>
  request('POST', `/warnings/${encodeURIComponent(id)}/transition`, { schema: WarningSchema, body: input });
