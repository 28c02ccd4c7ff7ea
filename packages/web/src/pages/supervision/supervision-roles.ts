import type { Role } from '@bianping/core/auth/roles';

/** Who opens 督查确认单 (the server narrows each to its scope) and who records slips. */
export const slipReaders: readonly Role[] = ['admin', 'officer', 'leader', 'evaluator', 'unit'];
export const slipWriters: readonly Role[] = ['admin', 'officer', 'evaluator'];
