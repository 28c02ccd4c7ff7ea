import { describe, expect, it } from 'vitest';
import { defaultExternalRatingMapping, defaultGradeBands } from '../campaigns/grading.ts';
import type { ScoringRule } from '../indicators/rules/rule.schemas.ts';
import type { IndicatorRole, IndicatorSource } from '../indicators/vocabulary.ts';
import { scoreCampaign } from './campaign-score.ts';
import { explainTarget } from './explain.ts';
import { rescoreAfterChange } from './incremental.ts';
import type {
  CampaignScoringInput,
  LeafEntries,
  ScoringNode,
  ScoringSet,
  ScoringTarget,
} from './score-types.ts';

const node = (
  id: string,
  parentId: string | null,
  seq: number,
  role: IndicatorRole,
  maxPoints: number,
  rule: ScoringRule | null = null,
  sources: IndicatorSource[] = [],
): ScoringNode => ({ id, parentId, seq, code: id, name: `指标 ${id}`, role, maxPoints, rule, sources });

/** Common set out of 10 (scaled ×10 to the campaign's 100), bonus cap 2. */
const common: ScoringSet = {
  id: 'common',
  kind: 'common',
  category: null,
  name: '共性指标',
  fullMark: 10,
  bonusCap: 2,
  source: { setId: 'lib-common', seriesId: 'series-common' },
  nodes: [
    node('1', null, 1, 'scored', 6),
    node('1.1', '1', 1, 'scored', 3, { kind: 'manual' }, ['self', 'onsite']),
    node('1.2', '1', 2, 'scored', 3, { kind: 'deductPerCase', pointsPerCase: 0.5, maxDeduction: null }, [
      'onsite',
    ]),
    node('2', null, 2, 'scored', 4),
    node('2.1', '2', 1, 'scored', 4, { kind: 'rankPoints', step: 1, minPoints: 0 }, ['registry']),
    node('3', null, 3, 'bonus', 2.5),
    node('3.1', '3', 1, 'bonus', 2, { kind: 'bonusPerCase', pointsPerCase: 1 }, ['onsite']),
    node('3.2', '3', 2, 'bonus', 1.5, { kind: 'manual' }, ['onsite']),
    node('4', null, 4, 'veto', 0, { kind: 'veto', effect: 'capBelowExcellent' }, ['onsite']),
    node('5', null, 5, 'veto', 0, { kind: 'veto', effect: 'forceLowest' }, ['onsite']),
  ],
};

/** An X set for education, out of 100, one manual leaf. */
const education: ScoringSet = {
  id: 'x-education',
  kind: 'category',
  category: 'education',
  name: '教育个性指标',
  fullMark: 100,
  bonusCap: null,
  source: { setId: 'lib-x', seriesId: 'series-x' },
  nodes: [node('x1', null, 1, 'scored', 100, { kind: 'manual' }, ['onsite'])],
};

const full = (registry: number, extra: Record<string, LeafEntries> = {}): Record<string, LeafEntries> => ({
  '1.1': { self: { input: { points: 3 }, by: 'unit' }, onsite: { input: { points: 3 }, by: 'expert' } },
  '1.2': { onsite: { input: { cases: 0 }, by: 'expert' } },
  '2.1': { registry },
  ...extra,
});

const target = (id: string, entries: Record<string, LeafEntries>, x = false): ScoringTarget => ({
  id,
  name: id,
  category: x ? 'education' : 'general',
  setIds: x ? ['common', 'x-education'] : ['common'],
  entries,
});

const campaign = (targets: ScoringTarget[]): CampaignScoringInput => ({
  sets: [common, education],
  targets,
  sourceWeights: { global: { self: 0.2, onsite: 0.5, external: 0.15, survey: 0.15 }, overrides: [] },
  grading: {
    fullMark: 100,
    gradeBands: defaultGradeBands,
    externalRatingMapping: defaultExternalRatingMapping,
  },
  setMix: { commonShare: 0.7 },
});

const points = (score: ReturnType<typeof scoreCampaign>, targetIndex: number, code: string, set = 0) => {
  const s = score.targets[targetIndex]?.sets[set];
  const nodes = set === 0 ? common.nodes : education.nodes;
  return s?.nodePoints[nodes.findIndex((n) => n.code === code)];
};

