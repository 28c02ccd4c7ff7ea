import { pageOf } from '@bianping/core/api';
import {
  type CorrectionDecisionInputSchema,
  type CorrectionRequestInputSchema,
  CorrectionRequestSchema,
  type HeadcountsInputSchema,
  type LeaderPostsInputSchema,
  type QuotaChangeInputSchema,
  RegistryOverviewSchema,
  RegistryTreeSchema,
  UnitDetailSchema,
  type UnitListQuerySchema,
  UnitSummarySchema,
  type UnitUpdateInput,
} from '@bianping/core/registry';
import { z } from 'zod';
import { request } from './client.ts';

const UnitPageSchema = pageOf(UnitSummarySchema);
const CorrectionListSchema = z.array(CorrectionRequestSchema);

export type UnitPage = z.infer<typeof UnitPageSchema>;
export type UnitListQuery = Partial<z.infer<typeof UnitListQuerySchema>>;
export type RegistryTree = z.infer<typeof RegistryTreeSchema>;
export type CorrectionRequest = z.infer<typeof CorrectionRequestSchema>;
export type CorrectionStatus = CorrectionRequest['status'];
export type CorrectionInput = z.input<typeof CorrectionRequestInputSchema>;
export type CorrectionDecision = z.input<typeof CorrectionDecisionInputSchema>;
export type QuotaChangeInput = z.input<typeof QuotaChangeInputSchema>;
export type HeadcountsInput = z.input<typeof HeadcountsInputSchema>;
export type LeaderPostsInput = z.input<typeof LeaderPostsInputSchema>;

const unitPath = (id: string) => `/units/${encodeURIComponent(id)}`;

export const fetchRegistryOverview = (signal?: AbortSignal) =>
  request('GET', '/registry/overview', { schema: RegistryOverviewSchema, signal });

export const fetchRegistryTree = (signal?: AbortSignal) =>
  request('GET', '/registry/tree', { schema: RegistryTreeSchema, signal });

export const listUnits = (query: UnitListQuery, signal?: AbortSignal) =>
  request('GET', '/units', { schema: UnitPageSchema, query, signal });

export const getUnit = (id: string, signal?: AbortSignal) =>
  request('GET', unitPath(id), { schema: UnitDetailSchema, signal });

// Every edit carries the version it started from and answers with the fresh unit page.
export const updateUnit = (id: string, input: UnitUpdateInput) =>
  request('PATCH', unitPath(id), { schema: UnitDetailSchema, body: input });

export const addQuotaChange = (id: string, input: QuotaChangeInput) =>
  request('POST', `${unitPath(id)}/quota-changes`, { schema: UnitDetailSchema, body: input });

export const setHeadcounts = (id: string, input: HeadcountsInput) =>
  request('PUT', `${unitPath(id)}/headcounts`, { schema: UnitDetailSchema, body: input });

export const setLeaderPosts = (id: string, input: LeaderPostsInput) =>
  request('PUT', `${unitPath(id)}/leader-posts`, { schema: UnitDetailSchema, body: input });

export const fileCorrection = (unitId: string, input: CorrectionInput) =>
  request('POST', `${unitPath(unitId)}/corrections`, { schema: CorrectionRequestSchema, body: input });

export const listCorrections = (status: CorrectionStatus | undefined, signal?: AbortSignal) =>
  request('GET', '/corrections', { schema: CorrectionListSchema, query: { status }, signal });

export const decideCorrection = (id: string, input: CorrectionDecision) =>
  request('POST', `/corrections/${encodeURIComponent(id)}/decision`, {
    schema: CorrectionRequestSchema,
    body: input,
  });
