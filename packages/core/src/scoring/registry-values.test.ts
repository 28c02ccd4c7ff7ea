import { describe, expect, it } from 'vitest';
import type { FrozenNode } from '../campaigns/freeze.ts';
import { registryLeaves, registryValuesOf } from './registry-values.ts';

const node = (id: string, rule: FrozenNode['rule'], sources: FrozenNode['sources']) =>
  ({ id, rule, sources }) as FrozenNode;

const sets = [
  {
    nodes: [
      node('over', { kind: 'formula', expression: 'if(overQuota > 0, 0, 1)', output: 'fraction' }, [
        'registry',
      ]),
      node('use', { kind: 'formula', expression: 'headcount / quota', output: 'fraction' }, ['registry']),
      // A formula the registry may not feed, and a value rule that names no measure.
      node('selfOnly', { kind: 'formula', expression: '1', output: 'fraction' }, ['self']),
      node('rate', { kind: 'thresholdLinear', direction: 'atLeast', target: 0.85, zeroAt: 0.65 } as never, [
        'registry',
      ]),
    ],
  },
];

describe('registry source of formula leaves', () => {
  const leaves = registryLeaves(sets);

  it('compiles only the formula leaves that allow the registry', () => {
    expect(leaves.map((l) => l.nodeId)).toEqual(['over', 'use']);
  });

  it('evaluates each formula on the unit’s measures', () => {
    const values = registryValuesOf(leaves, { overQuota: 2, headcount: 18, quota: 20 });
    expect(values.get('over')).toBe(0);
    expect(values.get('use')).toBeCloseTo(0.9, 12);
  });

  it('gives no value where a measure is missing or the formula divides by zero', () => {
    const values = registryValuesOf(leaves, { overQuota: 0, headcount: 5, quota: 0 });
    expect(values.get('over')).toBe(1);
    expect(values.has('use')).toBe(false);
    expect(registryValuesOf(leaves, { overQuota: null, headcount: null, quota: null }).size).toBe(0);
    expect(registryValuesOf(leaves, undefined).size).toBe(0);
  });
});
