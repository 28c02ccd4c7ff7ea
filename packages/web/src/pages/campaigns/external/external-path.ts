import type { Role } from '@bianping/core/auth/roles';

/** 外部评价任务: the rater department's campaigns. */
export const externalTasksPath = '/external';

/** A rater department's sheet in one campaign. */
export const externalSheetPath = (campaignId: string) => `/campaigns/${campaignId}/external`;

/** Who grades: users of a rater department. */
export const externalRaters: readonly Role[] = ['rater'];
