import { AppError, ErrorCode } from '../errors.ts';
import { type IndicatorSetStatus, indicatorSetStatuses } from './vocabulary.ts';

/**
 * The life cycle of a set version: only a draft is edited; publishing freezes it (a change needs
 * a new version); a published version can be archived and brought back. Campaigns keep their own
 * frozen copies, so none of this ever changes a running campaign.
 */

export type SetAction = 'publish' | 'archive' | 'restore';

const transitions: Record<SetAction, { from: IndicatorSetStatus; to: IndicatorSetStatus }> = {
  publish: { from: 'draft', to: 'published' },
  archive: { from: 'published', to: 'archived' },
  restore: { from: 'archived', to: 'published' },
};

/** Whether a set in this status may be edited (meta, nodes, AHP). */
export const isEditable = (status: IndicatorSetStatus) => status === 'draft';

/** Refuses an edit of a published or archived version, saying what to do instead. */
export function assertEditable(set: { status: IndicatorSetStatus; edition: number }): void {
  if (isEditable(set.status)) return;
  const label = indicatorSetStatuses.labels[set.status];
  throw new AppError(
    ErrorCode.IllegalTransition,
    {
      zh: `第 ${set.edition} 版${label.zh}，不能修改；如需调整请创建新版本`,
      en: `Edition ${set.edition} is ${label.en.toLowerCase()} and cannot change; create a new version to revise it`,
    },
    'status',
  );
}

/** The status after `action`, or a typed refusal when the set is not in the right state. */
export function nextStatus(status: IndicatorSetStatus, action: SetAction): IndicatorSetStatus {
  const transition = transitions[action];
  if (transition.from === status) return transition.to;
  const from = indicatorSetStatuses.labels[status];
  const needed = indicatorSetStatuses.labels[transition.from];
  throw new AppError(
    ErrorCode.IllegalTransition,
    {
      zh: `指标体系当前为“${from.zh}”，只有“${needed.zh}”状态才能执行此操作`,
      en: `The set is ${from.en.toLowerCase()}; only a ${needed.en.toLowerCase()} set allows this`,
    },
    'status',
  );
}

/** A new version can be started from a published or archived version, not from a draft. */
export const canStartNewVersion = (status: IndicatorSetStatus) => status !== 'draft';
