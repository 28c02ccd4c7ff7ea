import { describe, expect, it } from 'vitest';
import { buildProgress, type ProgressInput, progressExportColumns, progressExportRows } from './progress.ts';
import { uuid } from './test-fixtures.ts';

const input: ProgressInput = {
  phases: [
    { phase: 'self', start: '2025-03-01', end: '2025-03-31' },
    { phase: 'onsite', start: '2025-04-01', end: '2025-04-30' },
    { phase: 'survey', start: '2025-04-01', end: '2025-04-30' },
  ],
  targets: [
    { unitId: uuid(1), unitName: '科技局', teamNo: 1 },
    { unitId: uuid(2), unitName: '外事办', teamNo: 1 },
    { unitId: uuid(3), unitName: '发改局', teamNo: 2 },
  ],
  states: [
    { unitId: uuid(1), phase: 'self', state: 'reviewed', submittedOn: '2025-04-02' },
    { unitId: uuid(2), phase: 'self', state: 'returned', submittedOn: '2025-03-20' },
    { unitId: uuid(3), phase: 'self', state: 'submitted', submittedOn: '2025-03-30' },
    { unitId: uuid(1), phase: 'onsite', state: 'inProgress', submittedOn: null },
  ],
  today: '2025-04-05',
};

describe('campaign progress', () => {
  const progress = buildProgress(input);

  it('gives each target’s state and lateness per phase', () => {
    const [first, second, third] = progress.targets;
    expect(first?.phases[0]).toEqual({
      phase: 'self',
      state: 'reviewed',
      dueDate: '2025-03-31',
      isDone: true,
      isOverdue: false,
      daysOverdue: 0,
      submittedLate: true,
      owedBy: [],
    });
    expect(second?.phases[0]).toMatchObject({
      state: 'returned',
      isOverdue: true,
      daysOverdue: 5,
      owedBy: ['unit'],
    });
    expect(third?.phases[0]).toMatchObject({
      state: 'submitted',
      isOverdue: true,
      owedBy: ['officer', 'admin'],
    });
    expect(first?.phases[1]).toMatchObject({ state: 'inProgress', isOverdue: false, owedBy: ['evaluator'] });
    expect(third?.phases[2]).toMatchObject({ state: 'notStarted', owedBy: ['officer', 'admin'] });
  });

  it('counts per phase and per team and lists the overdue items', () => {
    expect(progress.phases[0]).toEqual({
      phase: 'self',
      counts: { reviewed: 1, returned: 1, submitted: 1 },
      done: 1,
      overdue: 2,
    });
    expect(progress.teams.map((t) => [t.teamNo, t.targetCount, t.phases[0]?.overdue])).toEqual([
      [1, 2, 1],
      [2, 1, 1],
    ]);
    expect(progress.overdue.map((o) => [o.unitName, o.phase, o.daysOverdue])).toEqual([
      ['外事办', 'self', 5],
      ['发改局', 'self', 5],
    ]);
  });

  it('exports one flat row per target and phase', () => {
    const rows = progressExportRows(progress);
    expect(rows).toHaveLength(9);
    expect(rows[1]).toEqual({
      unitName: '科技局',
      team: '第 1 组',
      phase: '实地评估',
      state: '填报中',
      dueDate: '2025-04-30',
      overdueDays: 0,
      submittedLate: '否',
    });
    expect(progressExportRows(progress, 'en')[3]?.state).toBe('Returned');
    expect(progressExportColumns.map((c) => c.key)).toEqual(Object.keys(rows[0] ?? {}));
  });
});