describe('scoreCampaign — leaves at their bounds', () => {
  it('floors deductions at 0 however many cases', () => {
    const score = scoreCampaign(
      campaign([target('a', full(1, { '1.2': { onsite: { input: { cases: 40 }, by: 'e' } } }))]),
    );
    expect(points(score, 0, '1.2')).toBe(0);
    expect(points(score, 0, '1')).toBe(3);
  });

  it('caps bonus items per item, per bonus group and for the set', () => {
    const bonus = {
      '3.1': { onsite: { input: { cases: 5 }, by: 'e' } },
      '3.2': { onsite: { input: { points: 1.5 }, by: 'e' } },
    };
    const score = scoreCampaign(campaign([target('a', full(1, bonus))]));
    expect(points(score, 0, '3.1')).toBe(2); // item cap
    expect(points(score, 0, '3')).toBe(2.5); // group cap (2 + 1.5 → 2.5)
    expect(score.targets[0]?.sets[0]?.bonus).toEqual({ uncapped: 2.5, total: 2, capped: true }); // set cap
    expect(score.targets[0]?.sets[0]?.total).toBe(12); // 10 + 2
    expect(score.targets[0]?.total).toBe(120); // scaled ×10, above the full mark
    expect(score.targets[0]?.grade).toBe('excellent');
  });

  it('re-weights the sources present: self 20 % + on-site 50 %, or the one present alone', () => {
    const both = scoreCampaign(
      campaign([
        target(
          'a',
          full(1, {
            '1.1': { self: { input: { points: 2 }, by: 'u' }, onsite: { input: { points: 3 }, by: 'e' } },
          }),
        ),
      ]),
    );
    expect(points(both, 0, '1.1')).toBe(2.71); // (0.2 × 2 + 0.5 × 3) / 0.7 = 2.714…
    const selfOnly = scoreCampaign(
      campaign([target('a', full(1, { '1.1': { self: { input: { points: 2 }, by: 'u' } } }))]),
    );
    expect(points(selfOnly, 0, '1.1')).toBe(2);
    const none = scoreCampaign(campaign([target('a', full(1, { '1.1': {} }))]));
    expect(points(none, 0, '1.1')).toBe(0);
  });

  it('ignores entries of sources the leaf does not allow', () => {
    const score = scoreCampaign(
      campaign([target('a', full(1, { '1.2': { self: { input: { cases: 6 }, by: 'u' } } }))]),
    );
    expect(points(score, 0, '1.2')).toBe(0); // no allowed source: no data, 0 points
  });
});

describe('scoreCampaign — the registry as a source of cases', () => {
  it('feeds a registry number to a per-case deduction as its cases, and explains it', () => {
    const withRegistry: ScoringSet = {
      ...common,
      nodes: common.nodes.map((n) => (n.id === '1.2' ? { ...n, sources: ['onsite', 'registry'] } : n)),
    };
    const input = {
      ...campaign([target('a', full(1, { '1.2': { registry: 3 } }))]),
      sets: [withRegistry, education],
    };
    const score = scoreCampaign(input);
    expect(points(score, 0, '1.2')).toBe(1.5); // 3 cases × 0.5 off 3 points
    const leaf = explainTarget(input, score, 'a').sets[0]?.nodes[0]?.children[1];
    expect(leaf?.sources.map((s) => [s.source, s.points, s.explanation.zh])).toEqual([
      ['registry', 1.5, expect.stringContaining('3 例')],
    ]);
  });
});

