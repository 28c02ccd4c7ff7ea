import { OkSchema } from '@bianping/core/api';
import {
  CampaignSlipsSchema,
  SlipAttachmentSchema,
  SlipDetailSchema,
  SlipInspectorListSchema,
  type SlipListQuery,
  SlipListSchema,
  SlipUnitOptionsSchema,
} from '@bianping/core/campaigns/supervision-api';
import type { SlipDecision, SlipInput } from '@bianping/core/campaigns/supervision-slips';
import { z } from 'zod';
import { request } from './client.ts';
import { downloadFile, uploadFile } from './files.ts';

/**
 * 督查确认单 (/api/v1/supervision-slips) and the slips a campaign takes for a target
 * (/api/v1/campaigns/:id/targets/:unitId/slips). Every change states the slip's version.
 */

export type {
  CampaignSlips,
  SlipAttachment,
  SlipDetail,
  SlipList,
  SlipListItem,
  SlipListQuery,
} from '@bianping/core/campaigns/supervision-api';
export type {
  Slip,
  SlipDecision,
  SlipInput,
  SlipItem,
  SlipStatus,
} from '@bianping/core/campaigns/supervision-slips';

const enc = encodeURIComponent;
const base = '/supervision-slips';
const one = (id: string, rest = '') => `${base}/${enc(id)}${rest}`;

/** Query keys of the slips: the prefix `slipKeys.all` refreshes every list and page. */
export const slipKeys = {
  all: ['supervision'] as const,
  list: (query: Partial<SlipListQuery>) => ['supervision', 'list', query] as const,
  one: (id: string) => ['supervision', 'one', id] as const,
  inspectors: ['supervision', 'inspectors'] as const,
  units: (q: string) => ['supervision', 'units', q] as const,
  campaign: (id: string, unitId: string) => ['supervision', 'campaign', id, unitId] as const,
};

export const listSlips = (query: Partial<SlipListQuery>, signal?: AbortSignal) =>
  request('GET', base, { schema: SlipListSchema, query, signal });

export const getSlip = (id: string, signal?: AbortSignal) =>
  request('GET', one(id), { schema: SlipDetailSchema, signal });

export const listSlipInspectors = (signal?: AbortSignal) =>
  request('GET', `${base}/inspectors`, { schema: SlipInspectorListSchema, signal });

export const listSlipUnits = (q: string, signal?: AbortSignal) =>
  request('GET', `${base}/units`, { schema: SlipUnitOptionsSchema, query: { q }, signal });

export const createSlip = (input: SlipInput) =>
  request('POST', base, { schema: SlipDetailSchema, body: input });

export const updateSlip = (id: string, input: SlipInput & { version: number }) =>
  request('PUT', one(id), { schema: SlipDetailSchema, body: input });

export const deleteSlip = (id: string, version: number) =>
  request('DELETE', one(id), { schema: OkSchema, query: { version } });

export const sendSlip = (id: string, version: number) =>
  request('POST', one(id, '/send'), { schema: SlipDetailSchema, body: { version } });

export const confirmSlip = (id: string, version: number, comment: string) =>
  request('POST', one(id, '/confirm'), { schema: SlipDetailSchema, body: { version, comment } });

export const disputeSlip = (id: string, version: number, comment: string) =>
  request('POST', one(id, '/dispute'), { schema: SlipDetailSchema, body: { version, comment } });

export const settleSlip = (id: string, version: number, decision: SlipDecision, note: string) =>
  request('POST', one(id, '/settle'), { schema: SlipDetailSchema, body: { version, decision, note } });

/** Uploads an attachment to a draft; answers the file and the slip's new version. */
export const uploadSlipAttachment = (id: string, file: File, onProgress?: (percent: number) => void) =>
  uploadFile(one(id, '/attachments'), {
    schema: z.object({ attachment: SlipAttachmentSchema, version: z.number().int() }),
    file,
    contentType: file.type || 'application/octet-stream',
    query: { name: file.name },
    onProgress,
  });

export const downloadSlipAttachment = (id: string, fileId: string, name: string) =>
  downloadFile(one(id, `/attachments/${enc(fileId)}`), undefined, name);

export const getCampaignSlips = (campaignId: string, unitId: string, signal?: AbortSignal) =>
  request('GET', `/campaigns/${enc(campaignId)}/targets/${enc(unitId)}/slips`, {
    schema: CampaignSlipsSchema,
    signal,
  });
