import type { CorrectionRequest, CorrectionStatus } from '../../api/registry.ts';
import type { MessageKey } from '../../app/i18n/zh.ts';

/** What part of the registry a correction request is about. */
export const subjectLabels: Record<CorrectionRequest['subject'], MessageKey> = {
  unit: 'corrections.subject.unit',
  staffing: 'corrections.subject.staffing',
  leaderPosts: 'corrections.subject.leaderPosts',
  internalBodies: 'corrections.subject.internalBodies',
  mandate: 'corrections.subject.mandate',
  history: 'corrections.subject.history',
  workload: 'corrections.subject.workload',
  staff: 'corrections.subject.staff',
};

export const subjects = Object.keys(subjectLabels) as CorrectionRequest['subject'][];

export const statusLabels: Record<CorrectionStatus, MessageKey> = {
  pending: 'corrections.status.pending',
  accepted: 'corrections.status.accepted',
  rejected: 'corrections.status.rejected',
};

export const statusColors: Record<CorrectionStatus, string> = {
  pending: 'processing',
  accepted: 'success',
  rejected: 'error',
};
