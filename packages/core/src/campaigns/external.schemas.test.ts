import { describe, expect, it } from 'vitest';
import {
  averageExternalPoints,
  ExternalRatingInputSchema,
  expandAssignments,
  externalPoints,
  levelLabel,
} from './external.schemas.ts';
import { defaultExternalRatingMapping } from './grading.ts';
import { firstError, uuid } from './test-fixtures.ts';

describe('external ratings', () => {
  it('expands raters × targets × items without repeats', () => {
    const items = [
      { kind: 'free' as const, item: 'finance' as const },
      { kind: 'indicator' as const, setId: uuid(9), nodeCode: '1.3.1' },
    ];
    const existing = [
      { raterUnitId: uuid(1), targetUnitId: uuid(3), item: items[0] as (typeof items)[number] },
    ];
    const rows = expandAssignments(
      { raterUnitIds: [uuid(1), uuid(2)], targetUnitIds: [uuid(3), uuid(4), uuid(3)], items },
      existing,
    );
    expect(rows).toHaveLength(7);
  });

  it('turns levels into points with the campaign mapping', () => {
    expect(externalPoints('fairlyGood', defaultExternalRatingMapping, 5)).toBe(4);
    expect(externalPoints('fair', { good: 1, fairlyGood: 0.85, fair: 0.7 }, 100)).toBe(70);
    expect(averageExternalPoints(['good', 'fair', null], defaultExternalRatingMapping, 5)).toBe(4);
    expect(averageExternalPoints([null], defaultExternalRatingMapping, 5)).toBeNull();
    expect(levelLabel('fairlyGood', defaultExternalRatingMapping).zh).toBe('较好（80%）');
  });

  it('accepts only 好/较好/一般', () => {
    expect(firstError(ExternalRatingInputSchema, { version: 0, level: 'poor' }).field).toBe('level');
    expect(ExternalRatingInputSchema.parse({ version: 0, level: 'good' })).toEqual({
      version: 0,
      level: 'good',
      comment: '',
      findings: [],
    });
  });
});
