import { describe, expect, it } from 'vitest';
import type { FrozenNode } from '../campaigns/freeze.ts';
import { registryLeaves, registryValuesOf } from './registry-values.ts';

const node = (
  id: string,
  rule: FrozenNode['rule'],
  sources: FrozenNode['sources'],
  registryFormula: string | null = null,
) => ({ id, rule, sources, registryFormula }) as FrozenNode;
const threshold = {
  kind: 'thresholdLinear',
  direction: 'atLeast',
  target: 0.85,
  unit: 'percent',
  pointsPerUnit: 0.2,
} as const;

const sets = [
  {
    nodes: [
      node('over', { kind: 'formula', expression: 'if(overQuota > 0, 0, 1)', output: 'fraction' }, [
        'registry',
      ]),
      node('use', { kind: 'formula', expression: 'headcount / quota', output: 'fraction' }, ['registry']),
      // A formula the registry may not feed, and a value rule that names no measure.
      node('selfOnly', { kind: 'formula', expression: '1', output: 'fraction' }, ['self']),
      node('rate', threshold, ['registry']),
      // 台账取数 formulas: a value, a number of cases; one on a leaf that does not allow the registry,
      // one on a rule that reads points.
      node('useRate', threshold, ['registry', 'onsite'], 'headcount / quota'),
      node(
        'leaders',
        { kind: 'deductPerCase', pointsPerCase: 1, maxDeduction: null },
        ['registry'],
        'overQuota',
      ),
      node('notAllowed', threshold, ['onsite'], 'headcount / quota'),
      node('manual', { kind: 'manual' }, ['registry'], 'quota'),
    ],
  },
];

describe('registry source of formula leaves and 台账取数 formulas', () => {
  const leaves = registryLeaves(sets);

  it('compiles the formula rules and registry formulas of the leaves that allow the registry', () => {
    expect(leaves.map((l) => l.nodeId)).toEqual(['over', 'use', 'useRate', 'leaders']);
  });

  it('evaluates each formula on the unit’s measures', () => {
    const values = registryValuesOf(leaves, { overQuota: 2, headcount: 18, quota: 20 });
    expect(values.get('over')).toBe(0);
    expect(values.get('use')).toBeCloseTo(0.9, 12);
    expect(values.get('useRate')).toBeCloseTo(0.9, 12);
    expect(values.get('leaders')).toBe(2);
  });

  it('gives no value where a measure is missing or the formula divides by zero', () => {
    const values = registryValuesOf(leaves, { overQuota: 0, headcount: 5, quota: 0 });
    expect(values.get('over')).toBe(1);
    expect(values.has('use')).toBe(false);
    expect(registryValuesOf(leaves, { overQuota: null, headcount: null, quota: null }).size).toBe(0);
    expect(registryValuesOf(leaves, undefined).size).toBe(0);
  });
});
