import { describe, expect, it } from 'vitest';
import { describeIssue } from '../validation.ts';
import {
  AhpInputSchema,
  AhpJudgementInputSchema,
  IndicatorCommentInputSchema,
  IndicatorImportQuerySchema,
  IndicatorNodeCreateInputSchema,
  IndicatorNodeDeleteInputSchema,
  IndicatorNodeUpdateInputSchema,
  IndicatorSetCreateInputSchema,
  IndicatorSetListQuerySchema,
  IndicatorSetUpdateInputSchema,
} from './indicators.api.schemas.ts';

const firstIssue = (result: {
  success: boolean;
  error?: { issues: Parameters<typeof describeIssue>[0][] };
}) => result.error?.issues[0] && describeIssue(result.error.issues[0]);

describe('indicator API schemas', () => {
  it('creates a set with a full mark of 100 by default', () => {
    expect(IndicatorSetCreateInputSchema.parse({ kind: 'common', name: '共性指标' })).toEqual({
      kind: 'common',
      category: null,
      name: '共性指标',
      description: '',
      fullMark: 100,
      bonusCap: null,
    });
  });

  it('requires a category for an X set and none for the common set', () => {
    const result = IndicatorSetCreateInputSchema.safeParse({ kind: 'category', name: '科技个性指标' });
    expect(firstIssue(result)).toEqual({
      zh: 'category：个性指标须选择行业类别，共性指标不选',
      en: 'category: a category set needs a unit category, the common set none',
    });
    expect(
      IndicatorSetCreateInputSchema.safeParse({ kind: 'common', category: 'science', name: '共性' }).success,
    ).toBe(false);
    expect(
      IndicatorSetCreateInputSchema.safeParse({ kind: 'category', category: 'science', name: '科技' })
        .success,
    ).toBe(true);
  });

  it('updates only the fields given, never resetting the others to defaults', () => {
    expect(IndicatorSetUpdateInputSchema.parse({ version: 3, name: '新名称' })).toEqual({
      version: 3,
      name: '新名称',
    });
    expect(IndicatorNodeUpdateInputSchema.parse({ version: 3, maxPoints: 4 })).toEqual({
      version: 3,
      maxPoints: 4,
    });
    expect(IndicatorSetUpdateInputSchema.safeParse({ name: 'x y' }).success).toBe(false);
  });

  it('creates a node with defaults and a checked rule', () => {
    const parsed = IndicatorNodeCreateInputSchema.parse({
      version: 1,
      parentId: null,
      name: '编制使用率',
      maxPoints: 4,
      rule: { kind: 'thresholdLinear', target: 0.85, pointsPerUnit: 0.2 },
    });
    expect(parsed).toMatchObject({
      role: 'scored',
      checkpoints: [],
      sources: [],
      rule: { direction: 'atLeast', unit: 'percent' },
    });
    const bad = IndicatorNodeCreateInputSchema.safeParse({
      version: 1,
      parentId: null,
      name: 'x',
      maxPoints: 1.234,
    });
    expect(firstIssue(bad)?.zh).toBe('maxPoints：分值最多保留两位小数');
  });

  it('reads list filters from the query string', () => {
    expect(IndicatorSetListQuerySchema.parse({ latestOnly: 'true', page: '2' })).toMatchObject({
      latestOnly: true,
      page: 2,
      pageSize: 20,
    });
  });

  it('takes several experts’ matrices for AHP', () => {
    const ids = ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002'];
    expect(
      AhpInputSchema.parse({
        version: 1,
        parentId: null,
        childIds: ids,
        matrices: [
          [
            [1, 2],
            [0.5, 1],
          ],
        ],
      }),
    ).toMatchObject({ dryRun: false });
    expect(
      AhpInputSchema.safeParse({ version: 1, parentId: null, childIds: ids, matrices: [], riTable: 'x' })
        .success,
    ).toBe(false);
  });
});

describe('the server module’s additions', () => {
  it('takes an expert’s matrix as the upper triangle with empty cells below', () => {
    const matrix = [
      [1, 3],
      [null, 1],
    ];
    expect(AhpJudgementInputSchema.parse({ parentId: null, matrix })).toEqual({ parentId: null, matrix });
    expect(AhpJudgementInputSchema.safeParse({ parentId: null, matrix: [[1, 0]] }).success).toBe(false);
  });

  it('reads the version of a delete and the dry-run flag of an import from the query string', () => {
    expect(IndicatorNodeDeleteInputSchema.parse({ version: '4' })).toEqual({ version: 4 });
    expect(IndicatorImportQuerySchema.parse({})).toEqual({ dryRun: true });
    expect(IndicatorImportQuerySchema.parse({ dryRun: 'false', filename: 'a.xlsx' })).toEqual({
      dryRun: false,
      filename: 'a.xlsx',
    });
  });

  it('comments on the whole set unless a node is named', () => {
    expect(IndicatorCommentInputSchema.parse({ text: ' 建议 ' })).toEqual({ nodeId: null, text: '建议' });
  });
});
