import { validateCreditCode } from '@bianping/core/registry/credit-code';
import { defaultWarningSettings as settings } from '@bianping/core/warnings/settings';
import { daysBetween, workingDaysBetween } from '@bianping/core/warnings/working-days';
import { describe, expect, it } from 'vitest';
import { generateDemoCounty } from './demo-county.ts';
import { generateDemoData } from './demo-data.ts';
import { DEMO_PLAN } from './demo-plan.ts';
import { workloadPerHead } from './demo-workload.ts';

/**
 * Each warning of DOMAIN.md §4 (W01–W13) as a fact about the generated data, checked the way the
 * rule states it, so the demo shows every warning exactly where the plan put it.
 */
const SEED = 20261125;
const demo = generateDemoData(SEED);
const active = demo.units.filter((u) => u.status === 'active');
const idOf = (shortName: string) => {
  const unit = demo.units.find((u) => u.shortName === shortName);
  if (!unit) throw new Error(shortName);
  return unit.id;
};
const ids = (names: readonly string[]) => new Set(names.map(idOf));
const sorted = (values: Iterable<string>) => [...new Set(values)].sort();
const nameOf = (id: string) => demo.units.find((u) => u.id === id)?.shortName;

const quota = new Map<string, number>();
for (const row of demo.ledger)
  quota.set(
    `${row.unitId}|${row.staffingType}`,
    (quota.get(`${row.unitId}|${row.staffingType}`) ?? 0) + row.delta,
  );
const quotaTotal = (unitId: string) =>
  demo.ledger.filter((r) => r.unitId === unitId).reduce((s, r) => s + r.delta, 0);
const heads = (unitId: string) => demo.staff.filter((s) => s.unitId === unitId).length;

