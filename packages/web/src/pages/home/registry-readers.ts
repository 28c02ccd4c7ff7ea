import type { Role } from '@bianping/core/auth/roles';

/**
 * Roles the server lets read GET /registry/overview (its registry.policy). If the server's list
 * grows, this should move to the core so both read one constant.
 */
export const registryReaders: readonly Role[] = ['admin', 'officer', 'leader'];
