import type { LocalizedText } from '@bianping/core/errors';
import type { z } from 'zod';
import type { Database } from '../db/client.ts';

export type JobContext = {
  database: Database;
  runId: string;
  /**
   * Records progress for the UI; cheap enough to call every few hundred items. `note` names the
   * current step in both languages.
   */
  progress(done: number, total?: number, note?: LocalizedText): Promise<void>;
};

/**
 * A background job: a name, a zod payload and a handler. Modules declare theirs in
 * `<domain>.jobs.ts`; `cron` schedules it (e.g. the monthly warning scan).
 */
export type JobDefinition<P = unknown> = {
  name: string;
  payload: z.ZodType<P>;
  handler(payload: P, ctx: JobContext): Promise<unknown>;
  cron?: string;
};

export const defineJob = <P>(definition: JobDefinition<P>) => definition;
