import { pageOf } from '@bianping/core/api';
import { RegistryOverviewSchema, type UnitListQuerySchema, UnitSummarySchema } from '@bianping/core/registry';
import type { z } from 'zod';
import { request } from './client.ts';

const UnitPageSchema = pageOf(UnitSummarySchema);
export type UnitListQuery = Partial<z.infer<typeof UnitListQuerySchema>>;

export const fetchRegistryOverview = (signal?: AbortSignal) =>
  request('GET', '/registry/overview', { schema: RegistryOverviewSchema, signal });

export const listUnits = (query: UnitListQuery, signal?: AbortSignal) =>
  request('GET', '/units', { schema: UnitPageSchema, query, signal });