describe('scoreCampaign — grades, vetoes, mix and ranks', () => {
  const veto = (code: '4' | '5') => ({ [code]: { onsite: { input: { triggered: true }, by: 'e' } } });

  it('一票否优 caps an excellent score at good; 一票否决 forces fail', () => {
    const score = scoreCampaign(
      campaign([
        target('clean', full(1)),
        target('capped', full(1, veto('4'))),
        target('forced', full(1, veto('5'))),
      ]),
    );
    expect(score.targets.map((t) => [t.total, t.grade, t.veto])).toEqual([
      [100, 'excellent', null],
      [100, 'good', 'capBelowExcellent'],
      [100, 'fail', 'forceLowest'],
    ]);
    expect(score.targets[2]?.vetoes).toEqual([
      { setId: 'common', nodeId: '5', code: '5', effect: 'forceLowest' },
    ]);
    // a veto does not touch the points or the rank
    expect(score.targets.map((t) => t.rank)).toEqual([1, 1, 1]);
  });

  it('mixes 1+X as 0.7 × common + 0.3 × X, and scores a target without X on its common set', () => {
    const score = scoreCampaign(
      campaign([
        target('with-x', full(1, { x1: { onsite: { input: { points: 50 }, by: 'e' } } }), true),
        target('no-x', full(1)),
      ]),
    );
    expect(score.targets[0]?.total).toBe(85); // 0.7 × 100 + 0.3 × 50
    expect(score.targets[0]?.missingCategorySet).toBe(false);
    expect(score.targets[1]?.total).toBe(100);
    expect(score.targets[1]?.missingCategorySet).toBe(true);
  });

  it('gives ties the same rank and skips the next places (competition ranking), per category too', () => {
    const score = scoreCampaign(
      campaign([
        target('a', full(3)),
        target('b', full(3)),
        target('c', full(1)),
        target('d', full(2, { x1: { onsite: { input: { points: 100 }, by: 'e' } } }), true),
      ]),
    );
    expect(score.targets.map((t) => t.total)).toEqual([100, 100, 70, 86]); // values 3, 3, 1, 2 rank 1, 1, 4, 3;
    expect(score.targets.map((t) => t.rank)).toEqual([1, 1, 4, 3]);
    expect(score.targets.map((t) => t.categoryRank)).toEqual([1, 1, 3, 1]);
  });
});

describe('comparing rules', () => {
  it('ranks the targets’ values over the campaign, and one changed entry moves the others', () => {
    const input = campaign([target('a', full(5)), target('b', full(4)), target('c', full(3))]);
    const before = scoreCampaign(input);
    expect([0, 1, 2].map((i) => points(before, i, '2.1'))).toEqual([4, 3, 2]);
    const changed = campaign([target('a', full(5)), target('b', full(4)), target('c', full(9))]);
    const after = rescoreAfterChange(changed, before, { targetId: 'c', nodeId: '2.1' });
    expect([0, 1, 2].map((i) => points(after, i, '2.1'))).toEqual([3, 2, 4]);
    expect(after.targets.map((t) => t.rank)).toEqual([2, 3, 1]);
    expect(after).toEqual(scoreCampaign(changed));
  });

  it('fallbackAverage gives a target without data the average of those with data', () => {
    const withFallback: ScoringSet = {
      ...common,
      nodes: common.nodes.map((n) =>
        n.id === '1.1' ? { ...n, rule: { kind: 'fallbackAverage', base: { kind: 'manual' } } } : n,
      ),
    };
    const input = {
      ...campaign([
        target('a', full(1, { '1.1': { onsite: { input: { points: 3 }, by: 'e' } } })),
        target('b', full(1, { '1.1': { onsite: { input: { points: 2 }, by: 'e' } } })),
        target('c', full(1, { '1.1': {} })),
      ]),
      sets: [withFallback, education],
    };
    const score = scoreCampaign(input);
    expect([0, 1, 2].map((i) => points(score, i, '1.1'))).toEqual([3, 2, 2.5]);
    expect(score.compared['1.1']?.points).toEqual([3, 2, null]);
  });
});

describe('sources and input checks', () => {
  it('maps external levels with the campaign mapping, averaged over the raters, and scales the survey rate', () => {
    const mixed: ScoringSet = {
      ...common,
      nodes: common.nodes.map((n) =>
        n.id === '1.1' ? { ...n, sources: ['external', 'survey'] as IndicatorSource[] } : n,
      ),
    };
    const entries = full(1, {
      '1.1': {
        external: [
          { rater: '组织部', level: 'good' },
          { rater: '财政局', level: 'fair' },
          { rater: '人社局', level: null },
        ],
        survey: 0.5,
      },
    });
    const input = { ...campaign([target('a', entries)]), sets: [mixed, education] };
    input.grading = { ...input.grading, externalRatingMapping: { good: 1, fairlyGood: 0.9, fair: 0.5 } };
    // external (1 + 0.5) / 2 × 3 = 2.25, survey 0.5 × 3 = 1.5, equal weights 0.15 / 0.15
    expect(points(scoreCampaign(input), 0, '1.1')).toBe(1.88); // (2.25 + 1.5) / 2 = 1.875 → 1.88
  });

  it('refuses a target whose set is not one of the campaign’s', () => {
    const stray = { ...target('a', full(1)), setIds: ['elsewhere'] };
    expect(() => scoreCampaign(campaign([stray]))).toThrow(/outside the campaign/);
  });
});
