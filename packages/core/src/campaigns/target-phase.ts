import type { Role } from '../auth/roles.ts';
import { AppError, ErrorCode, forbidden } from '../errors.ts';
import { vocabulary } from '../registry/vocabulary.ts';
import type { CampaignPhase } from './vocabulary.ts';
import { campaignPhases } from './vocabulary.ts';

/**
 * Where one target stands in one phase. Phases where someone fills a form for the target
 * (自评 by the unit, 实地 by the team, 外部 by raters, 整改 by the unit) follow
 * notStarted → inProgress → submitted, then the office either returns it (with a reason, which
 * unlocks it; the filler resubmits) or accepts it into the phase's final state (reviewed, rated,
 * closed). Phases the office runs itself (民意, 综合, 报告, 反馈) go notStarted → inProgress →
 * closed, and may be reopened. Saving a draft is not a transition: a returned form stays
 * "returned" while it is being corrected, so the dashboard shows it as owed.
 */

export const targetPhaseStates = vocabulary({
  notStarted: { zh: '未开始', en: 'Not started' },
  inProgress: { zh: '填报中', en: 'In progress' },
  submitted: { zh: '已提交', en: 'Submitted' },
  returned: { zh: '已退回', en: 'Returned' },
  reviewed: { zh: '已审核', en: 'Reviewed' },
  rated: { zh: '已评价', en: 'Rated' },
  closed: { zh: '已完成', en: 'Closed' },
});
export type TargetPhaseState = (typeof targetPhaseStates.codes)[number];

export type TargetPhaseAction = 'start' | 'submit' | 'return' | 'accept' | 'close' | 'reopen';

type FormPhase = { shape: 'form'; fillers: readonly Role[]; final: TargetPhaseState };
type OfficePhase = { shape: 'office' };

const office = ['admin', 'officer'] as const;

/** How each phase runs and who fills it. */
export const phaseShapes: Record<CampaignPhase, FormPhase | OfficePhase> = {
  self: { shape: 'form', fillers: ['unit'], final: 'reviewed' },
  onsite: { shape: 'form', fillers: ['evaluator'], final: 'reviewed' },
  external: { shape: 'form', fillers: ['rater'], final: 'rated' },
  survey: { shape: 'office' },
  scoring: { shape: 'office' },
  report: { shape: 'office' },
  feedback: { shape: 'office' },
  rectification: { shape: 'form', fillers: ['unit'], final: 'closed' },
};

type Step = {
  from: TargetPhaseState;
  to: TargetPhaseState;
  action: TargetPhaseAction;
  actors: readonly Role[];
};

/** The legal steps of a phase. */
export function phaseSteps(phase: CampaignPhase): Step[] {
  const shape = phaseShapes[phase];
  if (shape.shape === 'office') {
    return [
      { from: 'notStarted', to: 'inProgress', action: 'start', actors: office },
      { from: 'inProgress', to: 'closed', action: 'close', actors: office },
      { from: 'closed', to: 'inProgress', action: 'reopen', actors: office },
    ];
  }
  const fillers = shape.fillers;
  return [
    { from: 'notStarted', to: 'inProgress', action: 'start', actors: fillers },
    { from: 'inProgress', to: 'submitted', action: 'submit', actors: fillers },
    { from: 'submitted', to: 'returned', action: 'return', actors: office },
    { from: 'returned', to: 'submitted', action: 'submit', actors: fillers },
    { from: 'submitted', to: shape.final, action: 'accept', actors: office },
  ];
}

/** The states a phase uses, in display order. */
export function statesOfPhase(phase: CampaignPhase): TargetPhaseState[] {
  const shape = phaseShapes[phase];
  return shape.shape === 'office'
    ? ['notStarted', 'inProgress', 'closed']
    : ['notStarted', 'inProgress', 'submitted', 'returned', shape.final];
}

/** Whether the form of a phase may be edited in this state (by those who fill it). */
export const isPhaseEditable = (state: TargetPhaseState) =>
  state === 'notStarted' || state === 'inProgress' || state === 'returned';

/** Whether the phase is finished for the target. */
export function isPhaseDone(phase: CampaignPhase, state: TargetPhaseState): boolean {
  const shape = phaseShapes[phase];
  return state === (shape.shape === 'office' ? 'closed' : shape.final);
}

export type TargetPhaseRequest = { role: Role; reason?: string | null };

/** A return needs a reason of at least this many characters: the unit must know what to fix. */
export const RETURN_REASON_MIN = 2;

/**
 * The state after a step, or a typed refusal: E_ILLEGAL_TRANSITION naming both states when the
 * phase has no such step, E_FORBIDDEN when the role may not take it, E_VALIDATION on `reason`
 * when a return comes without one.
 */
export function transitionTargetPhase(
  phase: CampaignPhase,
  from: TargetPhaseState,
  to: TargetPhaseState,
  request: TargetPhaseRequest,
): TargetPhaseState {
  const step = phaseSteps(phase).find((s) => s.from === from && s.to === to);
  if (!step) {
    const p = campaignPhases.labels[phase];
    const a = targetPhaseStates.labels[from];
    const b = targetPhaseStates.labels[to];
    throw new AppError(
      ErrorCode.IllegalTransition,
      {
        zh: `${p.zh}不能从“${a.zh}”变为“${b.zh}”`,
        en: `${p.en} cannot go from ${a.en} to ${b.en}`,
      },
      'state',
      { phase, from, to },
    );
  }
  if (!step.actors.includes(request.role)) throw forbidden();
  if (step.action === 'return' && (request.reason ?? '').trim().length < RETURN_REASON_MIN) {
    throw new AppError(
      ErrorCode.Validation,
      { zh: '退回时须写明原因', en: 'A return needs a reason' },
      'reason',
    );
  }
  return to;
}
