import { historyEventTypes } from '@bianping/core/registry';
import { describe, expect, it } from 'vitest';
import { generateDemoData } from './demo-data.ts';
import { HISTORY_PLAN } from './demo-plan.ts';

const demo = generateDemoData(20261125);
const byShort = new Map(demo.units.map((u) => [u.shortName, u]));
const inWindow = (date: string) => date >= '2021-01-01' && date <= '2025-12-31';

describe('demo quota ledger and 沿革', () => {
  it('sums, per unit and staffing type, to the current quota', () => {
    const sums = new Map<string, number>();
    for (const row of demo.ledger)
      sums.set(
        `${row.unitId}|${row.staffingType}`,
        (sums.get(`${row.unitId}|${row.staffingType}`) ?? 0) + row.delta,
      );
    const expected = new Map<string, number>(
      demo.units.flatMap((u) => u.quotas.map((q) => [`${u.id}|${q.staffingType}`, q.amount] as const)),
    );
    for (const [key, amount] of expected) expect(sums.get(key) ?? 0, key).toBe(amount);
    for (const key of sums.keys()) expect(expected.has(key), key).toBe(true);
    expect(demo.ledger.every((r) => r.delta !== 0 && r.docNo)).toBe(true);
  });

  it('records each change of 2021–2025 both as a ledger row and as an event with the same delta', () => {
    const events = demo.history;
    expect(events.length).toBeGreaterThan(40);
    expect(events.every((e) => inWindow(e.eventDate) && e.docNo && e.description)).toBe(true);
    const ledgerKey = (unitId: string, date: string, docNo: string) => `${unitId}|${date}|${docNo}`;
    const fromLedger = new Map<string, Record<string, number>>();
    for (const row of demo.ledger.filter((r) => inWindow(r.effectiveOn))) {
      const key = ledgerKey(row.unitId, row.effectiveOn, row.docNo);
      const delta = fromLedger.get(key) ?? {};
      delta[row.staffingType] = (delta[row.staffingType] ?? 0) + row.delta;
      fromLedger.set(key, delta);
    }
    const fromEvents = new Map<string, Record<string, number>>();
    for (const event of events.filter((e) => e.quotaDelta)) {
      const key = ledgerKey(event.unitId, event.eventDate, event.docNo);
      const delta = fromEvents.get(key) ?? {};
      for (const [type, n] of Object.entries(event.quotaDelta ?? {}))
        delta[type] = (delta[type] ?? 0) + (n ?? 0);
      fromEvents.set(key, delta);
    }
    expect(fromEvents).toEqual(fromLedger);
    const total = (map: Map<string, Record<string, number>>) =>
      [...map.values()].flatMap((d) => Object.values(d)).reduce((s, n) => s + n, 0);
    expect(total(fromEvents)).toBe(total(fromLedger));
  });

  it('uses the registry’s event types and covers the kinds of change the office records', () => {
    const types = new Set(demo.history.map((e) => e.type));
    for (const type of types) expect(historyEventTypes.codes).toContain(type);
    for (const type of [
      'established',
      'renamed',
      'merged',
      'abolished',
      'plateAdded',
      'dutiesIn',
      'dutiesOut',
      'quotaIncreased',
      'quotaDecreased',
      'quotaTransferred',
    ])
      expect(types, type).toContain(type);
    const acts = new Map<string, string>();
    for (const e of demo.history) {
      const seen = acts.get(e.docNo);
      if (seen) expect(seen, e.docNo).toBe(e.eventDate);
      acts.set(e.docNo, e.eventDate);
    }
  });

  it('ends merged and abolished units with no quota and nobody on the books', () => {
    for (const { unit: name, into, on } of HISTORY_PLAN.merged) {
      const unit = byShort.get(name);
      expect(unit?.status).toBe('merged');
      expect(unit?.endedOn).toBe(on);
      expect(demo.staff.filter((s) => s.unitId === unit?.id)).toEqual([]);
      expect(
        demo.history.some(
          (e) => e.unitId === byShort.get(into)?.id && e.type === 'merged' && e.eventDate === on,
        ),
      ).toBe(true);
    }
    for (const { unit: name, on } of HISTORY_PLAN.abolished) {
      const unit = byShort.get(name);
      expect([unit?.status, unit?.endedOn]).toEqual(['abolished', on]);
      expect(unit?.quotas.every((q) => q.amount === 0)).toBe(true);
      expect(demo.staff.some((s) => s.unitId === unit?.id)).toBe(false);
    }
    for (const { unit: name, on } of HISTORY_PLAN.established) {
      const unit = byShort.get(name);
      expect(unit?.foundedOn).toBe(on);
      expect(demo.staff.filter((s) => s.unitId === unit?.id).every((s) => s.entryDate >= on)).toBe(true);
    }
  });

  it('gives organs 3 to 8 numbered duties and moves transferred duties to both sides', () => {
    const organs = demo.units.filter((u) => ['administrative', 'party', 'massOrganization'].includes(u.kind));
    for (const organ of organs) {
      const duties = demo.duties.filter((d) => d.unitId === organ.id);
      expect(duties.length, organ.name).toBeGreaterThanOrEqual(3);
      expect(duties.length, organ.name).toBeLessThanOrEqual(8);
      expect(duties.map((d) => d.seq)).toEqual(duties.map((_, i) => i + 1));
    }
    const outs = demo.history.filter((e) => e.type === 'dutiesOut');
    for (const out of outs) {
      const moved = demo.duties.filter((d) => d.unitId === out.unitId && d.docNo === out.docNo);
      expect(moved.length, out.description).toBe(1);
      expect(moved[0]?.status).not.toBe('active');
    }
  });
});

