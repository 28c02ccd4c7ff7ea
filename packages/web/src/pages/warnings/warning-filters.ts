import { warningCodes, warningSeverities } from '@bianping/core/warnings';
import { warningStatusFilters } from '@bianping/core/warnings/api';
import type { WarningListQuery } from '../../api/warnings.ts';
import { idParam, pageFromParams, pageToParams } from '../../components/url-params.ts';

export type WarningFilterValues = Pick<WarningListQuery, 'code' | 'severity' | 'status' | 'regionId'>;

const pick = <T extends string>(list: readonly T[], value: string | null) => list.find((v) => v === value);

/** The list's filters live in the address bar: a filtered list can be bookmarked and shared. */
export function queryFromParams(params: URLSearchParams): WarningListQuery {
  return {
    code: pick(warningCodes, params.get('code')),
    severity: pick(warningSeverities.codes, params.get('severity')),
    status: pick(warningStatusFilters, params.get('status')),
    regionId: idParam(params.get('regionId')),
    ...pageFromParams(params),
  };
}

export function paramsFromQuery(query: WarningListQuery): Record<string, string> {
  const out: Record<string, string> = {};
  if (query.code) out.code = query.code;
  if (query.severity) out.severity = query.severity;
  if (query.status) out.status = query.status;
  if (query.regionId) out.regionId = query.regionId;
  return { ...out, ...pageToParams(query) };
}
