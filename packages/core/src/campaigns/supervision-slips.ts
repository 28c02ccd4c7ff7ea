import { z } from 'zod';
import type { Role } from '../auth/roles.ts';
import { AppError, ErrorCode, forbidden } from '../errors.ts';
import type { ScoringRule } from '../indicators/rules/rule.schemas.ts';
import { vocabulary } from '../registry/vocabulary.ts';
import { FindingInputSchema, FindingSchema } from './finding.schemas.ts';
import { msg } from './messages.ts';
import { supervisionItems } from './vocabulary.ts';

/**
 * 督查确认单 (DOMAIN.md §8.8): between campaigns an evaluator records a daily inspection — date,
 * unit, items checked, findings — and sends it to the unit, which confirms it or disputes it with
 * a reason; an officer settles a dispute (upheld: it counts as confirmed; withdrawn: it does not).
 * A slip that counts is attached to the unit's next campaign as evidence and, for indicators
 * scored by deduction, as occurrences (`slipOccurrences`).
 */

export const slipStatuses = vocabulary({
  draft: { zh: '草稿', en: 'Draft' },
  sent: { zh: '待确认', en: 'Sent' },
  confirmed: { zh: '已确认', en: 'Confirmed' },
  disputed: { zh: '有异议', en: 'Disputed' },
  settled: { zh: '已裁定', en: 'Settled' },
});
export type SlipStatus = (typeof slipStatuses.codes)[number];

export const slipDecisions = vocabulary({
  upheld: { zh: '维持', en: 'Upheld' },
  withdrawn: { zh: '撤销', en: 'Withdrawn' },
});
export type SlipDecision = (typeof slipDecisions.codes)[number];

/** One item checked: what was found and, if the office maps it so, the indicator it counts against. */
export const SlipItemSchema = z.object({
  item: z.enum(supervisionItems.codes),
  /** 发现的事实; empty when nothing was wrong. */
  facts: z.string().trim().max(2000).default(''),
  /** 依据: the rule or document article. */
  basis: z.string().trim().max(500).default(''),
  /** Cases of a breach found under this item (0 = checked, nothing wrong). */
  cases: z.number().int().min(0).max(1000).default(0),
  /** The indicator code the cases count against, overriding the campaign's item map. */
  indicatorCode: z
    .string()
    .regex(/^\d+(\.\d+)*$/)
    .nullable()
    .default(null),
});
export type SlipItem = z.infer<typeof SlipItemSchema>;

export const SlipInputSchema = z.object({
  unitId: z.uuid(),
  inspectedOn: z.iso.date(),
  place: z.string().trim().max(200).default(''),
  inspectorIds: z.array(z.uuid()).min(1, msg('至少一名督查人员', 'at least one inspector')).max(10),
  items: z.array(SlipItemSchema).min(1, msg('至少填写一项督查事项', 'check at least one item')).max(30),
  findings: z.array(FindingInputSchema).max(30).default([]),
  /** 整改建议 */
  suggestion: z.string().trim().max(2000).default(''),
  attachmentFileIds: z.array(z.uuid()).max(20).default([]),
});
export type SlipInput = z.infer<typeof SlipInputSchema>;

export const SlipSchema = SlipInputSchema.extend({
  id: z.uuid(),
  /** 督查确认单编号, e.g. 2025-DC-014. */
  slipNo: z.string(),
  status: z.enum(slipStatuses.codes),
  findings: z.array(FindingSchema),
  /** The unit's comment on confirming, or its reason for disputing. */
  unitComment: z.string().nullable(),
  decision: z.enum(slipDecisions.codes).nullable(),
  decisionNote: z.string().nullable(),
  version: z.number().int(),
}).meta({ id: 'SupervisionSlip' });
export type Slip = z.infer<typeof SlipSchema>;

const version = z.number().int().min(1);
export const SlipUpdateInputSchema = SlipInputSchema.extend({ version });
export const SlipSendInputSchema = z.object({ version });
export const SlipConfirmInputSchema = z.object({ version, comment: z.string().trim().max(1000).default('') });
export const SlipDisputeInputSchema = z.object({
  version,
  comment: z.string().trim().min(2, msg('请写明异议理由', 'give the reason for the dispute')).max(1000),
});
export const SlipSettleInputSchema = z.object({
  version,
  decision: z.enum(slipDecisions.codes),
  note: z.string().trim().min(2, msg('请写明裁定理由', 'give the reason for the decision')).max(1000),
});

