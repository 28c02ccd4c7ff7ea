import { describe, expect, it } from 'vitest';
import type { IndicatorNode, IndicatorSetMeta } from './indicators.schemas.ts';
import {
  group,
  instantiateReferenceSet,
  leaf,
  type ReferenceNodeSpec,
  withRole,
} from './reference-sets/build.ts';
import type { ScoringRule } from './rules/rule.schemas.ts';
import { sequentialIds } from './test-fixtures.ts';
import { canPublish, validateSet } from './validate.ts';

const manual: ScoringRule = { kind: 'manual' };
const ok = { checkpoints: ['要点'], sources: ['onsite' as const] };
const meta: IndicatorSetMeta = {
  kind: 'common',
  category: null,
  name: '测试体系',
  description: '',
  fullMark: 10,
  bonusCap: 2,
};

const build = (nodes: ReferenceNodeSpec[], over: Partial<IndicatorSetMeta> = {}) => {
  const built = instantiateReferenceSet({ key: 't', meta: { ...meta, ...over }, nodes }, sequentialIds());
  return { set: built.meta, nodes: built.nodes };
};
const problemsOf = (set: IndicatorSetMeta, nodes: IndicatorNode[]) => validateSet(set, nodes);
const codesOf = (set: IndicatorSetMeta, nodes: IndicatorNode[]) =>
  problemsOf(set, nodes).map((p) => `${p.severity}:${p.code}@${p.nodeCode ?? '-'}`);

const valid: ReferenceNodeSpec[] = [
  group('甲', 6, [
    leaf('甲一', 4, manual, ok),
    leaf('甲二', 2, { kind: 'deductPerCase', pointsPerCase: 0.5, maxDeduction: null }, ok),
  ]),
  leaf('乙', 4, { kind: 'surveyRate', zeroRate: 0, fullRate: 1 }, ok),
  withRole('bonus', group('加分', 2, [leaf('加分一', 2, { kind: 'bonusPerCase', pointsPerCase: 0.5 }, ok)])),
  withRole('veto', leaf('否决', 0, { kind: 'veto', effect: 'capBelowExcellent' }, { sources: ['onsite'] })),
];

