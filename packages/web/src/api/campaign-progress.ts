import { CampaignProgressSchema } from '@bianping/core/campaigns/progress';
import { ProgressRemindResultSchema } from '@bianping/core/campaigns/progress-api';
import { request } from './client.ts';
import { downloadFile } from './files.ts';

/**
 * The campaign dashboard (/api/v1/campaigns/:id/progress): per target and phase state and
 * lateness, the export and the reminder (催办, officers only).
 */

export type { CampaignProgress, PhaseCounts, TargetProgress } from '@bianping/core/campaigns/progress';
export type { ProgressExportQuery, ProgressRemindResult } from '@bianping/core/campaigns/progress-api';

const base = (id: string) => `/campaigns/${encodeURIComponent(id)}/progress`;

export const getCampaignProgress = (id: string, signal?: AbortSignal) =>
  request('GET', base(id), { schema: CampaignProgressSchema, signal });

/** The progress as an Excel workbook or CSV file, labels in the given language. */
export const downloadProgress = (id: string, format: 'xlsx' | 'csv', lang: 'zh' | 'en') =>
  downloadFile(`${base(id)}/export`, { format, lang }, `progress.${format}`);

/** Notifies whoever owes overdue work (the late units' users, the late teams' experts). */
export const remindOverdue = (id: string) =>
  request('POST', `${base(id)}/remind`, { schema: ProgressRemindResultSchema, body: {} });
