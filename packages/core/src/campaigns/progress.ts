import { z } from 'zod';
import type { Role } from '../auth/roles.ts';
import { daysBetween } from '../warnings/working-days.ts';
import type { PhaseWindow } from './phases.ts';
import {
  isPhaseDone,
  isPhaseEditable,
  phaseShapes,
  type TargetPhaseState,
  targetPhaseStates,
} from './target-phase.ts';
import { type CampaignPhase, campaignPhases } from './vocabulary.ts';

/**
 * The campaign dashboard: per target and phase its state and lateness against the phase's end
 * day and a given "today" (China Standard Time, decided by the caller), counts per team and per
 * phase, the overdue items with who owes them (the unit, the team, the rater, or the office when
 * a submission waits for review), and a flat row shape for the CSV/Excel export. A phase is late
 * the day after its end; calendar days are counted, as phase dates are.
 */

const PhaseSchema = z.enum(campaignPhases.codes);
const StateSchema = z.enum(targetPhaseStates.codes);

export const TargetPhaseProgressSchema = z.object({
  phase: PhaseSchema,
  state: StateSchema,
  dueDate: z.iso.date(),
  isDone: z.boolean(),
  isOverdue: z.boolean(),
  daysOverdue: z.number().int(),
  /** Submitted (last time) after the end day. */
  submittedLate: z.boolean(),
  /** Who must act next; empty when done. */
  owedBy: z.array(z.string()),
});
export type TargetPhaseProgress = z.infer<typeof TargetPhaseProgressSchema>;

export const TargetProgressSchema = z.object({
  unitId: z.uuid(),
  unitName: z.string(),
  teamNo: z.number().int().nullable(),
  phases: z.array(TargetPhaseProgressSchema),
});
export type TargetProgress = z.infer<typeof TargetProgressSchema>;

const StateCountsSchema = z.partialRecord(StateSchema, z.number().int());

export const PhaseCountsSchema = z.object({
  phase: PhaseSchema,
  counts: StateCountsSchema,
  done: z.number().int(),
  overdue: z.number().int(),
});
export type PhaseCounts = z.infer<typeof PhaseCountsSchema>;

export const CampaignProgressSchema = z
  .object({
    today: z.iso.date(),
    targets: z.array(TargetProgressSchema),
    phases: z.array(PhaseCountsSchema),
    teams: z.array(
      z.object({
        teamNo: z.number().int().nullable(),
        targetCount: z.number().int(),
        phases: z.array(PhaseCountsSchema),
      }),
    ),
    overdue: z.array(
      z.object({
        unitId: z.uuid(),
        unitName: z.string(),
        teamNo: z.number().int().nullable(),
        phase: PhaseSchema,
        dueDate: z.iso.date(),
        daysOverdue: z.number().int(),
        owedBy: z.array(z.string()),
      }),
    ),
  })
  .meta({ id: 'CampaignProgress' });
export type CampaignProgress = z.infer<typeof CampaignProgressSchema>;

export type ProgressInput = {
  phases: readonly PhaseWindow[];
  targets: readonly { unitId: string; unitName: string; teamNo: number | null }[];
  /** Stored states; a missing (target, phase) is not started. `submittedOn`: day of the last submit. */
  states: readonly {
    unitId: string;
    phase: CampaignPhase;
    state: TargetPhaseState;
    submittedOn: string | null;
  }[];
  today: string;
};

const office: Role[] = ['officer', 'admin'];

function owedBy(phase: CampaignPhase, state: TargetPhaseState): Role[] {
  if (isPhaseDone(phase, state)) return [];
  const shape = phaseShapes[phase];
  if (shape.shape === 'form' && isPhaseEditable(state)) return [...shape.fillers];
  return office;
}