describe('planted warnings, as facts of the demo data', () => {
  it('W01 超编: the county generator’s over-quota units, plus the W05 units (a type without quota)', () => {
    const over = demo.headcounts
      .filter((h) => h.count > (quota.get(`${h.unitId}|${h.staffingType}`) ?? 0))
      .map((h) => h.unitId);
    const county = generateDemoCounty(SEED);
    const generated = county
      .filter(
        (u) => u.headcount.reduce((s, h) => s + h.count, 0) > u.quotas.reduce((s, q) => s + q.amount, 0),
      )
      .map((u) => u.id);
    expect(sorted(over).map(nameOf)).toEqual(
      sorted([...generated, ...ids(DEMO_PLAN.mixedQuota.map((m) => m.unit))]).map(nameOf),
    );
    expect(generated.length).toBeGreaterThanOrEqual(3);
  });

  it('W02 超编进人: exactly one entry took a type over its quota, without approval, in the planned unit', () => {
    const entries = demo.movements.filter((m) => m.kind === 'entry');
    const hits = entries.filter(
      (m) => (m.headcountAfterEntry ?? 0) > (m.approvedAtEntry ?? 0) || !m.hadApproval,
    );
    expect(hits.map((m) => nameOf(m.unitId))).toEqual([DEMO_PLAN.hiringOverQuota.unit]);
    const hit = hits[0];
    expect(hit?.headcountAfterEntry).toBe((hit?.approvedAtEntry ?? 0) + 1);
    for (const entry of entries) {
      const atEntry = demo.ledger
        .filter(
          (r) =>
            r.unitId === entry.unitId &&
            r.staffingType === entry.staffingType &&
            r.effectiveOn <= entry.eventDate,
        )
        .reduce((s, r) => s + r.delta, 0);
      expect(entry.approvedAtEntry).toBe(atEntry);
    }
  });

  it('W03 超职数: leaders beyond approved posts only in the planned units', () => {
    const over = demo.posts.filter((p) => p.actual > p.approved).map((p) => p.unitId);
    for (const unit of active) {
      const bodyHeads = demo.posts.find((p) => p.unitId === unit.id && p.level === 'bodyHead')?.actual ?? 0;
      if (bodyHeads > (unit.internalBodiesApproved ?? 0)) over.push(unit.id);
    }
    expect(sorted(over)).toEqual(sorted(ids([...DEMO_PLAN.extraDeputies, ...DEMO_PLAN.extraBodyDeputies])));
  });

  it('W04 超规格: one leader ranked above the unit without approval; the approved one is marked', () => {
    const order = settings.rankOrder;
    const rankOf = new Map(demo.units.map((u) => [u.id, u.rank]));
    const bodyRank = new Map(demo.bodies.map((b) => [b.id, b.rank]));
    const above = demo.staff.filter((s) => {
      if (!s.leaderLevel || !s.leaderRank || !order.includes(s.leaderRank)) return false;
      const capRank = s.leaderLevel.startsWith('body')
        ? (bodyRank.get(s.internalBodyId ?? '') ?? rankOf.get(s.unitId))
        : rankOf.get(s.unitId);
      const cap = order.indexOf(capRank ?? 'unranked');
      return cap >= 0 && order.indexOf(s.leaderRank) < cap;
    });
    expect(above.filter((s) => !s.overRankApproved).map((s) => [nameOf(s.unitId), s.leaderLevel])).toEqual([
      [DEMO_PLAN.overRank, 'unitHead'],
    ]);
    expect(above.filter((s) => s.overRankApproved).map((s) => nameOf(s.unitId))).toEqual([
      DEMO_PLAN.approvedOverRank,
    ]);
  });

  it('W05 混编混岗: the planted wrong staffing types and the secondments longer than 180 days', () => {
    // 事业编制 in a party or government organ; 行政/政法编制 in a 公益 or business-type institution.
    // (参公 units hold 事业编制 by design, so they are in neither list.)
    const noInstitutional = ['administrative', 'party'];
    const noAdministrative = ['publicWelfare1', 'publicWelfare2', 'businessLike'];
    const kindOf = new Map(demo.units.map((u) => [u.id, u.kind]));
    const mixed = demo.staff.filter((s) => {
      const kind = kindOf.get(s.unitId) ?? 'administrative';
      if (s.staffingType === 'institutional') return noInstitutional.includes(kind);
      if (s.staffingType === 'administrative' || s.staffingType === 'politicalLegal')
        return noAdministrative.includes(kind);
      return false;
    });
    expect(mixed.map((s) => [nameOf(s.unitId), s.staffingType]).sort()).toEqual(
      DEMO_PLAN.mixedQuota.map((m) => [m.unit, m.staffingType]).sort(),
    );
    const seconded = demo.staff.filter((s) => s.workUnitId && s.workUnitId !== s.unitId);
    expect(seconded.every((s) => s.secondedSince !== null)).toBe(true);
    const long = seconded.filter(
      (s) => daysBetween(s.secondedSince ?? demo.today, demo.today) > settings.secondmentDays,
    );
    expect(long.map((s) => nameOf(s.unitId)).sort()).toEqual(
      DEMO_PLAN.secondments
        .slice(0, 2)
        .map((s) => s.from)
        .sort(),
    );
    expect(seconded).toHaveLength(DEMO_PLAN.secondments.length);
  });

  it('W06 空编率高: the idle and near-empty units have been 20 % or more vacant for over 12 months', () => {
    const months = new Map<string, { quota: number; headcount: number }[]>();
    for (const s of demo.snapshots) months.set(s.unitId, [...(months.get(s.unitId) ?? []), s]);
    const streak = (unitId: string) => {
      let n = 0;
      for (const m of [...(months.get(unitId) ?? [])].reverse()) {
        if (m.quota <= 0 || (m.quota - m.headcount) / m.quota < settings.vacancyRateThreshold) break;
        n++;
      }
      return n;
    };
    const warned = active.filter((u) => streak(u.id) >= settings.vacancyMonths).map((u) => u.id);
    const idle = generateDemoCounty(SEED)
      .filter(
        (u) =>
          u.headcount.reduce((s, h) => s + h.count, 0) < 0.7 * u.quotas.reduce((s, q) => s + q.amount, 0),
      )
      .map((u) => u.id)
      .filter((id) => active.some((u) => u.id === id));
    const zombies = [DEMO_PLAN.zombieNoStaff, DEMO_PLAN.zombieIdle, DEMO_PLAN.zombieDutiesGone].map(idOf);
    expect(idle.length).toBeGreaterThanOrEqual(8);
    expect(warned).toEqual(expect.arrayContaining([...idle, ...zombies]));
    const vacantNow = (id: string) =>
      (quotaTotal(id) - heads(id)) / quotaTotal(id) >= settings.vacancyRateThreshold;
    expect(warned.filter((id) => !vacantNow(id))).toEqual([]);
    for (const unit of active) {
      const latest = months.get(unit.id)?.at(-1);
      expect(latest, unit.name).toEqual({
        unitId: unit.id,
        month: demo.today.slice(0, 7),
        quota: quotaTotal(unit.id),
        headcount: heads(unit.id),
      });
    }
  });

  it('W07 编制使用率低: low use and workload per head below the peer median only in the planned units', () => {
    const perHead = workloadPerHead(demo.units, demo.workloads);
    const groups = new Map<string, number[]>();
    for (const { group, value } of perHead.values()) groups.set(group, [...(groups.get(group) ?? []), value]);
    const medianOf = (group: string) => {
      const values = [...(groups.get(group) ?? [])].sort((a, b) => a - b);
      const mid = Math.floor(values.length / 2);
      return values.length % 2 ? (values[mid] ?? 0) : ((values[mid - 1] ?? 0) + (values[mid] ?? 0)) / 2;
    };
    const low = active.filter((u) => {
      const w = perHead.get(u.id);
      return w && heads(u.id) / quotaTotal(u.id) < settings.lowUseRate && w.value < medianOf(w.group);
    });
    expect(low.map((u) => u.shortName).sort()).toEqual([...DEMO_PLAN.lowWorkload].sort());
    const starved = active.filter((u) => {
      const w = perHead.get(u.id);
      return (
        w &&
        settings.publicInstitutionKinds.includes(u.kind) &&
        w.value < settings.zombieWorkloadRatio * medianOf(w.group)
      );
    });
    expect(starved).toEqual([]);
  });

  it('W08 僵尸事业单位: the empty one, the idle ones without recent workload, the one whose duties are all gone', () => {
    const institutions = active.filter((u) => settings.publicInstitutionKinds.includes(u.kind));
    const recent = new Set(
      demo.workloads.filter((w) => w.measure !== 'budget' && w.year >= 2025).map((w) => w.unitId),
    );
    expect(institutions.filter((u) => heads(u.id) === 0).map((u) => u.shortName)).toEqual([
      DEMO_PLAN.zombieNoStaff,
    ]);
    expect(
      institutions
        .filter((u) => heads(u.id) > 0 && heads(u.id) <= settings.zombieMaxHeadcount && !recent.has(u.id))
        .map((u) => u.shortName)
        .sort(),
    ).toEqual([DEMO_PLAN.zombieIdle, DEMO_PLAN.zombieDutiesGone].sort());
    const gone = institutions.filter((u) => {
      const duties = demo.duties.filter((d) => d.unitId === u.id);
      return duties.length > 0 && duties.every((d) => d.status !== 'active');
    });
    expect(gone.map((u) => u.shortName)).toEqual([DEMO_PLAN.zombieDutiesGone]);
    expect(institutions.filter((u) => !u.creditCode)).toEqual([]);
  });

  it('W09 内设机构: more bodies than approved, or one outside the 三定, only in the planned units', () => {
    const hits = active.filter((u) => {
      const bodies = demo.bodies.filter((b) => b.unitId === u.id && b.active);
      return bodies.length > (u.internalBodiesApproved ?? 0) || bodies.some((b) => !b.inMandate);
    });
    expect(hits.map((u) => u.shortName).sort()).toEqual(DEMO_PLAN.extraBodies.map((b) => b.unit).sort());
  });

  it('W10 出编逾期: only the planned exits are unprocessed after 15 working days, their people still on the books', () => {
    const exits = demo.movements.filter((m) => m.kind === 'exitEvent');
    const overdue = exits.filter(
      (m) => !m.processedOn && workingDaysBetween(m.eventDate, demo.today) > settings.exitDeadlineWorkingDays,
    );
    expect(overdue.map((m) => nameOf(m.unitId)).sort()).toEqual(
      DEMO_PLAN.lateExits.map((e) => e.unit).sort(),
    );
    const staffIds = new Set(demo.staff.map((s) => s.id));
    for (const m of exits.filter((e) => !e.processedOn))
      expect(staffIds.has(m.staffMemberId ?? '')).toBe(true);
    for (const m of exits.filter((e) => e.processedOn)) expect(m.staffMemberId).toBeNull();
    const onTime = exits.filter((m) => m.processedOn && workingDaysBetween(m.eventDate, m.processedOn) <= 15);
    expect(onTime.length / exits.length).toBeGreaterThan(0.9);
    expect(new Set(exits.map((m) => m.reason))).toEqual(
      new Set(['retirement', 'transferOut', 'resignation']),
    );
  });

  it('W11 入编逾期: only the planned approvals wait more than 30 working days; the others led to an entry', () => {
    const approvals = demo.movements.filter((m) => m.kind === 'hireApproval');
    const overdue = approvals.filter(
      (m) =>
        !m.processedOn && workingDaysBetween(m.eventDate, demo.today) > settings.entryDeadlineWorkingDays,
    );
    expect(overdue.map((m) => nameOf(m.unitId)).sort()).toEqual(
      DEMO_PLAN.lateEntries.map((e) => e.unit).sort(),
    );
    const entries = new Map(demo.movements.filter((m) => m.kind === 'entry').map((m) => [m.approvalNo, m]));
    for (const approval of approvals.filter((m) => m.processedOn)) {
      const entry = entries.get(approval.approvalNo);
      expect(entry?.eventDate).toBe(approval.processedOn);
      expect(workingDaysBetween(approval.eventDate, approval.processedOn ?? '')).toBeLessThanOrEqual(30);
      expect(demo.staff.find((s) => s.id === entry?.staffMemberId)?.entryDate).toBe(entry?.eventDate);
    }
  });

  it('W12 编外超控制数: only the planned units employ more non-quota people than their cap', () => {
    const over = demo.units.filter(
      (u) => u.nonQuotaCap !== null && (u.nonQuotaHeadcount ?? 0) > u.nonQuotaCap,
    );
    expect(over.map((u) => u.shortName).sort()).toEqual([...DEMO_PLAN.nonQuotaOverCap].sort());
    expect(demo.units.filter((u) => u.nonQuotaCap !== null).length).toBeGreaterThan(200);
  });

  it('W13 数据质量: the credit codes are valid (the staff cases are in demo-staff.test.ts)', () => {
    expect(demo.units.filter((u) => validateCreditCode(u.creditCode) !== null)).toEqual([]);
  });
});
