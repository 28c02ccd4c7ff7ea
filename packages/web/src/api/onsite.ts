import {
  DocumentReviewInputSchema,
  type DocumentReviewItem,
  type InterviewRecordInput,
  InterviewRecordSchema,
} from '@bianping/core/campaigns/onsite';
import {
  AssignedTargetListSchema,
  DocumentReviewSavedSchema,
  type OnsiteEntryPutInput,
  OnsiteEntrySavedSchema,
  type OnsiteFindingCreateInput,
  OnsiteFindingSchema,
  OnsiteFormSchema,
} from '@bianping/core/campaigns/onsite-api';
import { SelfPhaseSchema } from '@bianping/core/campaigns/self-assessment-api';
import { z } from 'zod';
import { request } from './client.ts';

/**
 * 实地评估 (/api/v1/campaigns/:id/targets/:unitId/onsite) and 我的评估任务
 * (/api/v1/campaigns/assigned). Each leaf score, finding and interview has its own version, the
 * checklist one for the whole list, the phase one for submit/return; a first save states 0.
 */

export type {
  DocumentReviewItem,
  InterviewRecord,
  InterviewRecordInput,
} from '@bianping/core/campaigns/onsite';
export type {
  AssignedTarget,
  OnsiteFinding,
  OnsiteForm,
  OnsiteLeaf,
  OnsiteScore,
} from '@bianping/core/campaigns/onsite-api';

const enc = encodeURIComponent;
const base = (id: string, unitId: string) => `/campaigns/${enc(id)}/targets/${enc(unitId)}/onsite`;

/** The targets of the caller's evaluation teams. */
export const listAssignedTargets = (signal?: AbortSignal) =>
  request('GET', '/campaigns/assigned', { schema: AssignedTargetListSchema, signal });

export const getOnsite = (id: string, unitId: string, signal?: AbortSignal) =>
  request('GET', base(id, unitId), { schema: OnsiteFormSchema, signal });

/** Saves one leaf's score; E_STALE_VERSION carries the newer score in `details.current`. */
export const saveOnsiteEntry = (id: string, unitId: string, nodeId: string, input: OnsiteEntryPutInput) =>
  request('PUT', `${base(id, unitId)}/entries/${enc(nodeId)}`, {
    schema: OnsiteEntrySavedSchema,
    body: input,
  });

export const createFinding = (id: string, unitId: string, input: OnsiteFindingCreateInput) =>
  request('POST', `${base(id, unitId)}/findings`, { schema: OnsiteFindingSchema, body: input });

export const updateFinding = (
  id: string,
  unitId: string,
  findingId: string,
  input: OnsiteFindingCreateInput & { version: number },
) =>
  request('PATCH', `${base(id, unitId)}/findings/${enc(findingId)}`, {
    schema: OnsiteFindingSchema,
    body: input,
  });

export const deleteFinding = (id: string, unitId: string, findingId: string, version: number) =>
  request('DELETE', `${base(id, unitId)}/findings/${enc(findingId)}`, {
    schema: z.null(),
    query: { version },
  });

export const createInterview = (id: string, unitId: string, input: InterviewRecordInput) =>
  request('POST', `${base(id, unitId)}/interviews`, { schema: InterviewRecordSchema, body: input });

export const updateInterview = (
  id: string,
  unitId: string,
  interviewId: string,
  input: InterviewRecordInput & { version: number },
) =>
  request('PATCH', `${base(id, unitId)}/interviews/${enc(interviewId)}`, {
    schema: InterviewRecordSchema,
    body: input,
  });

/** Saves the whole checklist over its version. */
export const saveChecklist = (id: string, unitId: string, items: DocumentReviewItem[], version: number) =>
  request('PUT', `${base(id, unitId)}/checklist`, {
    schema: DocumentReviewSavedSchema,
    body: DocumentReviewInputSchema.parse({ items, version }),
  });

/** The team leader submits (locks); a 400 lists the problems in `details`. */
export const submitOnsite = (id: string, unitId: string, version: number) =>
  request('POST', `${base(id, unitId)}/submit`, { schema: SelfPhaseSchema, body: { version } });

/** 审核通过: an officer accepts a submitted review (→ reviewed). */
export const acceptOnsite = (id: string, unitId: string, version: number) =>
  request('POST', `${base(id, unitId)}/accept`, { schema: SelfPhaseSchema, body: { version } });

/** An officer hands a submitted review back with a reason. */
export const returnOnsite = (id: string, unitId: string, version: number, reason: string) =>
  request('POST', `${base(id, unitId)}/return`, { schema: SelfPhaseSchema, body: { version, reason } });
