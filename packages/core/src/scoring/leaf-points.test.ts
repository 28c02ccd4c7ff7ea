import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../campaigns/prng.ts';
import { type RuleInput, scoreLeaf } from '../indicators/rules/evaluate.ts';
import { roundPoints } from '../indicators/rules/numbers.ts';
import { summarisePeers } from '../indicators/rules/peers.ts';
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
      const expected = scoreLeaf(rule.kind === 'fallbackAverage' ? rule.base : rule, max, input, { values });
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

describe('scoreLeaf on summarised peers', () => {
  it('gives the points and words it gives on the raw values, for every comparing rule (2,000 cases)', () => {
    const random = mulberry32(20261126);
    const comparing: ScoringRule[] = [
      { kind: 'rankPoints', step: 0.5, minPoints: 1 },
      { kind: 'rankFromBottom', step: 1, minPoints: 0 },
      { kind: 'proportionalToBest', higherIsBetter: true },
      { kind: 'proportionalToBest', higherIsBetter: false },
      {
        kind: 'thresholdLinear',
        direction: 'atLeast',
        target: 'peerAverage',
        unit: 'percent',
        pointsPerUnit: 0.2,
      },
      {
        kind: 'fallbackAverage',
        base: { kind: 'thresholdLinear', direction: 'atMost', target: 1, unit: 'absolute', pointsPerUnit: 1 },
      },
    ];
    for (let k = 0; k < 2000; k++) {
      const rule = comparing[k % comparing.length] as ScoringRule;
      const values = Array.from({ length: Math.floor(random() * 12) }, () =>
        random() < 0.2 ? null : Math.round(random() * 40 - 5) / 20,
      );
      const value = random() < 0.9 ? (values.find((v) => v !== null) ?? 0.35) : null;
      if (value !== null) values.push(value);
      const points = values.filter((v): v is number => v !== null).map((v) => Math.abs(v) * 2);
      const input = { value };
      const raw = scoreLeaf(rule, 4, input, { values, points });
      const summarised = scoreLeaf(rule, 4, input, {
        summary: { values: summarisePeers(values), points: summarisePeers(points) },
      });
      if (JSON.stringify(raw) !== JSON.stringify(summarised))
        expect(summarised, JSON.stringify({ rule, values, value })).toEqual(raw);
    }
  });
});
