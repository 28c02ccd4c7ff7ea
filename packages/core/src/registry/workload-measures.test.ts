import { describe, expect, it } from 'vitest';
import {
  BUDGET_MEASURE,
  isMeasureAllowed,
  isReservedMeasureName,
  measuresForCategory,
  undefinedMeasureMessage,
} from './workload-measures.ts';

const defs = [
  { category: 'approval' as const, name: '即办件数', sortOrder: 20 },
  { category: null, name: '办件量', sortOrder: 10 },
  { category: 'approval' as const, name: '办件量', sortOrder: 5 },
  { category: 'health' as const, name: '门诊人次', sortOrder: 10 },
];

describe('workload measure rules', () => {
  it('lists a category its own measures and those of every category, once each, in order', () => {
    expect(measuresForCategory(defs, 'approval').map((d) => [d.name, d.category])).toEqual([
      ['办件量', 'approval'],
      ['即办件数', 'approval'],
    ]);
    expect(measuresForCategory(defs, 'education').map((d) => d.name)).toEqual(['办件量']);
  });

  it('allows the budget and defined measures; anything goes while nothing is defined', () => {
    expect(isMeasureAllowed(defs, 'health', '门诊人次')).toBe(true);
    expect(isMeasureAllowed(defs, 'health', '办件量')).toBe(true);
    expect(isMeasureAllowed(defs, 'health', '即办件数')).toBe(false);
    expect(isMeasureAllowed(defs, 'health', BUDGET_MEASURE)).toBe(true);
    expect(isMeasureAllowed([], 'health', '任意指标')).toBe(true);
  });

  it('keeps the budget out of the definitions and names what is defined when refusing', () => {
    expect(isReservedMeasureName(' 预算（万元）')).toBe(true);
    expect(isReservedMeasureName('BUDGET')).toBe(true);
    expect(isReservedMeasureName('办件量')).toBe(false);
    const message = undefinedMeasureMessage('床位数', { zh: '卫健', en: 'Health' }, ['门诊人次']);
    expect(message.zh).toContain('“床位数”未在“卫健”类别');
    expect(message.zh).toContain('已定义：门诊人次');
    expect(message.en).toContain('Defined: 门诊人次');
  });
});
