import type { StaffingPlan } from '@bianping/core/campaigns/self-assessment';
import {
  type EvidencePurpose,
  MyCampaignListSchema,
  SelfAssessmentFormSchema,
  type SelfEntryPutInput,
  SelfEntrySavedSchema,
  SelfPhaseSchema,
  StaffingPlanSavedSchema,
  UploadedFileSchema,
} from '@bianping/core/campaigns/self-assessment-api';
import { request } from './client.ts';
import { downloadFile, uploadFile } from './files.ts';

/**
 * 单位自评 (/api/v1/campaigns/:id/targets/:unitId/self-assessment). Three versions guard three
 * things edited apart: each entry (autosaved per indicator), the staffing plan with the report,
 * and the phase (submit, return). A first save states version 0.
 */

export type {
  EvidenceFile,
  MyCampaign,
  SelfAssessmentForm,
  SelfEntry,
  SelfEntryPutInput,
  SelfFormNode,
  SelfPhase,
  UploadedFile,
} from '@bianping/core/campaigns/self-assessment-api';

const enc = encodeURIComponent;
const base = (id: string, unitId: string) => `/campaigns/${enc(id)}/targets/${enc(unitId)}/self-assessment`;

/** The campaigns in which the caller's unit is a target, with its self phase. */
export const listMyCampaigns = (signal?: AbortSignal) =>
  request('GET', '/campaigns/mine', { schema: MyCampaignListSchema, signal });

export const getSelfAssessment = (id: string, unitId: string, signal?: AbortSignal) =>
  request('GET', base(id, unitId), { schema: SelfAssessmentFormSchema, signal });

/** Saves one indicator's entry; E_STALE_VERSION carries the newer entry in `details`. */
export const saveSelfEntry = (id: string, unitId: string, nodeId: string, input: SelfEntryPutInput) =>
  request('PUT', `${base(id, unitId)}/entries/${enc(nodeId)}`, { schema: SelfEntrySavedSchema, body: input });

export const saveStaffingPlan = (id: string, unitId: string, plan: StaffingPlan, version: number) =>
  request('PUT', `${base(id, unitId)}/staffing-plan`, {
    schema: StaffingPlanSavedSchema,
    body: { plan, version },
  });

/** Uploads an evidence file or the signed self-inspection report, reporting progress. */
export const uploadSelfFile = (
  id: string,
  unitId: string,
  file: File,
  purpose: EvidencePurpose,
  nodeId: string | null,
  onProgress?: (percent: number) => void,
) =>
  uploadFile(`${base(id, unitId)}/files`, {
    schema: UploadedFileSchema,
    file,
    contentType: file.type || 'application/octet-stream',
    query: { purpose, nodeId, name: file.name },
    onProgress,
  });

/** Downloads an evidence file of the campaign (only for those who may see the target). */
export const downloadEvidence = (id: string, fileId: string, name: string) =>
  downloadFile(`/campaigns/${enc(id)}/evidence/${enc(fileId)}`, undefined, name);

/** Locks the form; a 400 lists the problems in `details`. */
export const submitSelfAssessment = (id: string, unitId: string, version: number) =>
  request('POST', `${base(id, unitId)}/submit`, { schema: SelfPhaseSchema, body: { version } });

/** 审核通过: an officer accepts a submitted form (→ reviewed); the unit is notified. */
export const acceptSelfAssessment = (id: string, unitId: string, version: number) =>
  request('POST', `${base(id, unitId)}/accept`, { schema: SelfPhaseSchema, body: { version } });

/** An officer hands a submitted form back with a reason, which unlocks it and notifies the unit. */
export const returnSelfAssessment = (id: string, unitId: string, version: number, reason: string) =>
  request('POST', `${base(id, unitId)}/return`, { schema: SelfPhaseSchema, body: { version, reason } });
