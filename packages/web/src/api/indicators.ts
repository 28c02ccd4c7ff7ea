import { XLSX_MIME } from '@bianping/core/imports';
import {
  type AhpApplyInput,
  AhpApplyResultSchema,
  type AhpJudgementInput,
  AhpViewSchema,
  FormulaCatalogueSchema,
  type FormulaCheckInputSchema,
  FormulaCheckResultSchema,
  type IndicatorCommentInputSchema,
  IndicatorCommentListSchema,
  IndicatorImportResultSchema,
  type IndicatorNodeCreateInputSchema,
  type IndicatorNodeMoveInput,
  type IndicatorNodeUpdateInputSchema,
  type IndicatorSetCreateInputSchema,
  type IndicatorSetDeriveInput,
  IndicatorSetDetailSchema,
  type IndicatorSetListQuerySchema,
  IndicatorSetListSchema,
  type IndicatorSetUpdateInputSchema,
} from '@bianping/core/indicators/api';
import { z } from 'zod';
import { request } from './client.ts';
import { downloadFile, uploadFile } from './files.ts';

/**
 * The indicator library (/api/v1/indicator-sets). Every edit of a draft states the set's
 * `version` and answers with the fresh detail, which replaces the cached one.
 */

export type IndicatorSetListQuery = Partial<z.infer<typeof IndicatorSetListQuerySchema>>;
export type IndicatorSetList = z.infer<typeof IndicatorSetListSchema>;
export type IndicatorSetCreateInput = z.input<typeof IndicatorSetCreateInputSchema>;
export type IndicatorSetUpdateInput = z.input<typeof IndicatorSetUpdateInputSchema>;
export type IndicatorNodeCreateInput = z.input<typeof IndicatorNodeCreateInputSchema>;
export type IndicatorNodeUpdateInput = z.input<typeof IndicatorNodeUpdateInputSchema>;
export type IndicatorCommentInput = z.input<typeof IndicatorCommentInputSchema>;
export type FormulaCheckInput = z.input<typeof FormulaCheckInputSchema>;
export type ExportFormat = 'xlsx' | 'json';
export type {
  AhpJudgement,
  AhpOutcome,
  AhpView,
  FormulaCatalogue,
  FormulaCheckResult,
  IndicatorComment,
  IndicatorDetailNode,
  IndicatorImportResult,
  IndicatorSetDetail,
  IndicatorSetSummary,
} from '@bianping/core/indicators/api';

const BASE = '/indicator-sets';
const setPath = (id: string) => `${BASE}/${encodeURIComponent(id)}`;
const nodePath = (id: string, nodeId: string) => `${setPath(id)}/nodes/${encodeURIComponent(nodeId)}`;
const detail = IndicatorSetDetailSchema;

export const listIndicatorSets = (query: IndicatorSetListQuery, signal?: AbortSignal) =>
  request('GET', BASE, { schema: IndicatorSetListSchema, query, signal });

export const getIndicatorSet = (id: string, signal?: AbortSignal) =>
  request('GET', setPath(id), { schema: detail, signal });

export const createIndicatorSet = (input: IndicatorSetCreateInput) =>
  request('POST', BASE, { schema: detail, body: input });

export const updateIndicatorSet = (id: string, input: IndicatorSetUpdateInput) =>
  request('PATCH', setPath(id), { schema: detail, body: input });

/** Only a draft can be deleted; published editions stay for the campaigns that used them. */
export const deleteIndicatorSet = (id: string, version: number) =>
  request('DELETE', setPath(id), { schema: z.null(), query: { version } });

export const createIndicatorNode = (id: string, input: IndicatorNodeCreateInput) =>
  request('POST', `${setPath(id)}/nodes`, { schema: detail, body: input });

export const updateIndicatorNode = (id: string, nodeId: string, input: IndicatorNodeUpdateInput) =>
  request('PATCH', nodePath(id, nodeId), { schema: detail, body: input });

/** Removes the node with everything below it. */
export const deleteIndicatorNode = (id: string, nodeId: string, version: number) =>
  request('DELETE', nodePath(id, nodeId), { schema: detail, query: { version } });

export const moveIndicatorNode = (id: string, nodeId: string, input: IndicatorNodeMoveInput) =>
  request('POST', `${nodePath(id, nodeId)}/move`, { schema: detail, body: input });

export const publishIndicatorSet = (id: string, version: number) =>
  request('POST', `${setPath(id)}/publish`, { schema: detail, body: { version } });

/** A new draft edition copied from a published one. */
export const startNewEdition = (id: string) =>
  request('POST', `${setPath(id)}/new-version`, { schema: detail, body: {} });

/** A new series refining this set; every node remembers the one it came from. */
export const deriveIndicatorSet = (id: string, input: IndicatorSetDeriveInput) =>
  request('POST', `${setPath(id)}/derive`, { schema: detail, body: input });

export const getAhpView = (id: string, parentId: string | null, signal?: AbortSignal) =>
  request('GET', `${setPath(id)}/ahp`, { schema: AhpViewSchema, query: { parentId }, signal });

/** Saves the caller's own pairwise matrix for the children of `parentId`. */
export const saveAhpJudgement = (id: string, input: AhpJudgementInput) =>
  request('PUT', `${setPath(id)}/ahp`, { schema: AhpViewSchema, body: input });

/** Converts the combined weights into points; refused while CR ≥ 0.1. */
export const applyAhpWeights = (id: string, input: AhpApplyInput) =>
  request('POST', `${setPath(id)}/ahp/apply`, { schema: AhpApplyResultSchema, body: input });

export const listIndicatorComments = (id: string, signal?: AbortSignal) =>
  request('GET', `${setPath(id)}/comments`, { schema: IndicatorCommentListSchema, signal });

/** Answers with the whole list, the new comment in it. */
export const addIndicatorComment = (id: string, input: IndicatorCommentInput) =>
  request('POST', `${setPath(id)}/comments`, { schema: IndicatorCommentListSchema, body: input });

export const checkFormula = (input: FormulaCheckInput, signal?: AbortSignal) =>
  request('POST', `${BASE}/formula/check`, { schema: FormulaCheckResultSchema, body: input, signal });

export const getFormulaCatalogue = (signal?: AbortSignal) =>
  request('GET', `${BASE}/formula/catalogue`, { schema: FormulaCatalogueSchema, signal });

export const downloadIndicatorSet = (id: string, format: ExportFormat) =>
  downloadFile(`${setPath(id)}/export`, { format }, `indicator-set.${format}`);

/** Checks (`dryRun`) or imports an exported set (.xlsx or .json) as a new draft. */
export const importIndicatorSet = (file: File, dryRun: boolean, onProgress?: (percent: number) => void) =>
  uploadFile(`${BASE}/import`, {
    schema: IndicatorImportResultSchema,
    file,
    contentType: file.name.toLowerCase().endsWith('.json') ? 'application/json' : XLSX_MIME,
    query: { dryRun: String(dryRun), filename: file.name },
    onProgress,
  });