describe('validateSet', () => {
  it('accepts a consistent set with bonus and veto outside the full mark', () => {
    const { set, nodes } = build(valid);
    expect(problemsOf(set, nodes)).toEqual([]);
    expect(canPublish([])).toBe(true);
  });

  it('reports sums with the numbers, at the node concerned', () => {
    const { set, nodes } = build([
      group('甲', 6, [leaf('甲一', 4, manual, ok), leaf('甲二', 1.5, manual, ok)]),
      leaf('乙', 3, manual, ok),
    ]);
    const problems = problemsOf({ ...set, bonusCap: null }, nodes);
    expect(problems.map((p) => p.message)).toEqual([
      {
        zh: '一级计分指标合计 9 分，应等于满分 10 分',
        en: 'The top-level scored indicators add up to 9, not the full mark of 10',
      },
      {
        zh: '1 甲：下级指标合计 5.5 分，与本指标分值 6 分不符',
        en: '1 甲: its sub-indicators add up to 5.5, not its 6 points',
      },
    ]);
    expect(problems[1]).toMatchObject({
      code: 'sumMismatch',
      severity: 'error',
      nodeCode: '1',
      nodeId: nodes[0]?.id,
    });
    expect(canPublish(problems)).toBe(false);
  });

  it('compares sums in cents (0.1 + 0.2 = 0.3)', () => {
    const { set, nodes } = build([
      group('甲', 0.3, [leaf('a', 0.1, manual, ok), leaf('b', 0.2, manual, ok)]),
      leaf('乙', 9.7, manual, ok),
    ]);
    expect(problemsOf({ ...set, bonusCap: null }, nodes)).toEqual([]);
  });

  it('requires a rule on every leaf and none on groups', () => {
    const { set, nodes } = build([group('甲', 10, [leaf('甲一', 10, manual, ok)])], { bonusCap: null });
    const leafless = nodes.map((x) => (x.code === '1.1' ? { ...x, rule: null } : x));
    expect(codesOf(set, leafless)).toEqual(['error:leafWithoutRule@1.1']);
    const ruledGroup = nodes.map((x) => (x.code === '1' ? { ...x, rule: manual } : x));
    expect(codesOf(set, ruledGroup)).toEqual(['error:groupWithRule@1']);
  });

  it('requires caps for bonus items and for the set', () => {
    const { set, nodes } = build(valid);
    expect(codesOf({ ...set, bonusCap: null }, nodes)).toEqual(['error:bonusCapMissing@-']);
    const uncapped = nodes.map((x) => (x.name === '加分一' ? { ...x, maxPoints: 0 } : x));
    expect(codesOf(set, uncapped)).toEqual(['error:bonusWithoutCap@3.1']);
    const big = nodes.map((x) => (x.role === 'bonus' ? { ...x, maxPoints: 3 } : x));
    expect(codesOf(set, big)).toEqual(['warning:bonusItemAboveSetCap@3.1']);
  });

  it('keeps rules to their roles, roles to their parents and veto items at 0 points', () => {
    const { set, nodes } = build(valid);
    const wrongRule = nodes.map((x) =>
      x.name === '甲一' ? { ...x, rule: { kind: 'veto', effect: 'forceLowest' } as const } : x,
    );
    expect(problemsOf(set, wrongRule)[0]?.message.zh).toBe('1.1 甲一：计分指标不能使用“否决”规则');
    const wrongRole = nodes.map((x) => (x.name === '加分一' ? { ...x, role: 'scored' as const } : x));
    expect(codesOf(set, wrongRole)).toContain('error:roleMismatch@3.1');
    const vetoPoints = nodes.map((x) => (x.role === 'veto' ? { ...x, maxPoints: 1 } : x));
    expect(codesOf(set, vetoPoints)).toEqual(['error:vetoWithPoints@4']);
  });

  it('re-checks rules, formulas included, with their messages', () => {
    const { set, nodes } = build(valid);
    const badFormula = nodes.map((x) =>
      x.name === '甲一'
        ? { ...x, rule: { kind: 'formula', expression: 'quota / ', output: 'fraction' } as const }
        : x,
    );
    const [problem] = problemsOf(set, badFormula);
    expect(problem).toMatchObject({ code: 'invalidFormula', nodeCode: '1.1' });
    expect(problem?.message.zh).toBe(
      '1.1 甲一：计分规则 expression：第 8 个字符：公式不完整，缺少数字、指标名称、函数或“(”',
    );
    const badRule = nodes.map((x) =>
      x.name === '甲一'
        ? { ...x, rule: { kind: 'deductPerCase', pointsPerCase: -1 } as unknown as ScoringRule }
        : x,
    );
    expect(codesOf(set, badRule)[0]).toBe('error:invalidRule@1.1');
  });

  it('finds broken trees: depth, duplicate and stale codes, missing parents', () => {
    const { set, nodes } = build(valid);
    const [a, a1] = nodes as [IndicatorNode, IndicatorNode];
    const deep = [
      ...nodes,
      { ...a1, id: 'x1', parentId: a1.id, code: '1.1.1', level: 3, rule: null },
      { ...a1, id: 'x2', parentId: 'x1', code: '1.1.1.1', level: 4 },
    ];
    expect(codesOf(set, deep)).toContain('error:tooDeep@1.1.1.1');
    const duplicate = nodes.map((x) => (x.id === a1.id ? { ...x, code: '1' } : x));
    expect(codesOf(set, duplicate)).toEqual(
      expect.arrayContaining(['error:duplicateCode@1', 'error:codeOutOfDate@1']),
    );
    const orphan = [...nodes, { ...a1, id: 'o1', parentId: 'gone', code: '9.1', level: 2 }];
    expect(codesOf(set, orphan)).toContain('error:unreachable@9.1');
    expect(codesOf(set, [])).toEqual(['error:empty@-', 'warning:bonusCapUnused@-']);
    void a;
  });

  it('warns about likely oversights without blocking publication', () => {
    const { set, nodes } = build([
      leaf('甲', 5, {
        kind: 'grade',
        levels: [
          { label: { zh: '好', en: '' }, fraction: 0.9 },
          { label: { zh: '差', en: '' }, fraction: 0 },
        ],
      }),
      leaf('甲', 5, { kind: 'rankPoints', step: 1, minPoints: 6 }, ok),
    ]);
    const problems = problemsOf({ ...set, bonusCap: null }, nodes);
    expect(problems.map((p) => `${p.code}@${p.nodeCode}`)).toEqual([
      'gradeNeverFull@1',
      'noSources@1',
      'noCheckpoints@1',
      'rankFloorAboveMax@2',
    ]);
    expect(canPublish(problems)).toBe(true);
  });

  it('checks where a registry formula may feed the rule, and warns of registry-only leaves without one', () => {
    const registry = { checkpoints: ['要点'], sources: ['registry' as const] };
    const threshold: ScoringRule = {
      kind: 'thresholdLinear',
      direction: 'atLeast',
      target: 0.85,
      unit: 'percent',
      pointsPerUnit: 0.2,
    };
    const { set, nodes } = build(
      [
        group('甲', 6, [
          leaf('甲一', 3, threshold, { ...registry, registryFormula: 'useRate' }),
          leaf('甲二', 3, threshold, registry),
        ]),
        leaf('乙', 1, threshold, { ...ok, registryFormula: 'useRate' }),
        leaf('丙', 1, manual, { ...registry, registryFormula: 'quota' }),
        leaf(
          '丁',
          1,
          { kind: 'formula', expression: 'useRate', output: 'fraction' },
          { ...registry, registryFormula: 'useRate' },
        ),
        leaf(
          '戊',
          1,
          { kind: 'deductPerCase', pointsPerCase: 1, maxDeduction: null },
          { ...registry, registryFormula: 'leaderPostsOver' },
        ),
      ],
      { bonusCap: null },
    );
    const problems = problemsOf(set, nodes);
    expect(problems.map((p) => `${p.severity}:${p.code}@${p.nodeCode}`)).toEqual([
      'error:registryFormulaMisplaced@2',
      'error:registryFormulaMisplaced@3',
      'error:registryFormulaMisplaced@4',
      'warning:registryWithoutFormula@1.2',
    ]);
    expect(problems[0]?.message.zh).toContain('未勾选“台账数据”');
    expect(problems[1]?.message.zh).toContain('直接评分');
  });
});
