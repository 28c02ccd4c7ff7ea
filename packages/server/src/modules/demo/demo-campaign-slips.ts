import type { Finding } from '@bianping/core/campaigns/finding';
import type { FrozenSet } from '@bianping/core/campaigns/freeze';
import { frozenLeaves } from '@bianping/core/campaigns/freeze';
import { isDeductionRule, type SlipItem, type SlipStatus } from '@bianping/core/campaigns/supervision-slips';
import type { SupervisionItem } from '@bianping/core/campaigns/vocabulary';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { supervisionSlips } from '../../db/schema/index.ts';
import type { DemoActors } from './demo-campaign-plan.ts';
import type { Quality } from './demo-campaign-scores.ts';
import { onDay } from './demo-campaign-scores.ts';
import { addDays } from './demo-dates.ts';
import { streamFor } from './random.ts';

/**
 * 督查确认单 between the finished campaign's launch and the running one's, in the table's shape
 * (core `SlipItem[]` and `Finding[]` as jsonb): 15 slips across every state, numbered per year
 * (2025-DC-001 …). Items with cases name deduction indicators of the common reference set by
 * code, so the confirmed and upheld ones become occurrences in the 2026 campaign; the others stay
 * evidence. Three go to 县教体局, so the demo unit account has slips to read and one to answer.
 * Units answer on paper except the demo unit, so `answered_by` is null for the others.
 */

type Plan = { status: SlipStatus; decision?: 'upheld' | 'withdrawn' };

/** The states of the 15 slips, oldest first. */
const PLANS: Plan[] = [
  { status: 'confirmed' },
  { status: 'confirmed' },
  { status: 'settled', decision: 'upheld' },
  { status: 'confirmed' },
  { status: 'settled', decision: 'withdrawn' },
  { status: 'confirmed' },
  { status: 'disputed' },
  { status: 'settled', decision: 'upheld' },
  { status: 'confirmed' },
  { status: 'sent' },
  { status: 'disputed' },
  { status: 'sent' },
  { status: 'sent' },
  { status: 'draft' },
  { status: 'draft' },
];

const FACTS: Partial<Record<SupervisionItem, string>> = {
  overQuotaHiring: '在编制已满的情况下招录工作人员 1 名',
  overPostStaffing: '副科级领导职数超核定数配备',
  organisation: '内设机构名称与“三定”规定不一致',
  quota: '存在混编混岗、长期借调下属事业单位人员',
  functions: '职责调整后部分事项未落实到承办科室',
  approvalProcedure: '机构编制事项未按程序报批',
};

/** Writes the slips unless 2025-DC-001 is already there. Returns how many were written. */
export async function insertSupervisionSlips(
  tx: Db,
  opts: {
    seed: number;
    unitIds: readonly string[];
    quality: Quality;
    commonSet: FrozenSet | undefined;
    actors: DemoActors;
    from: string;
    until: string;
  },
): Promise<number> {
  const [taken] = await tx
    .select({ id: supervisionSlips.id })
    .from(supervisionSlips)
    .where(eq(supervisionSlips.slipNo, '2025-DC-001'));
  if (taken) return 0;
  const rnd = streamFor(opts.seed, 'campaign-slips');
  const { actors } = opts;
  const deductions = opts.commonSet
    ? frozenLeaves(opts.commonSet).filter((n) => isDeductionRule(n.rule))
    : [];
  // Weak units are inspected more often; the demo unit's department always gets three.
  const weak = [...opts.unitIds].sort((a, b) => (opts.quality.get(a) ?? 1) - (opts.quality.get(b) ?? 1));
  const targets = [...weak.slice(0, 12)];
  const demoUnit = actors.unitAccountUnitId;
  const span = Math.round((Date.parse(opts.until) - Date.parse(opts.from)) / 86_400_000);
  const perYear = new Map<string, number>();
  const inspectors = [actors.evaluator, actors.officer].filter((id): id is string => Boolean(id));
  const rows = PLANS.map((plan, i) => {
    const unitId =
      demoUnit && (i === 8 || i === 11 || i === 13) ? demoUnit : (targets[i % targets.length] as string);
    const inspectedOn = addDays(opts.from, Math.round(((i + 1) * span) / (PLANS.length + 1)));
    const year = inspectedOn.slice(0, 4);
    const n = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, n);
    const leaf = deductions[i % Math.max(1, deductions.length)];
    const mainItem = rnd.pick(Object.keys(FACTS) as SupervisionItem[]);
    const items: SlipItem[] = [
      {
        item: mainItem,
        facts: FACTS[mainItem] ?? '',
        basis: '《机构编制工作条例》第二十六条',
        cases: rnd.int(1, 3),
        indicatorCode: leaf?.code ?? null,
      },
      { item: 'policyExecution', facts: '', basis: '', cases: 0, indicatorCode: null },
    ];
    const findings: Finding[] = [
      {
        id: rnd.uuid(),
        category: 'quotaUse',
        severity: rnd.pick(['general', 'fairlySerious'] as const),
        description: FACTS[mainItem] ?? '机构编制管理不规范',
        evidenceFileIds: [],
        indicatorCode: leaf?.code ?? null,
      },
    ];
    const at = onDay(inspectedOn, rnd);
    const sent = plan.status !== 'draft';
    const answered = sent && plan.status !== 'sent';
    const isDemoUnit = unitId === demoUnit;
    return {
      slipNo: `${year}-DC-${String(n).padStart(3, '0')}`,
      unitId,
      inspectedOn,
      place: '被督查单位会议室',
      inspectorIds: inspectors,
      items,
      findings,
      suggestion: '请对照问题清单于 30 日内完成整改，并报送整改情况。',
      status: plan.status,
      unitComment: !answered
        ? null
        : plan.status === 'confirmed'
          ? '情况属实，已着手整改。'
          : '该人员系按上级文件借调，不属于违规情形，特提出异议。',
      decision: plan.decision ?? null,
      decisionNote: plan.decision
        ? plan.decision === 'upheld'
          ? '经核实，借调未履行审批手续，维持督查意见。'
          : '单位提供了批准文件，撤销该督查确认单。'
        : null,
      createdBy: actors.evaluator,
      sentAt: sent ? at : null,
      answeredBy: answered && isDemoUnit ? actors.unit : null,
      answeredAt: answered ? onDay(addDays(inspectedOn, 5), rnd) : null,
      settledBy: plan.decision ? actors.officer : null,
      settledAt: plan.decision ? onDay(addDays(inspectedOn, 15), rnd) : null,
      // every step (send, answer, settle) bumps the version
      version: 1 + (sent ? 1 : 0) + (answered ? 1 : 0) + (plan.decision ? 1 : 0),
      createdAt: at,
      updatedAt: at,
    };
  });
  await tx.insert(supervisionSlips).values(rows);
  return rows.length;
}
