import { describe, expect, it } from 'vitest';
import type { IndicatorNode } from './indicators.schemas.ts';
import { group, instantiateReferenceSet, leaf, withRole } from './reference-sets/build.ts';
import { buildSet, sequentialIds } from './test-fixtures.ts';
import {
  exportIndicatorSet,
  INDICATOR_SET_FORMAT,
  importIndicatorSetJson,
  indicatorSetJsonSchema,
} from './transfer-json.ts';

const built = instantiateReferenceSet(
  {
    key: 't',
    meta: {
      kind: 'category',
      category: 'science',
      name: '科技个性指标',
      description: '说明',
      fullMark: 10,
      bonusCap: null,
    },
    nodes: [
      group('科技创新', 6, [
        leaf(
          '研发投入强度',
          4,
          { kind: 'thresholdLinear', direction: 'atLeast', target: 0.025, unit: 'percent', pointsPerUnit: 2 },
          { sources: ['self'] },
        ),
        leaf('成果转化', 2, { kind: 'proportionalToBest', higherIsBetter: true }, { sources: ['external'] }),
      ]),
      leaf('服务满意度', 4, { kind: 'surveyRate', zeroRate: 0.6, fullRate: 0.95 }),
      withRole('veto', leaf('科研诚信', 0, { kind: 'veto', effect: 'forceLowest' })),
    ],
  },
  sequentialIds(),
);
const set = buildSet(built.meta, { edition: 2, status: 'published' });
const exported = exportIndicatorSet(set, built.nodes, '2025-03-01T08:00:00.000Z');
const strip = (nodes: IndicatorNode[]) => nodes.map(({ id: _i, parentId: _p, ...rest }) => rest);

describe('exportIndicatorSet', () => {
  it('writes the meta and the nodes by code, without database ids', () => {
    expect(exported).toMatchObject({
      format: INDICATOR_SET_FORMAT,
      formatVersion: 1,
      set: { kind: 'category', category: 'science', name: '科技个性指标', edition: 2, fullMark: 10 },
    });
    expect(exported.nodes.map((n) => n.code)).toEqual(['1', '1.1', '1.2', '2', '3']);
    expect(JSON.stringify(exported)).not.toContain(built.nodes[0]?.id);
  });
});

describe('importIndicatorSetJson', () => {
  it('reads an export back as a new draft with the same content', () => {
    const result = importIndicatorSetJson(JSON.parse(JSON.stringify(exported)), sequentialIds('bbbbbbbb'));
    expect(result.ok).toBe(true);
    expect(result.ok && result.meta).toEqual(built.meta);
    expect(result.ok && strip(result.nodes)).toEqual(strip(built.nodes));
  });

  it('reports schema problems by JSON path', () => {
    const bad = structuredCloneJson(exported);
    (bad.nodes[1] as { rule: unknown }).rule = { kind: 'thresholdLinear', target: 25, pointsPerUnit: 2 };
    (bad.set as { category: unknown }).category = null;
    const result = importIndicatorSetJson(bad, sequentialIds());
    expect(!result.ok && result.problems.map((p) => p.path)).toEqual(['set.category', 'nodes.1.rule.target']);
    expect(importIndicatorSetJson({ format: 'other' }, sequentialIds()).ok).toBe(false);
  });

  it('reports broken codes by node', () => {
    const bad = structuredCloneJson(exported);
    (bad.nodes[3] as { code: string }).code = '4.1';
    const result = importIndicatorSetJson(bad, sequentialIds());
    expect(!result.ok && result.problems).toEqual([
      {
        path: 'nodes.3.code',
        message: { zh: 'nodes.3.code：上级指标 4 不存在', en: 'nodes.3.code: its parent 4 is missing' },
      },
    ]);
  });
});

describe('indicatorSetJsonSchema', () => {
  it('describes the export format as JSON Schema', () => {
    const root = indicatorSetJsonSchema() as {
      $schema: string;
      $ref: string;
      $defs: Record<string, { type: string; properties: object }>;
    };
    expect(root.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const schema = root.$defs[root.$ref.replace('#/$defs/', '')];
    expect(schema?.type).toBe('object');
    expect(Object.keys(schema?.properties ?? {})).toEqual([
      'format',
      'formatVersion',
      'exportedAt',
      'set',
      'nodes',
    ]);
    expect(JSON.stringify(root)).toContain('deductTiered');
  });
});

function structuredCloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
