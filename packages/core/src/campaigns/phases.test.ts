import { describe, expect, it } from 'vitest';
import { PhaseTimetableSchema } from './phases.ts';
import { firstError } from './test-fixtures.ts';

const phases = [
  { phase: 'self', start: '2025-03-01', end: '2025-03-31' },
  { phase: 'onsite', start: '2025-04-01', end: '2025-04-30' },
  { phase: 'external', start: '2025-04-01', end: '2025-04-20' },
  { phase: 'scoring', start: '2025-05-01', end: '2025-05-15' },
];

describe('phase timetable', () => {
  it('accepts phases in order, overlapping ones included', () => {
    expect(PhaseTimetableSchema.parse(phases)).toHaveLength(4);
  });

  it('refuses an end before the start, a phase out of order or twice, a later phase starting earlier', () => {
    const backwards = firstError(PhaseTimetableSchema, [
      { phase: 'self', start: '2025-03-02', end: '2025-03-01' },
    ]);
    expect(backwards.field).toBe('0.end');
    expect(backwards.text.zh).toContain('结束日期不能早于开始日期');
    const swapped = firstError(PhaseTimetableSchema, [phases[1], phases[0]]);
    expect(swapped.field).toBe('1.phase');
    expect(swapped.text.en).toContain('Self-assessment must come before On-site review');
    expect(firstError(PhaseTimetableSchema, [phases[0], phases[0]]).field).toBe('1.phase');
    const early = firstError(PhaseTimetableSchema, [phases[0], { ...phases[1], start: '2025-02-01' }]);
    expect(early.field).toBe('1.start');
    expect(early.text.zh).toContain('“实地评估”不能早于“单位自评”开始');
  });
});
