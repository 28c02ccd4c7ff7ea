import { describe, expect, it } from 'vitest';
import { freezeSet } from './freeze.ts';
import {
  isSlipEditable,
  type Slip,
  SlipDisputeInputSchema,
  type SlipStatus,
  slipCounts,
  slipOccurrences,
  slipStatuses,
  slipsForCampaign,
  transitionSlip,
} from './supervision-slips.ts';
import { publishedCommonSet, refusal, sequentialIds, uuid } from './test-fixtures.ts';

const legal: [SlipStatus, SlipStatus, 'evaluator' | 'unit' | 'officer'][] = [
  ['draft', 'sent', 'evaluator'],
  ['sent', 'confirmed', 'unit'],
  ['sent', 'disputed', 'unit'],
  ['disputed', 'settled', 'officer'],
];
const pairs = slipStatuses.codes.flatMap((from) => slipStatuses.codes.map((to) => [from, to] as const));
const find = (from: SlipStatus, to: SlipStatus) => legal.find(([a, b]) => a === from && b === to);

type SlipLike = Pick<Slip, 'id' | 'unitId' | 'inspectedOn' | 'items' | 'status' | 'decision'>;
const slip = (n: number, extra: Partial<SlipLike>): SlipLike => ({
  id: uuid(n, 'dddddddd'),
  unitId: uuid(1),
  inspectedOn: '2025-06-01',
  items: [],
  status: 'confirmed',
  decision: null,
  ...extra,
});
const item = (code: Slip['items'][number]['item'], cases: number, indicatorCode: string | null = null) => ({
  item: code,
  facts: '',
  basis: '',
  cases,
  indicatorCode,
});

describe('supervision slip workflow', () => {
  it.each(pairs.filter(([a, b]) => find(a, b)))('%s → %s is legal', (from, to) => {
    const [, , role] = find(from, to) as (typeof legal)[number];
    expect(transitionSlip(from, to, role)).toBe(to);
  });

  it.each(pairs.filter(([a, b]) => !find(a, b)))('%s → %s is refused', (from, to) => {
    const error = refusal(() => transitionSlip(from, to, 'admin'));
    expect(error.code).toBe('E_ILLEGAL_TRANSITION');
    expect(error.text.zh).toBe(
      `督查确认单不能从“${slipStatuses.labels[from].zh}”变为“${slipStatuses.labels[to].zh}”`,
    );
  });

  it('lets only the unit answer and only the office settle', () => {
    expect(refusal(() => transitionSlip('sent', 'confirmed', 'evaluator')).code).toBe('E_FORBIDDEN');
    expect(refusal(() => transitionSlip('disputed', 'settled', 'unit')).code).toBe('E_FORBIDDEN');
    expect(SlipDisputeInputSchema.safeParse({ version: 1, comment: '' }).success).toBe(false);
    expect(slipStatuses.codes.filter(isSlipEditable)).toEqual(['draft']);
  });

  it('counts confirmed slips and upheld disputes only', () => {
    expect(slipCounts({ status: 'confirmed', decision: null })).toBe(true);
    expect(slipCounts({ status: 'settled', decision: 'upheld' })).toBe(true);
    expect(slipCounts({ status: 'settled', decision: 'withdrawn' })).toBe(false);
    expect(slipCounts({ status: 'disputed', decision: null })).toBe(false);
    expect(slipCounts({ status: 'sent', decision: null })).toBe(false);
  });
});

describe('slips in the next campaign', () => {
  it('attaches the unit’s counting slips since its previous campaign', () => {
    const slips = [
      slip(1, {}),
      slip(2, { inspectedOn: '2024-12-01' }),
      slip(3, { unitId: uuid(2) }),
      slip(4, { status: 'sent' }),
      slip(5, { inspectedOn: '2026-01-05' }),
    ];
    const attached = slipsForCampaign(slips, uuid(1), { since: '2025-01-01', until: '2025-12-31' });
    expect(attached.map((s) => s.id)).toEqual([uuid(1, 'dddddddd')]);
    expect(slipsForCampaign(slips, uuid(1), { since: null, until: '2025-12-31' })).toHaveLength(2);
  });

  it('turns slip items into occurrences of deduction indicators only', () => {
    const { set, nodes } = publishedCommonSet();
    const frozen = freezeSet(set, nodes, sequentialIds('ffffffff'));
    const deduct = frozen.nodes.find((n) => n.code === '2.1.2');
    const slips = [
      slip(1, { items: [item('overQuotaHiring', 2), item('leaderPosts', 1, '2.1.2')] }),
      slip(2, { items: [item('overQuotaHiring', 1), item('statistics', 0)] }),
      slip(3, { items: [item('overQuotaHiring', 5)], status: 'settled', decision: 'withdrawn' }),
      slip(4, { items: [item('functions', 3)] }),
    ];
    const occurrences = slipOccurrences(slips, frozen.nodes, {
      overQuotaHiring: '2.1.1',
      statistics: '5.4.1',
      functions: '1.1.1',
    });
    expect(occurrences).toEqual([
      {
        nodeId: frozen.nodes.find((n) => n.code === '2.1.1')?.id,
        code: '2.1.1',
        cases: 3,
        slipIds: [uuid(1, 'dddddddd'), uuid(2, 'dddddddd')],
      },
      { nodeId: deduct?.id, code: '2.1.2', cases: 1, slipIds: [uuid(1, 'dddddddd')] },
    ]);
  });
});
