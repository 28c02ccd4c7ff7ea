import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../campaigns/prng.ts';
import { scoreCampaign } from './campaign-score.ts';
import { rescoreAfterChange } from './incremental.ts';
import type { CampaignScoringInput, ScoringSet } from './score-types.ts';
import { randomCampaign, randomEntries } from './test-campaigns.ts';

const options = {
  targets: 16,
  commonLeaves: 12,
  categoryLeaves: 6,
  categories: ['general', 'education', 'health'] as const,
  presence: 0.7,
  comparingShare: 0.4,
};

/** The input with one target's entries for one leaf replaced by fresh random ones. */
function changeOne(input: CampaignScoringInput, random: () => number) {
  const ti = Math.floor(random() * input.targets.length);
  const target = input.targets[ti] as CampaignScoringInput['targets'][number];
  const sets = input.sets.filter((s) => target.setIds.includes(s.id));
  const parents = new Set(sets.flatMap((s) => s.nodes.map((n) => n.parentId)));
  const leaves = sets.flatMap((s) => s.nodes.filter((n) => n.rule && !parents.has(n.id)));
  const leaf = leaves[Math.floor(random() * leaves.length)] as ScoringSet['nodes'][number];
  const fresh = randomEntries(random, [{ ...(sets[0] as ScoringSet), nodes: [leaf] }], 0.6);
  const entries = { ...target.entries, [leaf.id]: fresh[leaf.id] ?? {} };
  const targets = input.targets.slice();
  targets[ti] = { ...target, entries };
  return { input: { ...input, targets }, change: { targetId: target.id, nodeId: leaf.id } };
}

describe('rescoreAfterChange', () => {
  it('deep-equals a full re-score after each of 15 random changes, over 6 random campaigns', {
    timeout: 30_000,
  }, () => {
    for (let seed = 1; seed <= 6; seed++) {
      const random = mulberry32(1000 + seed);
      let input = randomCampaign(seed, { ...options, categories: [...options.categories] });
      let score = scoreCampaign(input);
      for (let k = 0; k < 15; k++) {
        const next = changeOne(input, random);
        score = rescoreAfterChange(next.input, score, next.change);
        input = next.input;
        expect(score, `seed ${seed}, change ${k}`).toEqual(scoreCampaign(input));
      }
    }
  });

  it('refuses a node that is not a leaf of the target', () => {
    const input = randomCampaign(3, { ...options, categories: [...options.categories] });
    const score = scoreCampaign(input);
    expect(() => rescoreAfterChange(input, score, { targetId: 'target-1', nodeId: 'nope' })).toThrow(
      /not a leaf/,
    );
    expect(() => rescoreAfterChange(input, score, { targetId: 'nobody', nodeId: 'nope' })).toThrow();
  });
});
