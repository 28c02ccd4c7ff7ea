import { describe, expect, it } from 'vitest';
import { freezeSet, frozenLeaves } from './freeze.ts';
import {
  SelfAssessmentReturnInputSchema,
  SelfAssessmentSaveInputSchema,
  StaffingPlanSchema,
} from './self-assessment.schemas.ts';
import { canSubmitSelfAssessment, checkSelfAssessment } from './self-assessment-check.ts';
import { firstError, publishedCommonSet, sequentialIds, uuid } from './test-fixtures.ts';

const plan = {
  startYear: 2025,
  years: 3,
  rows: [
    { year: 2025, staffingType: 'administrative', plannedHires: 2, plannedDepartures: 1 },
    { year: 2026, staffingType: 'administrative', plannedHires: 1, plannedDepartures: 2 },
  ],
  reasoning: '两名同志将于 2026 年退休，审批业务量年增 15%。',
};

describe('staffing plan', () => {
  it('accepts 3–5 consecutive years with one row per year and type', () => {
    expect(StaffingPlanSchema.parse(plan).rows).toHaveLength(2);
    expect(firstError(StaffingPlanSchema, { ...plan, years: 2 }).field).toBe('years');
    expect(firstError(StaffingPlanSchema, { ...plan, years: 6 }).field).toBe('years');
  });

  it('refuses a year outside the plan, a repeated row, negative figures and no reasoning', () => {
    const outside = firstError(StaffingPlanSchema, { ...plan, rows: [{ ...plan.rows[0], year: 2028 }] });
    expect(outside.field).toBe('rows.0.year');
    expect(outside.text.zh).toContain('年份应在 2025–2027 之间');
    const twice = firstError(StaffingPlanSchema, { ...plan, rows: [plan.rows[0], plan.rows[0]] });
    expect(twice.text.en).toContain('2025 Administrative quota is listed twice');
    expect(
      firstError(StaffingPlanSchema, { ...plan, rows: [{ ...plan.rows[0], plannedHires: -1 }] }).field,
    ).toBe('rows.0.plannedHires');
    expect(firstError(StaffingPlanSchema, { ...plan, reasoning: '需要' }).text.zh).toContain(
      '请说明用编计划的理由',
    );
  });
});

describe('self-assessment inputs', () => {
  it('autosaves parts with the version, refuses negative cases and returns without reason', () => {
    expect(SelfAssessmentSaveInputSchema.parse({ version: 2, reportFileId: null })).toEqual({
      version: 2,
      reportFileId: null,
    });
    const cases = firstError(SelfAssessmentSaveInputSchema, {
      version: 2,
      entries: [{ nodeId: uuid(1), score: { cases: -1 } }],
    });
    expect(cases.field).toBe('entries.0.score.cases');
    expect(firstError(SelfAssessmentReturnInputSchema, { version: 2, reason: '' }).text.en).toContain(
      'give the reason for the return',
    );
  });
});

describe('checking a self-assessment against the frozen set', () => {
  const { set, nodes } = publishedCommonSet();
  const leaves = frozenLeaves(freezeSet(set, nodes, sequentialIds('ffffffff')));
  const selfLeaves = leaves.filter((l) => l.sources.includes('self'));
  const complete = selfLeaves.map((l) => ({
    nodeId: l.id,
    score: l.rule?.kind === 'manual' ? { points: l.maxPoints } : { cases: 0, value: 0.1 },
    narrative: '按要求落实',
    evidenceFileIds: [uuid(50)],
  }));

  it('accepts a complete one', () => {
    expect(selfLeaves.map((l) => l.code)).toEqual(['1.1.2', '3.3.3', '5.3.1', '7.1', '7.2', '7.3']);
    const problems = checkSelfAssessment(leaves, {
      entries: complete,
      staffingPlan: StaffingPlanSchema.parse(plan),
      reportFileId: uuid(51),
    });
    expect(problems).toEqual([]);
    expect(canSubmitSelfAssessment(problems)).toBe(true);
  });

  it('lists missing scores, out-of-bound points, missing evidence, plan and report', () => {
    const manual = selfLeaves.find((l) => l.code === '5.3.1');
    const entries = complete
      .filter((e) => e.nodeId !== selfLeaves[0]?.id)
      .map((e) => (e.nodeId === manual?.id ? { ...e, score: { points: 99 }, evidenceFileIds: [] } : e));
    const problems = checkSelfAssessment(leaves, { entries, staffingPlan: null, reportFileId: null });
    expect(problems.map((p) => [p.code, p.nodeCode, p.severity])).toEqual([
      ['missing', '1.1.2', 'error'],
      ['outOfBounds', '5.3.1', 'error'],
      ['noEvidence', '5.3.1', 'warning'],
      ['noStaffingPlan', null, 'error'],
      ['noReport', null, 'error'],
    ]);
    expect(problems[1]?.message.zh).toContain('得分应在 0 到 3 分之间');
    expect(canSubmitSelfAssessment(problems)).toBe(false);
    expect(canSubmitSelfAssessment(problems.filter((p) => p.severity === 'warning'))).toBe(true);
  });
});
