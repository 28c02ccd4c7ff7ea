import { pageOf } from '@bianping/core/api';
import { JobStartedSchema } from '@bianping/core/jobs';
import { WarningRuleInfoSchema } from '@bianping/core/warnings';
import {
  type WarningListQuerySchema,
  WarningSchema,
  WarningSummarySchema,
  type WarningTransitionInputSchema,
} from '@bianping/core/warnings/api';
import { type CalendarYearInput, CalendarYearSchema } from '@bianping/core/warnings/calendar-api';
import {
  RegionSettingsListSchema,
  type RegionSettingsOverrideInput,
  RegionWarningSettingsSchema,
} from '@bianping/core/warnings/settings-api';
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

/** The regions whose thresholds the user may set, with how many each sets itself. */
export const listRegionSettings = (signal?: AbortSignal) =>
  request('GET', '/warnings/settings', { schema: RegionSettingsListSchema, signal });

export const getRegionSettings = (regionId: string, signal?: AbortSignal) =>
  request('GET', `/warnings/settings/${encodeURIComponent(regionId)}`, {
    schema: RegionWarningSettingsSchema,
    signal,
  });

export const saveRegionSettings = (regionId: string, input: RegionSettingsOverrideInput) =>
  request('PUT', `/warnings/settings/${encodeURIComponent(regionId)}`, {
    schema: RegionWarningSettingsSchema,
    body: input,
  });

/** 恢复继承: the region sets nothing itself any more. */
export const clearRegionSettings = (regionId: string, version: number) =>
  request('DELETE', `/warnings/settings/${encodeURIComponent(regionId)}`, {
    schema: RegionWarningSettingsSchema,
    query: { version },
  });

export const getCalendarYear = (year: number, signal?: AbortSignal) =>
  request('GET', '/warnings/calendar', { schema: CalendarYearSchema, query: { year }, signal });

export const saveCalendarYear = (year: number, input: CalendarYearInput) =>
  request('PUT', `/warnings/calendar/${year}`, { schema: CalendarYearSchema, body: input });