type SlipStep = { from: SlipStatus; to: SlipStatus; actors: readonly Role[] };

/** Every legal step of a slip and who takes it. */
export const slipSteps: readonly SlipStep[] = [
  { from: 'draft', to: 'sent', actors: ['evaluator', 'officer', 'admin'] },
  { from: 'sent', to: 'confirmed', actors: ['unit'] },
  { from: 'sent', to: 'disputed', actors: ['unit'] },
  { from: 'disputed', to: 'settled', actors: ['officer', 'admin'] },
];

/** The status after a step, or E_ILLEGAL_TRANSITION naming both, or E_FORBIDDEN. */
export function transitionSlip(from: SlipStatus, to: SlipStatus, role: Role): SlipStatus {
  const step = slipSteps.find((s) => s.from === from && s.to === to);
  if (!step) {
    const a = slipStatuses.labels[from];
    const b = slipStatuses.labels[to];
    throw new AppError(
      ErrorCode.IllegalTransition,
      {
        zh: `督查确认单不能从“${a.zh}”变为“${b.zh}”`,
        en: `A supervision slip cannot go from ${a.en} to ${b.en}`,
      },
      'status',
      { from, to },
    );
  }
  if (!step.actors.includes(role)) throw forbidden();
  return to;
}

/** Only a draft may be edited; once sent, the unit answers what it was sent. */
export const isSlipEditable = (status: SlipStatus) => status === 'draft';

/** A slip counts once confirmed, or settled with the finding upheld. */
export const slipCounts = (slip: Pick<Slip, 'status' | 'decision'>) =>
  slip.status === 'confirmed' || (slip.status === 'settled' && slip.decision === 'upheld');

/**
 * The slips a campaign takes as evidence: those of its targets that count, dated after the
 * unit's previous campaign was launched (`since`, exclusive; null when none) and up to this
 * campaign's launch (`until`, inclusive).
 */
export function slipsForCampaign<S extends Pick<Slip, 'unitId' | 'inspectedOn' | 'status' | 'decision'>>(
  slips: readonly S[],
  unitId: string,
  window: { since: string | null; until: string },
): S[] {
  return slips.filter(
    (s) =>
      s.unitId === unitId &&
      slipCounts(s) &&
      (window.since === null || s.inspectedOn > window.since) &&
      s.inspectedOn <= window.until,
  );
}

const deductionKinds = new Set<ScoringRule['kind']>(['deductPerCase', 'deductTiered']);

/** Whether an indicator's rule counts cases against it (a deduction). */
export const isDeductionRule = (rule: ScoringRule | null) =>
  rule !== null &&
  (deductionKinds.has(rule.kind) || (rule.kind === 'fallbackAverage' && deductionKinds.has(rule.base.kind)));

/** Occurrences found by slips for one indicator. */
export type SlipOccurrences = { nodeId: string; code: string; cases: number; slipIds: string[] };

/**
 * Cases per deduction indicator from counting slips: each slip item with cases counts against
 * its own `indicatorCode` or, failing that, the indicator `itemMap` names for its item. Items
 * mapped to an unknown code or to an indicator not scored by deduction are left out (they stay
 * evidence only).
 */
export function slipOccurrences(
  slips: readonly Pick<Slip, 'id' | 'items' | 'status' | 'decision'>[],
  nodes: readonly { id: string; code: string; rule: ScoringRule | null }[],
  itemMap: Partial<Record<SlipItem['item'], string>>,
): SlipOccurrences[] {
  const byCode = new Map(nodes.filter((n) => isDeductionRule(n.rule)).map((n) => [n.code, n]));
  const out = new Map<string, SlipOccurrences>();
  for (const slip of slips) {
    if (!slipCounts(slip)) continue;
    for (const item of slip.items) {
      const code = item.indicatorCode ?? itemMap[item.item];
      const node = code ? byCode.get(code) : undefined;
      if (!node || item.cases === 0) continue;
      const entry = out.get(node.code) ?? { nodeId: node.id, code: node.code, cases: 0, slipIds: [] };
      entry.cases += item.cases;
      if (!entry.slipIds.includes(slip.id)) entry.slipIds.push(slip.id);
      out.set(node.code, entry);
    }
  }
  return [...out.values()].sort(
    (a, b) => nodes.findIndex((n) => n.code === a.code) - nodes.findIndex((n) => n.code === b.code),
  );
}
