import type { Role } from '@bianping/core/auth/roles';

/**
 * Who does what with campaign plans, as the server's policy decides it: officers and
 * administrators write plans and keep the expert pool; leaders read them.
 */

/** Create and edit plans, draw teams, launch, keep the expert pool. */
export const campaignEditors: readonly Role[] = ['admin', 'officer'];
/** Open the campaign list, a campaign and its printable plan. */
export const campaignReaders: readonly Role[] = [...campaignEditors, 'leader'];
