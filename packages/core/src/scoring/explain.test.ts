import { describe, expect, it } from 'vitest';
import { describeRule } from '../indicators/rules/describe.ts';
import { scoreCampaign } from './campaign-score.ts';
import { explainTarget, type NodeExplanation } from './explain.ts';
import type { CampaignScore, CampaignScoringInput } from './score-types.ts';
import { randomCampaign } from './test-campaigns.ts';

const cents = (x: number) => Math.round(x * 100);
const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + cents(x), 0);

/** Checks every sum of a node's explanation against its children, sources and the engine's points. */
function checkNode(node: NodeExplanation, nodePoints: Map<string, number>) {
  expect(node.points, node.code).toBe(nodePoints.get(node.nodeId));
  if (node.children.length) {
    node.children.forEach((c) => {
      checkNode(c, nodePoints);
    });
    const children = sum(node.children.map((c) => c.points));
    if (node.role === 'scored') expect(cents(node.points), node.code).toBe(children);
    if (node.role === 'bonus') expect(cents(node.points)).toBe(Math.min(children, cents(node.maxPoints)));
    return;
  }
  const present = node.sources.filter((s) => s.points !== null);
  if (present.length) expect(sum(present.map((s) => s.contribution)), node.code).toBe(cents(node.points));
  else if (node.role !== 'veto') expect(node.notes.length, node.code).toBeGreaterThan(0); // no data (0) or the fallback average, said why
  if (node.role === 'scored') expect(cents(node.gained + node.lost)).toBe(cents(node.maxPoints));
}

function checkTarget(input: CampaignScoringInput, score: CampaignScore, index: number) {
  const result = score.targets[index] as CampaignScore['targets'][number];
  const explained = explainTarget(input, score, result.targetId);
  expect(explained.total).toBe(result.total);
  expect(sum(explained.sets.map((s) => s.contribution))).toBe(cents(result.total));
  explained.sets.forEach((set, k) => {
    const engine = result.sets[k] as CampaignScore['targets'][number]['sets'][number];
    const nodes = input.sets.find((s) => s.id === set.setId)?.nodes ?? [];
    const nodePoints = new Map(nodes.map((n, i) => [n.id, engine.nodePoints[i] as number]));
    set.nodes.forEach((n) => {
      checkNode(n, nodePoints);
    });
    expect(set.total).toBe(engine.total);
    expect(cents(set.total)).toBe(cents(set.scoredTotal) + cents(set.bonus.total));
    expect(sum(set.nodes.filter((n) => n.role === 'scored').map((n) => n.points))).toBe(
      cents(set.scoredTotal),
    );
    expect(sum(set.nodes.filter((n) => n.role === 'bonus').map((n) => n.points))).toBe(
      cents(set.bonus.uncapped),
    );
  });
  const leaves = input.sets
    .filter((s) => explained.sets.some((e) => e.setId === s.id))
    .reduce((n, s) => n + s.nodes.filter((x) => !s.nodes.some((y) => y.parentId === x.id)).length, 0);
  expect(explained.rows).toHaveLength(leaves);
  return explained;
}

describe('explainTarget', () => {
  it('adds up exactly to the engine’s score at every node, over random campaigns', {
    timeout: 30_000,
  }, () => {
    for (let seed = 1; seed <= 8; seed++) {
      const input = randomCampaign(seed, {
        targets: 15,
        commonLeaves: 14,
        categoryLeaves: 6,
        categories: ['general', 'education', 'health'],
        presence: 0.6,
        comparingShare: 0.35,
      });
      const score = scoreCampaign(input);
      for (let i = 0; i < input.targets.length; i += 4) checkTarget(input, score, i);
    }
  });

  it('names each source’s entry, who gave it, its weight and the rule, and fills the official table', () => {
    const input = randomCampaign(7, {
      targets: 6,
      commonLeaves: 6,
      categoryLeaves: 3,
      categories: ['general', 'education'],
      presence: 1,
      allSources: true,
      comparingShare: 0,
    });
    const score = scoreCampaign(input);
    // the second scored leaf: the first carries a weight override (self 100 %)
    const node = input.sets[0]?.nodes.filter((n) => n.rule && n.role === 'scored')[1];
    const leafId = node?.id ?? '';
    const explained = explainTarget(input, score, 'target-1', {
      links: { [leafId]: { findingIds: ['f-1'], evidenceIds: ['e-1', 'e-2'] } },
      previous: [{ seriesId: 'common-series', code: '1.1', points: 0 }],
    });
    const leaf = explained.sets[0]?.nodes.flatMap((n) => [n, ...n.children]).find((n) => n.nodeId === leafId);
    expect(leaf?.findingIds).toEqual(['f-1']);
    expect(leaf?.evidenceIds).toEqual(['e-1', 'e-2']);
    expect(leaf?.rule).toEqual(node?.rule ? describeRule(node.rule, node.maxPoints) : null);
    const self = leaf?.sources.find((s) => s.source === 'self');
    expect(self).toMatchObject({ by: ['unit'], entry: { kind: 'entry' } });
    expect(self?.explanation.zh.length).toBeGreaterThan(0);
    expect(self?.weight).toBe(0.2); // the global 20 %; registry, without a global weight, gets 0
    expect(leaf?.sources.map((s) => s.source)).toEqual(['self', 'onsite', 'external', 'survey', 'registry']);
    const first = explained.rows[0];
    expect(first?.item).toBe(explained.sets[0]?.nodes[0]?.name);
    expect(first?.of).toBe(6);
    expect(first?.yearOnYear).toBe(first?.code === '1.1' ? first.points : null);
    expect(first?.data.zh).toMatch(/单位自评/);
  });

  it('answers E_NOT_FOUND for a target outside the campaign', () => {
    const input = randomCampaign(1, {
      targets: 2,
      commonLeaves: 3,
      categoryLeaves: 1,
      categories: ['general'],
      presence: 1,
    });
    expect(() => explainTarget(input, scoreCampaign(input), 'nobody')).toThrow(/not in the campaign/);
  });
});
