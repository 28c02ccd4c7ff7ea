import type { Role } from '@bianping/core/auth/roles';
import { campaignReaders } from '../campaign-roles.ts';

/**
 * Who reaches the self-assessment pages, as the server's policy decides it: the unit fills its
 * own; the office, leaders and the assigned team read it (the server answers 404 out of scope).
 */

/** 我的评估: the unit's own campaigns. */
export const selfFillers: readonly Role[] = ['unit'];
/** The form of one target. */
export const selfReaders: readonly Role[] = [...selfFillers, ...campaignReaders, 'evaluator'];
