import { describe, expect, it } from 'vitest';
import {
  arePhaseDatesEditable,
  type CampaignStatus,
  campaignStatuses,
  isPlanEditable,
  type LaunchReadiness,
  nextCampaignStatuses,
  transitionCampaign,
} from './campaign-status.ts';
import { refusal } from './test-fixtures.ts';

const ready: LaunchReadiness = { targetCount: 3, targetsWithoutSets: 0, planProblems: [] };

const legal: [CampaignStatus, CampaignStatus][] = [
  ['draft', 'launched'],
  ['launched', 'collecting'],
  ['collecting', 'scoring'],
  ['scoring', 'collecting'],
  ['scoring', 'reporting'],
  ['reporting', 'scoring'],
  ['reporting', 'closed'],
];
const isLegal = (from: CampaignStatus, to: CampaignStatus) => legal.some(([a, b]) => a === from && b === to);
const pairs = campaignStatuses.codes.flatMap((from) =>
  campaignStatuses.codes.map((to) => [from, to] as const),
);

describe('campaign status', () => {
  it.each(pairs.filter(([a, b]) => isLegal(a, b)))('lets an officer go from %s to %s', (from, to) => {
    expect(transitionCampaign(from, to, 'officer', ready)).toBe(to);
    expect(nextCampaignStatuses(from)).toContain(to);
  });

  it.each(pairs.filter(([a, b]) => !isLegal(a, b)))('refuses %s → %s with both states named', (from, to) => {
    const error = refusal(() => transitionCampaign(from, to, 'admin', ready));
    expect(error.code).toBe('E_ILLEGAL_TRANSITION');
    expect(error.text.zh).toBe(
      `评估项目不能从“${campaignStatuses.labels[from].zh}”变为“${campaignStatuses.labels[to].zh}”`,
    );
    expect(error.text.en).toContain(campaignStatuses.labels[to].en);
    expect(nextCampaignStatuses(from)).not.toContain(to);
  });

  it('lets only officers and administrators move a campaign, the scheduler only open collection', () => {
    for (const role of ['unit', 'evaluator', 'rater', 'expert', 'leader'] as const) {
      expect(refusal(() => transitionCampaign('draft', 'launched', role, ready)).code).toBe('E_FORBIDDEN');
    }
    expect(transitionCampaign('launched', 'collecting', 'system')).toBe('collecting');
    expect(refusal(() => transitionCampaign('collecting', 'scoring', 'system')).code).toBe('E_FORBIDDEN');
  });

  it('launches only with targets that all have sets and a plan without problems', () => {
    const none = refusal(() =>
      transitionCampaign('draft', 'launched', 'officer', { ...ready, targetCount: 0 }),
    );
    expect(none.code).toBe('E_ILLEGAL_TRANSITION');
    expect(none.text.zh).toContain('尚未选择评估对象');
    const bare = refusal(() =>
      transitionCampaign('draft', 'launched', 'officer', { ...ready, targetsWithoutSets: 2 }),
    );
    expect(bare.text.en).toContain('2 target(s) have no indicator set');
    const plan = refusal(() =>
      transitionCampaign('draft', 'launched', 'officer', {
        ...ready,
        planProblems: [{ message: { zh: '尚未安排评估阶段和日期', en: 'No phases' } }],
      }),
    );
    expect(plan.text.zh).toContain('尚未安排评估阶段和日期');
    expect(refusal(() => transitionCampaign('draft', 'launched', 'officer')).text.en).toContain(
      'launch check',
    );
  });

  it('keeps the plan editable only as a draft, phase dates until closed', () => {
    expect(campaignStatuses.codes.filter(isPlanEditable)).toEqual(['draft']);
    expect(campaignStatuses.codes.filter((s) => !arePhaseDatesEditable(s))).toEqual(['closed']);
  });
});