describe('demo workload and peers', () => {
  it('reports five years of category measures and budget for each active unit', () => {
    const active = demo.units.filter((u) => u.status === 'active' && u.quotas.some((q) => q.amount > 0));
    const withBudget = new Set(
      demo.workloads.filter((w) => w.measure === 'budget' && w.year === 2025).map((w) => w.unitId),
    );
    const zombies = active.filter((u) => !withBudget.has(u.id)).map((u) => u.shortName);
    expect(zombies.length).toBeLessThanOrEqual(3);
    const years = new Set(demo.workloads.map((w) => w.year));
    expect([...years].sort()).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(demo.workloads.every((w) => Number.isFinite(w.value) && w.value >= 0)).toBe(true);
    for (const measure of ['办件量', '案件数', '服务人次', '检查户次', '在校生数', '门诊人次'])
      expect(
        demo.workloads.some((w) => w.measure === measure),
        measure,
      ).toBe(true);
  });

  it('has one measure per category that more units report than any other (what peers are compared by)', () => {
    const categoryOf = new Map(demo.units.map((u) => [u.id, u.category]));
    const votes = new Map<string, Map<string, number>>();
    for (const w of demo.workloads.filter((r) => r.measure !== 'budget' && r.year >= 2024)) {
      const category = categoryOf.get(w.unitId) ?? '';
      const tally = votes.get(category) ?? new Map<string, number>();
      tally.set(w.measure, (tally.get(w.measure) ?? 0) + 1);
      votes.set(category, tally);
    }
    for (const [category, tally] of votes) {
      const counts = [...tally.values()].sort((a, b) => b - a);
      expect(counts.length === 1 || (counts[0] ?? 0) > (counts[1] ?? 0), category).toBe(true);
    }
  });

  it('benchmarks three neighbouring counties over five years in the same measures', () => {
    expect(new Set(demo.peers.map((p) => p.regionName))).toEqual(new Set(['东湖县', '西山县', '南河县']));
    expect(demo.peers).toHaveLength(3 * 20 * 5);
    const keys = new Set(demo.peers.map((p) => `${p.regionName}|${p.name}|${p.year}`));
    expect(keys.size).toBe(demo.peers.length);
    const hospital = demo.peers.find((p) => p.name === '西山县人民医院' && p.year === 2025);
    expect(Object.keys(hospital?.workload ?? {}).sort()).toEqual(['budget', '出院人次', '门诊人次']);
    expect(demo.peers.every((p) => p.headcount <= p.quota && p.headcount > 0)).toBe(true);
  });
});
