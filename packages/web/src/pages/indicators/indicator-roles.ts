import type { Role } from '@bianping/core/auth/roles';

/**
 * Who does what in the indicator library, as the server's policy decides it: officers and
 * administrators write; experts also read drafts, enter their own AHP judgement and comment;
 * every other role reads published sets only.
 */

/** Create, edit, publish, version, derive, import and apply AHP weights. */
export const indicatorEditors: readonly Role[] = ['admin', 'officer'];
/** Read drafts, enter an own AHP matrix and comment on a draft. */
export const indicatorReviewers: readonly Role[] = [...indicatorEditors, 'expert'];
