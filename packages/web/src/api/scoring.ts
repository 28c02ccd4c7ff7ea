import { JobStartedSchema } from '@bianping/core/jobs';
import {
  CampaignScoresSchema,
  type FuzzyCampaignInput,
  FuzzyCampaignResultSchema,
  type LensInput,
  LensResultSchema,
  RaterConsistencySchema,
  TargetExplanationSchema,
} from '@bianping/core/scoring/api';
import { request } from './client.ts';
import { downloadFile } from './files.ts';
import { queryKeys } from './keys.ts';

/**
 * 综合评定 (/api/v1/campaigns/:id/…): the stored ranking and its re-run (a job), the Excel export,
 * one target's explanation, rater consistency and the multi-criteria lenses. Contract and roles:
 * core `scoring/scoring.api.schemas.ts`.
 */

export type {
  CampaignScores,
  FuzzyCampaignInput,
  FuzzyCampaignResult,
  LensInput,
  LensResult,
  NodeExplanationOut as NodeExplanation,
  RaterConsistency,
  ScoreRankingRow,
  TargetExplanation,
} from '@bianping/core/scoring/api';

/** Query keys, under the campaign's key so a campaign reload refreshes them too. */
export const scoringKeys = {
  scores: (id: string) => [...queryKeys.campaign(id), 'scores'] as const,
  explanation: (id: string, unitId: string) =>
    [...queryKeys.campaign(id), 'scores', 'explanation', unitId] as const,
  consistency: (id: string) => [...queryKeys.campaign(id), 'scores', 'consistency'] as const,
};

const enc = encodeURIComponent;
const base = (id: string) => `/campaigns/${enc(id)}`;

/** The stored ranking; `computedAt: null` and no rows when the campaign was never scored. */
export const getCampaignScores = (id: string, signal?: AbortSignal) =>
  request('GET', `${base(id)}/scores`, { schema: CampaignScoresSchema, signal });

/** Starts a full re-score as a background job; follow it with `useJobRun`. */
export const runCampaignScores = (id: string) =>
  request('POST', `${base(id)}/scores/run`, { schema: JobStartedSchema });

/** The ranking as an Excel workbook, labels in the given language. */
export const downloadScores = (id: string, lang: 'zh' | 'en') =>
  downloadFile(`${base(id)}/scores/export`, { lang }, 'scores.xlsx');

/** One target's explanation: the indicator tree, the officials' table and the linked files. */
export const getTargetExplanation = (id: string, unitId: string, signal?: AbortSignal) =>
  request('GET', `${base(id)}/targets/${enc(unitId)}/explanation`, {
    schema: TargetExplanationSchema,
    signal,
  });

/** Evaluators' leniency (flagged, never corrected) and Kendall's W per team. */
export const getRaterConsistency = (id: string, signal?: AbortSignal) =>
  request('GET', `${base(id)}/consistency`, { schema: RaterConsistencySchema, signal });

/** Re-ranks the targets by entropy weights or TOPSIS; read-only. */
export const runLens = (id: string, input: LensInput) =>
  request('POST', `${base(id)}/lenses`, { schema: LensResultSchema, body: input });

/** Fuzzy comprehensive evaluation of the external ratings; read-only. */
export const runFuzzy = (id: string, input: FuzzyCampaignInput) =>
  request('POST', `${base(id)}/fuzzy`, { schema: FuzzyCampaignResultSchema, body: input });
