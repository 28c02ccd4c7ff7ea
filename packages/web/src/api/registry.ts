import { OkSchema, pageOf } from '@bianping/core/api';
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
import {
  PeerComparisonSchema,
  type WorkloadMeasureInput,
  WorkloadMeasureSchema,
  type WorkloadMeasureUpdate,
  type WorkloadYearInput,
} from '@bianping/core/registry/workload';
import { z } from 'zod';
import { request } from './client.ts';
import { downloadFile } from './files.ts';

const UnitPageSchema = pageOf(UnitSummarySchema);
const CorrectionListSchema = z.array(CorrectionRequestSchema);
const MeasureListSchema = z.array(WorkloadMeasureSchema);

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
export type { PeerComparison, WorkloadMeasure } from '@bianping/core/registry/workload';
export type { WorkloadMeasureInput, WorkloadMeasureUpdate, WorkloadYearInput };

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

// 工作量指标: definitions per category, read by every registry viewer, changed by officers.
const measurePath = (id: string) => `/workload-measures/${encodeURIComponent(id)}`;

export const listWorkloadMeasures = (signal?: AbortSignal) =>
  request('GET', '/workload-measures', { schema: MeasureListSchema, signal });

export const createWorkloadMeasure = (input: WorkloadMeasureInput) =>
  request('POST', '/workload-measures', { schema: WorkloadMeasureSchema, body: input });

export const updateWorkloadMeasure = (id: string, input: WorkloadMeasureUpdate) =>
  request('PATCH', measurePath(id), { schema: WorkloadMeasureSchema, body: input });

export const deleteWorkloadMeasure = (id: string, version: number) =>
  request('DELETE', measurePath(id), { schema: OkSchema, query: { version } });

/** A year's workload of a unit: listed measures set (or cleared with null), as a versioned edit. */
export const setYearWorkload = (id: string, { year, ...input }: WorkloadYearInput & { year: number }) =>
  request('PUT', `${unitPath(id)}/workload/${year}`, { schema: UnitDetailSchema, body: input });

export const getUnitPeers = (id: string, year: number | undefined, signal?: AbortSignal) =>
  request('GET', `${unitPath(id)}/peers`, { schema: PeerComparisonSchema, query: { year }, signal });

export const downloadUnitPeers = (id: string, year: number | undefined) =>
  downloadFile(`${unitPath(id)}/peers/export`, { year }, `peers_${year ?? ''}.xlsx`);
