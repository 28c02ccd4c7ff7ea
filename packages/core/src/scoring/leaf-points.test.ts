import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../campaigns/prng.ts';
import { type RuleInput, scoreLeaf } from '../indicators/rules/evaluate.ts';
import { roundPoints } from '../indicators/rules/numbers.ts';
import { summariseComparison, summarisePeers } from '../indicators/rules/peers.ts';
import type { ScoringRule } from '../indicators/rules/rule.schemas.ts';
import { centsOf, NO_DATA, sourceCents } from './leaf-points.ts';
import { randomScoredRule } from './test-campaigns.ts';

const extraRules: ScoringRule[] = [
  { kind: 'bonusPerCase', pointsPerCase: 0.3 },
  { kind: 'deductPerCase', pointsPerCase: 0.7, maxDeduction: null },
  { kind: 'thresholdLinear', direction: 'atMost', target: 3, unit: 'absolute', pointsPerUnit: 0.25 },
  { kind: 'proportionalToBest', higherIsBetter: false },
];

function randomRuleInput(random: () => number): RuleInput {
  const pick = random();
  return {
    points: pick < 0.9 ? Math.round(random() * 700) / 100 - 1 : null,
    grade:
      random() < 0.8 ? (['好', '较好', '一般', '差', 'Fair', '优'][Math.floor(random() * 6)] ?? null) : null,
    cases: random() < 0.9 ? Math.floor(random() * 6) : null,
    value: random() < 0.9 ? Math.round(random() * 40 - 5) / 20 : null,
    rate: random() < 0.9 ? random() : null,
  };
}

describe('sourceCents — the fast points of a rule', () => {
  it('rounds like roundPoints, half up and immune to binary noise', () => {
    for (const x of [0.285, 1.005, 2.675, 0.1 + 0.2, 4.444999, 89.995, 0, 3]) {
      expect(centsOf(x) / 100).toBe(roundPoints(x));
    }
  });

  it('equals scoreLeaf for every rule kind on random inputs and peers (5,000 cases)', {
    timeout: 30_000,
  }, () => {
    const random = mulberry32(20261125);
    let matched = 0;
    for (let k = 0; k < 5000; k++) {
      const rule =
        k % 10 === 0 ? (extraRules[k % extraRules.length] as ScoringRule) : randomScoredRule(random, 0.5);
      const max = [1, 2, 2.5, 3, 60][k % 5] as number;
      const input = randomRuleInput(random);
      const values = Array.from({ length: 1 + Math.floor(random() * 8) }, () =>
        random() < 0.2 ? null : Math.round(random() * 40 - 5) / 20,
      );
      values.push(input.value ?? null);
      const expected = scoreLeaf(
        rule.kind === 'fallbackAverage' ? rule.base : rule,
        max,
        input,
        summariseComparison({ values }),
      );
      const got = sourceCents(rule, max, input, summarisePeers(values));
      const points = got === NO_DATA ? null : got / 100;
      if (points !== expected.points)
        expect(points, JSON.stringify({ rule, max, input, values })).toBe(expected.points);
      matched++;
    }
    expect(matched).toBe(5000);
  });

  it('ranks a value alone in the campaign first', () => {
    expect(sourceCents({ kind: 'rankPoints', step: 1, minPoints: 0 }, 5, { value: 2 })).toBe(500);
  });
});
