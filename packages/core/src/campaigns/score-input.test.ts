import { describe, expect, it } from 'vitest';
import { defaultRule } from '../indicators/rules/rule-kinds.ts';
import { checkLeafEntries, checkScoreInput, ruleInputBounds, type ScorableLeaf } from './score-input.ts';
import { uuid } from './test-fixtures.ts';

describe('score input bounds', () => {
  it('follows the rule kind', () => {
    expect(ruleInputBounds(defaultRule('manual'), 6)).toEqual({ input: 'points', min: 0, max: 6 });
    expect(ruleInputBounds(defaultRule('deductTiered'), 3)).toEqual({ input: 'cases', min: 0, max: 10000 });
    expect(ruleInputBounds(defaultRule('surveyRate'), 5)).toEqual({ input: 'rate', min: 0, max: 1 });
    expect(ruleInputBounds(defaultRule('veto'), 0)).toEqual({ input: 'triggered' });
    const grade = ruleInputBounds(defaultRule('grade'), 5);
    expect(grade.input === 'grade' && grade.levels.map((l) => l.label.zh)).toEqual([
      '好',
      '较好',
      '一般',
      '差',
    ]);
  });

  it('refuses what lies outside them', () => {
    expect(checkScoreInput(defaultRule('manual'), 6, { points: 6 })).toBeNull();
    expect(checkScoreInput(defaultRule('manual'), 6, { points: 6.5 })?.message.zh).toBe(
      '得分应在 0 到 6 分之间',
    );
    expect(checkScoreInput(defaultRule('manual'), 6, {})?.code).toBe('missing');
    expect(checkScoreInput(defaultRule('grade'), 5, { grade: '较好' })).toBeNull();
    expect(checkScoreInput(defaultRule('grade'), 5, { grade: 'Fairly good' })).toBeNull();
    expect(checkScoreInput(defaultRule('grade'), 5, { grade: '优' })?.message.zh).toBe(
      '等次应为：好、较好、一般、差',
    );
    expect(checkScoreInput(defaultRule('deductPerCase'), 4, { cases: 0 })).toBeNull();
    expect(checkScoreInput(defaultRule('veto'), 0, { triggered: false })).toBeNull();
  });
});

describe('entries of one source', () => {
  const leaf = (n: number, extra: Partial<ScorableLeaf> = {}): ScorableLeaf => ({
    id: uuid(n),
    code: `1.${n}`,
    name: `指标${n}`,
    maxPoints: 4,
    sources: ['self', 'onsite'],
    rule: defaultRule('manual'),
    ...extra,
  });
  const leaves = [leaf(1), leaf(2, { sources: ['onsite'] }), leaf(3, { rule: null })];

  it('names each indicator with a problem', () => {
    const problems = checkLeafEntries(
      leaves,
      [
        { nodeId: uuid(1), score: { points: 5 } },
        { nodeId: uuid(2), score: { points: 1 } },
        { nodeId: uuid(9), score: { points: 1 } },
      ],
      'self',
    );
    expect(problems.map((p) => [p.code, p.nodeCode])).toEqual([
      ['notForSource', '1.2'],
      ['unknownIndicator', null],
      ['outOfBounds', '1.1'],
      ['noRule', '1.3'],
    ]);
    expect(problems[2]?.message.en).toBe('Indicator 1.1 “指标1”: points must be between 0 and 4');
  });

  it('finds nothing wrong with complete entries', () => {
    expect(
      checkLeafEntries(
        [leaf(1), leaf(2)],
        [
          { nodeId: uuid(1), score: { points: 4 } },
          { nodeId: uuid(2), score: { points: 0 } },
        ],
        'onsite',
      ),
    ).toEqual([]);
    expect(
      checkLeafEntries(
        [leaf(1)],
        [
          { nodeId: uuid(1), score: { points: 4 } },
          { nodeId: uuid(1), score: { points: 3 } },
        ],
        'self',
      ).map((p) => p.code),
    ).toEqual(['duplicate']);
  });
});
