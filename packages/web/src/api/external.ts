import type { ExternalAssignInput, ExternalRatingInput } from '@bianping/core/campaigns/external';
import {
  ExternalAssignedListSchema,
  ExternalAssignResultSchema,
  ExternalOverviewSchema,
  ExternalRatingSavedSchema,
  ExternalSheetFormSchema,
  ExternalSheetStateSchema,
  ExternalTargetPhaseSchema,
  ExternalUnassignResultSchema,
} from '@bianping/core/campaigns/external-api';
import type { z } from 'zod';
import { request } from './client.ts';
import { queryKeys } from './keys.ts';

/**
 * 外部评价 (/api/v1/campaigns/:id/external …). The office assigns rater departments × targets ×
 * items and follows each department's sheet; a rater grades its department's assignments, each
 * rating on its own version (0 before the first save), and submits the sheet on the sheet's.
 */

export type { ExternalItem, ExternalRatingInput } from '@bianping/core/campaigns/external';
export type {
  ExternalAssigned,
  ExternalItemOption,
  ExternalOverview,
  ExternalProblem,
  ExternalSheetForm,
  ExternalSheetRating,
  ExternalSheetState,
  ExternalSheetSummary,
  ExternalTargetSummary,
} from '@bianping/core/campaigns/external-api';
export type ExternalRatingSaved = z.infer<typeof ExternalRatingSavedSchema>;

/** Query keys, under the campaign's key so a campaign reload refreshes them too. */
export const externalKeys = {
  overview: (id: string) => [...queryKeys.campaign(id), 'external'] as const,
  sheet: (id: string) => [...queryKeys.campaign(id), 'external', 'sheet'] as const,
  assigned: ['campaigns', 'external', 'assigned'] as const,
};

const enc = encodeURIComponent;
const base = (id: string) => `/campaigns/${enc(id)}/external`;

/** The office's overview: candidates, items, sheets per department, targets with averages. */
export const getExternalOverview = (id: string, signal?: AbortSignal) =>
  request('GET', base(id), { schema: ExternalOverviewSchema, signal });

/** Assigns every department to every target for every item; repeats are skipped. */
export const assignExternal = (id: string, input: ExternalAssignInput) =>
  request('POST', `${base(id)}/assignments`, { schema: ExternalAssignResultSchema, body: input });

/** Removes ungraded assignments of sheets not yet submitted. */
export const unassignExternal = (id: string, ids: string[]) =>
  request('DELETE', `${base(id)}/assignments`, { schema: ExternalUnassignResultSchema, body: { ids } });

/** Hands a submitted sheet back to its department with a reason. */
export const returnExternalSheet = (id: string, raterUnitId: string, version: number, reason: string) =>
  request('POST', `${base(id)}/sheets/${enc(raterUnitId)}/return`, {
    schema: ExternalSheetStateSchema,
    body: { version, reason },
  });

/** Confirms a target's external ratings once every department rating it has submitted. */
export const acceptExternalTarget = (id: string, unitId: string, version: number) =>
  request('POST', `${base(id)}/targets/${enc(unitId)}/accept`, {
    schema: ExternalTargetPhaseSchema,
    body: { version },
  });

/** The rater department's campaigns. */
export const listExternalAssigned = (signal?: AbortSignal) =>
  request('GET', '/campaigns/external/assigned', { schema: ExternalAssignedListSchema, signal });

/** The rater department's sheet in one campaign. */
export const getExternalSheet = (id: string, signal?: AbortSignal) =>
  request('GET', `${base(id)}/sheet`, { schema: ExternalSheetFormSchema, signal });

/** Saves one rating; E_STALE_VERSION carries the stored rating in `details.current`. */
export const saveExternalRating = (id: string, assignmentId: string, input: ExternalRatingInput) =>
  request('PUT', `${base(id)}/ratings/${enc(assignmentId)}`, {
    schema: ExternalRatingSavedSchema,
    body: input,
  });

/** Submits (locks) the sheet; a 400 lists the ungraded assignments in `details.problems`. */
export const submitExternalSheet = (id: string, version: number) =>
  request('POST', `${base(id)}/sheet/submit`, { schema: ExternalSheetStateSchema, body: { version } });
