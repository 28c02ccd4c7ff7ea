import type {
  CampaignBasicsUpdateInputSchema,
  CampaignCreateInputSchema,
  CampaignGradingUpdateInputSchema,
  CampaignListQuerySchema,
  CampaignOutlinesUpdateInputSchema,
  CampaignPhasesUpdateInputSchema,
  CampaignTargetSetsInputSchema,
  CampaignWeightsUpdateInputSchema,
} from '@bianping/core/campaigns';
import { CampaignListSchema } from '@bianping/core/campaigns';
import {
  CampaignDetailSchema,
  CampaignPlanSchema,
  type CampaignSetChoiceInputSchema,
  type CampaignTargetListQuerySchema,
  CampaignTargetListSchema,
  type CampaignTargetsAddInput,
  CampaignTargetsAddResultSchema,
  type CampaignTargetsPreviewInputSchema,
  CampaignTargetsPreviewSchema,
  type CampaignTeamDrawInput,
  CampaignTeamsSchema,
  type ExpertConflictsInput,
  type ExpertCreateInputSchema,
  type ExpertListQuerySchema,
  ExpertListSchema,
  ExpertSchema,
  type ExpertUpdateInput,
} from '@bianping/core/campaigns/api';
import type { CampaignStatus } from '@bianping/core/campaigns/campaign-status';
import { z } from 'zod';
import { request } from './client.ts';

/**
 * 评估项目 (/api/v1/campaigns) and the expert pool (/api/v1/experts). Every edit of a plan states
 * the campaign's one `version`; section saves answer with the fresh detail, which replaces the
 * cached one.
 */

export type CampaignListQuery = Partial<z.infer<typeof CampaignListQuerySchema>>;
export type CampaignList = z.infer<typeof CampaignListSchema>;
export type CampaignCreateInput = z.input<typeof CampaignCreateInputSchema>;
export type CampaignBasicsInput = z.input<typeof CampaignBasicsUpdateInputSchema>;
export type CampaignPhasesInput = z.input<typeof CampaignPhasesUpdateInputSchema>;
export type CampaignWeightsInput = z.input<typeof CampaignWeightsUpdateInputSchema>;
export type CampaignGradingInput = z.input<typeof CampaignGradingUpdateInputSchema>;
export type CampaignOutlinesInput = z.input<typeof CampaignOutlinesUpdateInputSchema>;
export type CampaignSetChoiceInput = z.input<typeof CampaignSetChoiceInputSchema>;
export type CampaignTargetSetsInput = z.input<typeof CampaignTargetSetsInputSchema>;
export type TargetsPreviewInput = z.input<typeof CampaignTargetsPreviewInputSchema>;
export type TargetListQuery = Partial<z.infer<typeof CampaignTargetListQuerySchema>>;
export type TargetsPreview = z.infer<typeof CampaignTargetsPreviewSchema>;
export type ExpertListQuery = Partial<z.infer<typeof ExpertListQuerySchema>>;
export type ExpertCreateInput = z.input<typeof ExpertCreateInputSchema>;
export type { Campaign, CampaignSummary } from '@bianping/core/campaigns';
export type {
  CampaignDetail,
  CampaignPlan,
  CampaignTargetRow,
  CampaignTargetsAddInput,
  CampaignTeamDrawInput,
  CampaignTeams,
  Expert,
  ExpertConflictsInput,
  ExpertUpdateInput,
} from '@bianping/core/campaigns/api';

const BASE = '/campaigns';
const path = (id: string, rest = '') => `${BASE}/${encodeURIComponent(id)}${rest}`;
const detail = CampaignDetailSchema;

export const listCampaigns = (query: CampaignListQuery, signal?: AbortSignal) =>
  request('GET', BASE, { schema: CampaignListSchema, query, signal });

export const getCampaign = (id: string, signal?: AbortSignal) =>
  request('GET', path(id), { schema: detail, signal });

export const createCampaign = (input: CampaignCreateInput) =>
  request('POST', BASE, { schema: detail, body: input });

