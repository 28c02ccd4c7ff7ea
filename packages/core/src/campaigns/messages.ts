import type { LocalizedText } from '../errors.ts';

/**
 * Message helpers of the campaign core. zod custom messages are "中文 / English" so that
 * `describeIssue` (validation.ts) shows each language; problems found outside zod carry a
 * `{zh, en}` pair directly.
 */

/** A zod custom message in the "中文 / English" form `describeIssue` splits. */
export const msg = (zh: string, en: string) => `${zh} / ${en}`;

/** A problem found by a check: what, where, in both languages. */
export type Problem<C extends string = string> = {
  code: C;
  /** The path of the offending input (`phases.2.end`), or `(root)`. */
  field: string;
  message: LocalizedText;
};

/** Tolerance when shares or weights must add up to 1. */
export const SUM_TOLERANCE = 1e-6;