function countPhases(phases: readonly PhaseWindow[], rows: readonly TargetProgress[]): PhaseCounts[] {
  return phases.map(({ phase }) => {
    const counts: Partial<Record<TargetPhaseState, number>> = {};
    let done = 0;
    let overdue = 0;
    for (const row of rows) {
      const p = row.phases.find((x) => x.phase === phase);
      if (!p) continue;
      counts[p.state] = (counts[p.state] ?? 0) + 1;
      if (p.isDone) done++;
      if (p.isOverdue) overdue++;
    }
    return { phase, counts, done, overdue };
  });
}

/** The dashboard of a campaign. */
export function buildProgress(input: ProgressInput): CampaignProgress {
  const stateOf = new Map(input.states.map((s) => [`${s.unitId}|${s.phase}`, s]));
  const targets: TargetProgress[] = input.targets.map((t) => ({
    ...t,
    phases: input.phases.map((w) => {
      const stored = stateOf.get(`${t.unitId}|${w.phase}`);
      const state = stored?.state ?? 'notStarted';
      const isDone = isPhaseDone(w.phase, state);
      const late = Math.max(0, daysBetween(w.end, input.today));
      return {
        phase: w.phase,
        state,
        dueDate: w.end,
        isDone,
        isOverdue: !isDone && late > 0,
        daysOverdue: isDone ? 0 : late,
        submittedLate: Boolean(stored?.submittedOn && stored.submittedOn > w.end),
        owedBy: owedBy(w.phase, state),
      };
    }),
  }));
  const teamNos = [...new Set(targets.map((t) => t.teamNo))].sort(
    (a, b) => (a ?? Infinity) - (b ?? Infinity),
  );
  return {
    today: input.today,
    targets,
    phases: countPhases(input.phases, targets),
    teams: teamNos.map((teamNo) => {
      const rows = targets.filter((t) => t.teamNo === teamNo);
      return { teamNo, targetCount: rows.length, phases: countPhases(input.phases, rows) };
    }),
    overdue: targets.flatMap((t) =>
      t.phases
        .filter((p) => p.isOverdue)
        .map((p) => ({
          unitId: t.unitId,
          unitName: t.unitName,
          teamNo: t.teamNo,
          phase: p.phase,
          dueDate: p.dueDate,
          daysOverdue: p.daysOverdue,
          owedBy: p.owedBy,
        })),
    ),
  };
}

/** One line of the progress export: one target in one phase. */
export type ProgressExportRow = {
  unitName: string;
  team: string;
  phase: string;
  state: string;
  dueDate: string;
  overdueDays: number;
  submittedLate: string;
};

/** Column headers of the export, in row order. */
export const progressExportColumns: { key: keyof ProgressExportRow; zh: string; en: string }[] = [
  { key: 'unitName', zh: '评估对象', en: 'Target' },
  { key: 'team', zh: '评估组', en: 'Team' },
  { key: 'phase', zh: '阶段', en: 'Phase' },
  { key: 'state', zh: '状态', en: 'State' },
  { key: 'dueDate', zh: '截止日期', en: 'Due date' },
  { key: 'overdueDays', zh: '逾期天数', en: 'Days overdue' },
  { key: 'submittedLate', zh: '逾期提交', en: 'Submitted late' },
];

/** Flat rows for CSV/Excel, labels in the chosen language. */
export function progressExportRows(
  progress: CampaignProgress,
  lang: 'zh' | 'en' = 'zh',
): ProgressExportRow[] {
  const yes = lang === 'zh' ? '是' : 'yes';
  const no = lang === 'zh' ? '否' : 'no';
  return progress.targets.flatMap((t) =>
    t.phases.map((p) => ({
      unitName: t.unitName,
      team: t.teamNo === null ? '' : lang === 'zh' ? `第 ${t.teamNo} 组` : `Team ${t.teamNo}`,
      phase: campaignPhases.labels[p.phase][lang],
      state: targetPhaseStates.labels[p.state][lang],
      dueDate: p.dueDate,
      overdueDays: p.daysOverdue,
      submittedLate: p.submittedLate ? yes : no,
    })),
  );
}
