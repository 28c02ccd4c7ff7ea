import { describe, expect, it } from 'vitest';
import { insertNode } from './codes.ts';
import { compareWithSource, planDerivedSet, planNewVersion } from './derive.ts';
import type { IndicatorNode } from './indicators.schemas.ts';
import { group, instantiateReferenceSet, leaf } from './reference-sets/build.ts';
import { buildSet, sequentialIds } from './test-fixtures.ts';
import { validateSet } from './validate.ts';

const manual = { kind: 'manual' } as const;
const ok = { checkpoints: ['要点'], sources: ['onsite' as const] };
const built = instantiateReferenceSet(
  {
    key: 'city',
    meta: {
      kind: 'common',
      category: null,
      name: '市级共性指标',
      description: '',
      fullMark: 10,
      bonusCap: null,
    },
    nodes: [
      group('职能履行', 6, [leaf('职责落实', 4, manual, ok), leaf('职责边界', 2, manual, ok)]),
      leaf('满意度', 4, manual, ok),
    ],
  },
  sequentialIds('cccccccc'),
);
const weighting = {
  childIds: [built.nodes[0]?.id, built.nodes[3]?.id] as string[],
  matrices: [
    [
      [1, 1.5],
      [1 / 1.5, 1],
    ],
  ],
  weights: [0.6, 0.4],
  lambdaMax: 2,
  ci: 0,
  cr: 0,
  riTable: 'saaty1980',
  points: [6, 4],
  appliedAt: '2025-01-01T00:00:00.000Z',
};
const city = buildSet(built.meta, { status: 'published', edition: 3, weighting });
const source = { set: city, nodes: built.nodes };

describe('planNewVersion', () => {
  it('copies the content as a draft of the next edition with fresh ids', () => {
    const next = planNewVersion(source, sequentialIds('dddddddd'));
    expect(next).toMatchObject({ seriesId: city.seriesId, edition: 4, derivedFrom: null, meta: built.meta });
    expect(next.nodes.map((n) => [n.code, n.name])).toEqual(built.nodes.map((n) => [n.code, n.name]));
    expect(next.nodes.every((n) => n.id.startsWith('dddddddd'))).toBe(true);
    const parent = next.nodes.find((n) => n.code === '1');
    expect(next.nodes.find((n) => n.code === '1.2')?.parentId).toBe(parent?.id);
    expect(next.weighting?.childIds).toEqual([
      next.idMap.get(weighting.childIds[0] as string),
      next.idMap.get(weighting.childIds[1] as string),
    ]);
    expect(validateSet(next.meta, next.nodes)).toEqual([]);
  });

  it('never shares objects with the source', () => {
    const next = planNewVersion(source, sequentialIds('dddddddd'));
    next.nodes[1]?.checkpoints.push('改动');
    expect(built.nodes[1]?.checkpoints).toEqual(['要点']);
  });
});

describe('planDerivedSet', () => {
  it('starts a new series whose nodes remember where they came from', () => {
    const county = planDerivedSet(source, { name: '县级共性指标' }, sequentialIds('eeeeeeee'));
    expect(county).toMatchObject({
      edition: 1,
      derivedFrom: { setId: city.id, name: '市级共性指标', edition: 3 },
      weighting: null,
      meta: { name: '县级共性指标', fullMark: 10 },
    });
    expect(county.seriesId).not.toBe(city.seriesId);
    expect(county.nodes.map((n) => n.lineage)).toEqual(
      built.nodes.map((n) => ({ sourceSetId: city.id, sourceNodeId: n.id })),
    );
  });
});

describe('compareWithSource', () => {
  it('says which city indicator each county indicator came from and what changed', () => {
    const county = planDerivedSet(source, {}, sequentialIds('eeeeeeee'));
    const duty = county.nodes.find((n) => n.code === '1.1') as IndicatorNode;
    let nodes = county.nodes
      .map((n) => (n.id === duty.id ? { ...n, maxPoints: 3, name: '三定职责落实' } : n))
      .filter((n) => n.code !== '2');
    const added = insertNode(
      nodes,
      {
        ...duty,
        id: 'ffffffff-0000-4000-8000-000000000001',
        name: '职责调整到位',
        maxPoints: 1,
        lineage: null,
      },
      { parentId: duty.parentId },
    );
    if (!added.ok) throw new Error(added.message.en);
    nodes = added.nodes;
    const rows = compareWithSource(nodes, { setId: city.id, nodes: built.nodes });
    expect(
      rows.map((r) => [r.node?.code ?? null, r.status, r.source?.code ?? null, r.changes.join(',')]),
    ).toEqual([
      ['1', 'same', '1', ''],
      ['1.1', 'changed', '1.1', 'name,points'],
      ['1.2', 'same', '1.2', ''],
      ['1.3', 'refined', '1', ''],
      [null, 'removed', '2', ''],
    ]);
  });

  it('treats nodes without lineage to this source as added', () => {
    const rows = compareWithSource(built.nodes, { setId: city.id, nodes: [] });
    expect(rows.every((r) => r.status === 'added')).toBe(true);
  });
});
