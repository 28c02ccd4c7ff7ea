import type { Role } from '@bianping/core/auth/roles';
import { campaignReaders } from '../campaign-roles.ts';

/** The path of a target's on-site review (also the link of its return notification). */
export const onsitePath = (campaignId: string, unitId: string) => `/campaigns/${campaignId}/onsite/${unitId}`;

/** 我的评估任务: evaluators and experts drawn onto teams. */
export const onsiteWriters: readonly Role[] = ['evaluator', 'expert'];
/** The review of one target: the team, the office and leaders (the unit once the campaign reports). */
export const onsiteReaders: readonly Role[] = [...campaignReaders, ...onsiteWriters, 'unit'];
