import { importJobs } from '../modules/imports/imports.jobs.ts';
import { scoreCampaignJob } from '../modules/scoring/scoring.jobs.ts';
import { idProtector } from '../modules/staff/id-number-protection.ts';
import { warningScanJob } from '../modules/warnings/warnings.jobs.ts';
import type { JobDefinition } from './job-definition.ts';

/** Every background job of every module; the queue registers them all at start. */
export const allJobs = (secretKey: Buffer): JobDefinition<never>[] => [
  warningScanJob(secretKey) as JobDefinition<never>,
  ...(importJobs(idProtector(secretKey)) as JobDefinition<never>[]),
  scoreCampaignJob as JobDefinition<never>,
];
