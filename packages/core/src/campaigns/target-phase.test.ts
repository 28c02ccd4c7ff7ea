import { describe, expect, it } from 'vitest';
import type { Role } from '../auth/roles.ts';
import {
  isPhaseDone,
  isPhaseEditable,
  phaseShapes,
  phaseSteps,
  statesOfPhase,
  type TargetPhaseState,
  targetPhaseStates,
  transitionTargetPhase,
} from './target-phase.ts';
import { refusal } from './test-fixtures.ts';
import { type CampaignPhase, campaignPhases } from './vocabulary.ts';

/** The expected legal steps, written out by hand per phase: [from, to, a role that may]. */
const expected: Record<CampaignPhase, [TargetPhaseState, TargetPhaseState, Role][]> = {
  self: [
    ['notStarted', 'inProgress', 'unit'],
    ['inProgress', 'submitted', 'unit'],
    ['submitted', 'returned', 'officer'],
    ['returned', 'submitted', 'unit'],
    ['submitted', 'reviewed', 'officer'],
  ],
  onsite: [
    ['notStarted', 'inProgress', 'evaluator'],
    ['inProgress', 'submitted', 'evaluator'],
    ['submitted', 'returned', 'officer'],
    ['returned', 'submitted', 'evaluator'],
    ['submitted', 'reviewed', 'admin'],
  ],
  external: [
    ['notStarted', 'inProgress', 'rater'],
    ['inProgress', 'submitted', 'rater'],
    ['submitted', 'returned', 'officer'],
    ['returned', 'submitted', 'rater'],
    ['submitted', 'rated', 'officer'],
  ],
  survey: [
    ['notStarted', 'inProgress', 'officer'],
    ['inProgress', 'closed', 'officer'],
    ['closed', 'inProgress', 'admin'],
  ],
  scoring: [
    ['notStarted', 'inProgress', 'officer'],
    ['inProgress', 'closed', 'officer'],
    ['closed', 'inProgress', 'officer'],
  ],
  report: [
    ['notStarted', 'inProgress', 'officer'],
    ['inProgress', 'closed', 'officer'],
    ['closed', 'inProgress', 'officer'],
  ],
  feedback: [
    ['notStarted', 'inProgress', 'officer'],
    ['inProgress', 'closed', 'officer'],
    ['closed', 'inProgress', 'officer'],
  ],
  rectification: [
    ['notStarted', 'inProgress', 'unit'],
    ['inProgress', 'submitted', 'unit'],
    ['submitted', 'returned', 'officer'],
    ['returned', 'submitted', 'unit'],
    ['submitted', 'closed', 'officer'],
  ],
};

const cases = campaignPhases.codes.flatMap((phase) =>
  targetPhaseStates.codes.flatMap((from) => targetPhaseStates.codes.map((to) => [phase, from, to] as const)),
);
const legalStep = (phase: CampaignPhase, from: TargetPhaseState, to: TargetPhaseState) =>
  expected[phase].find(([a, b]) => a === from && b === to);

describe('target phase states', () => {
  it('has exactly the expected steps', () => {
    for (const phase of campaignPhases.codes) {
      expect(phaseSteps(phase).map((s) => [s.from, s.to])).toEqual(expected[phase].map(([a, b]) => [a, b]));
    }
  });

  it.each(cases.filter(([p, a, b]) => legalStep(p, a, b)))('%s: %s → %s is legal', (phase, from, to) => {
    const [, , role] = legalStep(phase, from, to) as [TargetPhaseState, TargetPhaseState, Role];
    expect(transitionTargetPhase(phase, from, to, { role, reason: '佐证材料不全' })).toBe(to);
  });

  it.each(cases.filter(([p, a, b]) => !legalStep(p, a, b)))('%s: %s → %s is refused', (phase, from, to) => {
    const error = refusal(() =>
      transitionTargetPhase(phase, from, to, { role: 'admin', reason: '理由充分' }),
    );
    expect(error.code).toBe('E_ILLEGAL_TRANSITION');
    expect(error.text.zh).toBe(
      `${campaignPhases.labels[phase].zh}不能从“${targetPhaseStates.labels[from].zh}”变为“${targetPhaseStates.labels[to].zh}”`,
    );
    expect(error.details).toEqual({ phase, from, to });
  });

  it('lets only the fillers submit and only the office return or accept', () => {
    expect(
      refusal(() => transitionTargetPhase('self', 'inProgress', 'submitted', { role: 'officer' })).code,
    ).toBe('E_FORBIDDEN');
    expect(refusal(() => transitionTargetPhase('self', 'submitted', 'reviewed', { role: 'unit' })).code).toBe(
      'E_FORBIDDEN',
    );
    expect(
      refusal(() => transitionTargetPhase('external', 'inProgress', 'submitted', { role: 'unit' })).code,
    ).toBe('E_FORBIDDEN');
  });

  it('requires a reason to return', () => {
    const error = refusal(() =>
      transitionTargetPhase('self', 'submitted', 'returned', { role: 'officer', reason: ' ' }),
    );
    expect(error.code).toBe('E_VALIDATION');
    expect(error.field).toBe('reason');
    expect(error.text).toEqual({ zh: '退回时须写明原因', en: 'A return needs a reason' });
  });

  it('knows what is editable, done and shown per phase', () => {
    expect(targetPhaseStates.codes.filter(isPhaseEditable)).toEqual(['notStarted', 'inProgress', 'returned']);
    expect(isPhaseDone('external', 'rated')).toBe(true);
    expect(isPhaseDone('external', 'submitted')).toBe(false);
    expect(isPhaseDone('survey', 'closed')).toBe(true);
    expect(statesOfPhase('self')).toEqual(['notStarted', 'inProgress', 'submitted', 'returned', 'reviewed']);
    expect(Object.keys(phaseShapes)).toEqual(campaignPhases.codes);
  });
});
