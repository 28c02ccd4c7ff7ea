import type { WarningStatus } from '@bianping/core/warnings/workflow';
import type { MessageKey } from '../../app/i18n/zh.ts';

/** The button that moves a warning to a status, named for what the officer does. */
export const transitionLabels: Record<WarningStatus, MessageKey> = {
  verified: 'warnings.to.verified',
  resolved: 'warnings.to.resolved',
  dismissed: 'warnings.to.dismissed',
  open: 'warnings.to.open',
};
