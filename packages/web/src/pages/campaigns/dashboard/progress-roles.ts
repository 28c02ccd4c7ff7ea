import type { Role } from '@bianping/core/auth/roles';

/**
 * Who does what on the dashboard, as the server decides it: every campaign reader (officers,
 * administrators, leaders) sees it; only officers send reminders.
 */
export const progressReminders: readonly Role[] = ['officer'];
