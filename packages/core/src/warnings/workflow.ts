import { AppError, ErrorCode, type LocalizedText } from '../errors.ts';

/**
 * The life of a warning: a scan opens it; an officer verifies it (核实), then it is resolved
 * (整改到位) or dismissed (误报/不予处理), each step with a note. A later scan that no longer
 * finds it resolves it; one that finds a resolved warning again reopens it. Dismissed stays
 * dismissed unless an officer reopens it.
 */
export const warningStatuses = ['open', 'verified', 'resolved', 'dismissed'] as const;
export type WarningStatus = (typeof warningStatuses)[number];

export const warningStatusLabels: Record<WarningStatus, LocalizedText> = {
  open: { zh: '待核实', en: 'Open' },
  verified: { zh: '已核实', en: 'Verified' },
  resolved: { zh: '已解决', en: 'Resolved' },
  dismissed: { zh: '已排除', en: 'Dismissed' },
};

/** Transitions an officer may make by hand. */
const manual: Record<WarningStatus, readonly WarningStatus[]> = {
  open: ['verified', 'dismissed', 'resolved'],
  verified: ['resolved', 'dismissed'],
  resolved: ['open'],
  dismissed: ['open'],
};

export const allowedTransitions = (from: WarningStatus): readonly WarningStatus[] => manual[from];

/** Throws the typed error for a transition the workflow does not allow. */
export function assertTransition(from: WarningStatus, to: WarningStatus): void {
  if (manual[from].includes(to)) return;
  throw new AppError(
    ErrorCode.IllegalTransition,
    {
      zh: `预警状态不能从“${warningStatusLabels[from].zh}”改为“${warningStatusLabels[to].zh}”`,
      en: `A warning cannot go from ${warningStatusLabels[from].en} to ${warningStatusLabels[to].en}`,
    },
    'to',
  );
}

/** What a scan does with a stored warning given whether it found the hit again. */
export function statusAfterScan(current: WarningStatus, detected: boolean): WarningStatus {
  if (detected) return current === 'resolved' ? 'open' : current;
  return current === 'open' || current === 'verified' ? 'resolved' : current;
}
