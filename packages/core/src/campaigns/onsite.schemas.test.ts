import { describe, expect, it } from 'vitest';
import {
  DocumentChecklistConfigSchema,
  defaultDocumentChecklistConfig,
  defaultInterviewOutlinesConfig,
  InterviewOutlinesConfigSchema,
  InterviewRecordInputSchema,
  OnsiteEntrySaveInputSchema,
  unknownQuestionIds,
} from './onsite.schemas.ts';
import { firstError } from './test-fixtures.ts';

describe('on-site review', () => {
  it('starts from the four outlines and the seed’s checklist', () => {
    const outlines = InterviewOutlinesConfigSchema.parse(defaultInterviewOutlinesConfig());
    expect(outlines.map((o) => o.outline)).toEqual([
      'principal',
      'leadershipMember',
      'institutionHead',
      'sectionStaff',
    ]);
    const checklist = DocumentChecklistConfigSchema.parse(defaultDocumentChecklistConfig());
    expect(checklist.slice(0, 6).map((d) => d.label.zh)).toEqual([
      '财务报表',
      '工资报表',
      '检查核验单',
      '出编单',
      '入编单',
      '年检登记',
    ]);
  });

  it('refuses repeated outlines, question ids and checklist ids', () => {
    const outlines = defaultInterviewOutlinesConfig();
    expect(firstError(InterviewOutlinesConfigSchema, [outlines[0], outlines[0]]).field).toBe('1.outline');
    const first = outlines[0] as (typeof outlines)[number];
    const repeated = [{ ...first, questions: [first.questions[0], first.questions[0]] }];
    expect(firstError(InterviewOutlinesConfigSchema, repeated).text.zh).toContain('问题编号 P1 重复');
    const checklist = defaultDocumentChecklistConfig();
    expect(firstError(DocumentChecklistConfigSchema, [checklist[0], checklist[0]]).text.en).toContain(
      'twice',
    );
  });

  it('records interviews against the outline’s questions', () => {
    const record = InterviewRecordInputSchema.parse({
      outline: 'principal',
      intervieweeRole: '局长',
      heldOn: '2025-04-10',
      answeredQuestionIds: ['P1', 'P3', 'X9'],
    });
    expect(unknownQuestionIds(record, defaultInterviewOutlinesConfig())).toEqual(['X9']);
  });

  it('saves a score with inline findings', () => {
    const saved = OnsiteEntrySaveInputSchema.parse({
      version: 0,
      score: { cases: 2 },
      justification: '抽查发现两例超职数配备',
      findings: [{ category: 'leaderPosts', severity: 'general', description: '副科级超职数 2 名' }],
    });
    expect(saved.findings[0]).toEqual({
      category: 'leaderPosts',
      severity: 'general',
      description: '副科级超职数 2 名',
      evidenceFileIds: [],
      indicatorCode: null,
    });
    const bad = firstError(OnsiteEntrySaveInputSchema, {
      version: 0,
      score: {},
      findings: [{ category: 'leaderPosts', severity: 'huge', description: '问题' }],
    });
    expect(bad.field).toBe('findings.0.severity');
  });
});