export const updateCampaignBasics = (id: string, input: CampaignBasicsInput) =>
  request('PATCH', path(id), { schema: detail, body: input });

/** Only a draft can be deleted. */
export const deleteCampaign = (id: string, version: number) =>
  request('DELETE', path(id), { schema: z.null(), query: { version } });

export const saveCampaignPhases = (id: string, input: CampaignPhasesInput) =>
  request('PUT', path(id, '/phases'), { schema: detail, body: input });

export const saveCampaignWeights = (id: string, input: CampaignWeightsInput) =>
  request('PUT', path(id, '/weights'), { schema: detail, body: input });

export const saveCampaignGrading = (id: string, input: CampaignGradingInput) =>
  request('PUT', path(id, '/grading'), { schema: detail, body: input });

/** The library sets of the "1" and each "X"; automatic targets follow the change. */
export const saveCampaignSetChoice = (id: string, input: CampaignSetChoiceInput) =>
  request('PUT', path(id, '/sets'), { schema: detail, body: input });

/** The units the filters would add, with their automatic sets; changes nothing. */
export const previewCampaignTargets = (id: string, input: TargetsPreviewInput) =>
  request('POST', path(id, '/targets/preview'), { schema: CampaignTargetsPreviewSchema, body: input });

export const addCampaignTargets = (id: string, input: CampaignTargetsAddInput) =>
  request('POST', path(id, '/targets'), { schema: CampaignTargetsAddResultSchema, body: input });

export const listCampaignTargets = (id: string, query: TargetListQuery, signal?: AbortSignal) =>
  request('GET', path(id, '/targets'), { schema: CampaignTargetListSchema, query, signal });

const targetPath = (id: string, unitId: string) => path(id, `/targets/${encodeURIComponent(unitId)}`);

/** Overrides a target's sets, or (`setIds: null`) goes back to the automatic ones. */
export const setCampaignTargetSets = (id: string, unitId: string, input: CampaignTargetSetsInput) =>
  request('PUT', `${targetPath(id, unitId)}/sets`, { schema: CampaignTargetsAddResultSchema, body: input });

export const removeCampaignTarget = (id: string, unitId: string, version: number) =>
  request('DELETE', targetPath(id, unitId), { schema: CampaignTargetsAddResultSchema, query: { version } });

export const getCampaignTeams = (id: string, signal?: AbortSignal) =>
  request('GET', path(id, '/teams'), { schema: CampaignTeamsSchema, signal });

/** Draws (or redraws) the teams from the active pool; a seed reproduces the draw. */
export const drawCampaignTeams = (id: string, input: CampaignTeamDrawInput) =>
  request('POST', path(id, '/teams/draw'), { schema: CampaignTeamsSchema, body: input });

/** Freezes the chosen sets and starts the campaign. */
export const launchCampaign = (id: string, version: number) =>
  request('POST', path(id, '/launch'), { schema: detail, body: { version } });

export const transitionCampaign = (id: string, input: { version: number; to: CampaignStatus }) =>
  request('POST', path(id, '/transition'), { schema: detail, body: input });

export const getCampaignPlan = (id: string, signal?: AbortSignal) =>
  request('GET', path(id, '/plan'), { schema: CampaignPlanSchema, signal });

export const listExperts = (query: ExpertListQuery, signal?: AbortSignal) =>
  request('GET', '/experts', { schema: ExpertListSchema, query, signal });

export const createExpert = (input: ExpertCreateInput) =>
  request('POST', '/experts', { schema: ExpertSchema, body: input });

export const updateExpert = (id: string, input: ExpertUpdateInput) =>
  request('PATCH', `/experts/${encodeURIComponent(id)}`, { schema: ExpertSchema, body: input });

export const saveExpertConflicts = (id: string, input: ExpertConflictsInput) =>
  request('PUT', `/experts/${encodeURIComponent(id)}/conflicts`, { schema: ExpertSchema, body: input });
