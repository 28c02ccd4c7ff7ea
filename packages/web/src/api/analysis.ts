import {
  type DeaRequest,
  DeaResponseSchema,
  EfficiencyOptionsSchema,
  type MalmquistRequest,
  MalmquistResponseSchema,
  StaffingNeedResponseSchema,
} from '@bianping/core/analytics/efficiency-api';
import { buildUrl, currentCsrfToken, readJson, request } from './client.ts';
import { TransportError, toApiError } from './errors.ts';
import { saveFile } from './files.ts';

export type {
  DeaRequest,
  DeaResponse,
  DeaRow,
  EfficiencyInput,
  EfficiencyOptions,
  LeftOut,
  MalmquistRequest,
  MalmquistResponse,
  StaffingNeed,
} from '@bianping/core/analytics/efficiency-api';

/** 使用效益 (/analytics): the form's choices, DEA, Malmquist, 编制测算. */
export const fetchEfficiencyOptions = (signal?: AbortSignal) =>
  request('GET', '/analytics/efficiency/options', { schema: EfficiencyOptionsSchema, signal });

export const runDea = (body: DeaRequest) =>
  request('POST', '/analytics/dea', { schema: DeaResponseSchema, body });

export const runMalmquist = (body: MalmquistRequest) =>
  request('POST', '/analytics/malmquist', { schema: MalmquistResponseSchema, body });

export const fetchStaffingNeed = (
  unitId: string,
  query: { year?: number | undefined; measures: string[]; level: '0.9' | '0.95' },
  signal?: AbortSignal,
) =>
  request('GET', `/analytics/staffing-need/${encodeURIComponent(unitId)}`, {
    schema: StaffingNeedResponseSchema,
    query: { year: query.year, measures: query.measures.join(','), level: query.level },
    signal,
  });

/** The DEA table as .xlsx: the same request, answered with the workbook (a POST, so not a link). */
export async function exportDea(body: DeaRequest) {
  let res: Response;
  try {
    res = await fetch(buildUrl('/analytics/dea/export'), {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', 'x-csrf-token': await currentCsrfToken() },
      body: JSON.stringify(body),
    });
  } catch (err) {
    throw new TransportError(null, err instanceof Error ? err.message : String(err));
  }
  if (!res.ok) throw toApiError(res.status, await readJson(res));
  saveFile({ blob: await res.blob(), filename: `效率评价_${body.year}.xlsx` });
}
