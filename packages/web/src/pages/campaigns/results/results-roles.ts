import type { Role } from '@bianping/core/auth/roles';

/**
 * Who does what on 综合评定, as the server decides it (core `scoring/scoring.api.schemas.ts`):
 * every campaign reader sees the ranking, the charts and the lenses; officers and administrators
 * re-score and read the rater consistency.
 */
export const scoreRunners: readonly Role[] = ['admin', 'officer'];
export const consistencyReaders: readonly Role[] = ['admin', 'officer'];
/** The explanation page: the office, leaders, and a unit for its own target once published. */
export const explanationReaders: readonly Role[] = ['admin', 'officer', 'leader', 'unit'];
