import type { StaffingType } from '@bianping/core/registry/vocabulary';
import type { ExitReason } from '@bianping/core/warnings';
import type { DemoUnit } from './demo-county.ts';
import { addDays, addWorkingDays, type IsoDate, randomDate } from './demo-dates.ts';
import { DEMO_PLAN, planned, type UnitsByShortName } from './demo-plan.ts';
import type { Random } from './random.ts';

/** Movements are drawn for the demo year, from its first working week to the demo date. */
export const MOVEMENTS_FROM: IsoDate = '2026-01-05';

export type PlannedEntry = {
  staffingType: StaffingType;
  entryDate: IsoDate;
  /** The 用编核准 it used; null for the W02 entry, which had none. */
  approvalIssuedOn: IsoDate | null;
  approvalNo: string | null;
  docNo: string;
  approvedAtEntry: number;
  headcountAfterEntry: number;
};

/** A leaving event; `processedOn` null means the person is still on the books. */
export type PlannedExit = {
  staffingType: StaffingType;
  reason: ExitReason;
  eventDate: IsoDate;
  processedOn: IsoDate | null;
  docNo: string | null;
};

export type OpenApproval = { staffingType: StaffingType; issuedOn: IsoDate; approvalNo: string };

export type UnitMovements = {
  entries: PlannedEntry[];
  exits: PlannedExit[];
  openApprovals: OpenApproval[];
  /** In-quota people per staffing type on the first day of the demo year. */
  startHeadcount: Map<StaffingType, number>;
};

const EXIT_RATE = 0.035;
const REASONS: readonly (readonly [ExitReason, number])[] = [
  ['retirement', 50],
  ['transferOut', 35],
  ['resignation', 15],
];

/**
 * The year's 出编, 用编核准 and 入编 of each active unit, consistent with its headcount: leavers
 * were on the books until their 出编, entrants are among today's staff, and no entry ever takes
 * a type over its quota — except the one planted W02 entry. Most exits are processed within 15
 * working days and most approvals are used within 30; the W10 and W11 units carry the exceptions.
 */
export function planMovements(units: DemoUnit[], byShort: UnitsByShortName, rnd: Random, today: IsoDate) {
  const plans = new Map<string, UnitMovements>();
  const quiet = new Set(
    [
      DEMO_PLAN.zombieNoStaff,
      DEMO_PLAN.zombieIdle,
      DEMO_PLAN.zombieDutiesGone,
      DEMO_PLAN.hiringOverQuota.unit,
    ].map((name) => planned(byShort, name).id),
  );
  for (const unit of units) {
    const plan: UnitMovements = { entries: [], exits: [], openApprovals: [], startHeadcount: new Map() };
    plans.set(unit.id, plan);
    for (const row of unit.headcount) {
      plan.startHeadcount.set(row.staffingType, row.count);
      if (unit.status !== 'active' || quiet.has(unit.id) || row.count === 0) continue;
      drawTypeMovements(unit, row.staffingType, row.count, plan, rnd, today);
    }
  }
  addPlannedCases(byShort, plans, today);
  numberDocuments(plans);
  for (const unit of units) simulateHeadcount(unit, plans.get(unit.id) as UnitMovements);
  return plans;
}

function drawTypeMovements(
  unit: DemoUnit,
  type: StaffingType,
  count: number,
  plan: UnitMovements,
  rnd: Random,
  today: IsoDate,
) {
  const quota = unit.quotas.find((q) => q.staffingType === type)?.amount ?? 0;
  // Over quota (W01, W05): nobody may enter, and nobody left this year either, so the cut that
  // put the unit over quota (沿革) still finds it within its old quota.
  if (count > quota) return;
  const exits: PlannedExit[] = [];
  for (let i = 0; i < count; i++) {
    if (!rnd.chance(EXIT_RATE)) continue;
    const eventDate = randomDate(rnd, MOVEMENTS_FROM, addDays(today, -1));
    // A few were processed late, but only those already processed: a pending exit here is always
    // within its 15 working days (the overdue ones are the planted W10 cases).
    const lateOn = addWorkingDays(eventDate, rnd.int(16, 25));
    const late = rnd.chance(0.03) && lateOn <= today;
    const processedOn = late ? lateOn : addWorkingDays(eventDate, rnd.int(2, 14));
    exits.push({
      staffingType: type,
      reason: rnd.weighted(REASONS),
      eventDate,
      processedOn: processedOn <= today ? processedOn : null,
      docNo: null,
    });
  }
  const pending = exits.filter((e) => e.processedOn === null).length;
  const replaced: PlannedEntry[] = [];
  const unpaired: { exit: PlannedExit; approval: OpenApproval | null }[] = [];
  for (const exit of exits) {
    if (exit.processedOn === null) continue;
    const issuedOn = addWorkingDays(exit.processedOn, rnd.int(3, 28));
    const entryDate = addWorkingDays(issuedOn, rnd.int(5, 25));
    if (rnd.chance(0.65) && entryDate <= today && replaced.length + pending < count) {
      replaced.push(entry(type, entryDate, issuedOn, quota));
    } else {
      // The replacement may be approved already and still waiting for its 入编.
      const waiting = issuedOn <= today && entryDate > today;
      unpaired.push({ exit, approval: waiting ? { staffingType: type, issuedOn, approvalNo: '' } : null });
    }
  }
  // A leaver not yet replaced means one more person before: never more than the quota allowed.
  const room = quota - count;
  const kept = unpaired.slice(Math.max(0, unpaired.length - room));
  const dropped = new Set(unpaired.filter((u) => !kept.includes(u)).map((u) => u.exit));
  plan.exits.push(...exits.filter((e) => !dropped.has(e)));
  plan.entries.push(...replaced);
  for (const { approval } of kept) if (approval) plan.openApprovals.push(approval);
  const free = Math.min(room - kept.length, count - replaced.length - pending, 2);
  if (free > 0 && rnd.chance(0.3)) {
    for (let i = rnd.int(1, free); i > 0; i--) {
      const entryDate = addWorkingDays(randomDate(rnd, MOVEMENTS_FROM, addDays(today, -5)), 1);
      plan.entries.push(
        entry(type, entryDate, addWorkingDays(addDays(entryDate, -40), rnd.int(0, 20)), quota),
      );
    }
  }
}

const entry = (
  type: StaffingType,
  entryDate: IsoDate,
  issuedOn: IsoDate | null,
  quota: number,
): PlannedEntry => ({
  staffingType: type,
  entryDate,
  approvalIssuedOn: issuedOn,
  approvalNo: issuedOn ? '' : null,
  docNo: '',
  approvedAtEntry: quota,
  headcountAfterEntry: 0,
});

/** W02, W10 and W11 as the plan places them. */
function addPlannedCases(byShort: UnitsByShortName, plans: Map<string, UnitMovements>, today: IsoDate) {
  const planOf = (name: string) => {
    const unit = planned(byShort, name);
    return { unit, plan: plans.get(unit.id) as UnitMovements, quota: unit.quotas[0] };
  };
  const w02 = planOf(DEMO_PLAN.hiringOverQuota.unit);
  if (w02.quota)
    w02.plan.entries.push(
      entry(w02.quota.staffingType, DEMO_PLAN.hiringOverQuota.on, null, w02.quota.amount),
    );
  for (const late of DEMO_PLAN.lateExits) {
    const { plan, quota } = planOf(late.unit);
    if (quota && late.on < today)
      plan.exits.push({
        staffingType: quota.staffingType,
        reason: late.reason,
        eventDate: late.on,
        processedOn: null,
        docNo: null,
      });
  }
  for (const late of DEMO_PLAN.lateEntries) {
    const { plan, quota } = planOf(late.unit);
    if (quota)
      plan.openApprovals.push({ staffingType: quota.staffingType, issuedOn: late.on, approvalNo: '' });
  }
}

/** 示编核 (用编核准), 示编入 (入编) and 示编出 (出编) numbers, in date order per year. */
function numberDocuments(plans: Map<string, UnitMovements>) {
  const approvals: { on: IsoDate; set: (no: string) => void }[] = [];
  const entries: { on: IsoDate; set: (no: string) => void }[] = [];
  const exits: { on: IsoDate; set: (no: string) => void }[] = [];
  for (const plan of plans.values()) {
    for (const e of plan.entries) {
      const issued = e.approvalIssuedOn;
      if (issued) approvals.push({ on: issued, set: (no) => (e.approvalNo = no) });
      entries.push({ on: e.entryDate, set: (no) => (e.docNo = no) });
    }
    for (const a of plan.openApprovals) approvals.push({ on: a.issuedOn, set: (no) => (a.approvalNo = no) });
    for (const x of plan.exits) {
      const processed = x.processedOn;
      if (processed) exits.push({ on: processed, set: (no) => (x.docNo = no) });
    }
  }
  const number = (items: typeof approvals, prefix: string) => {
    const serials = new Map<string, number>();
    items.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
    for (const item of items) {
      const year = item.on.slice(0, 4);
      const serial = (serials.get(year) ?? 0) + 1;
      serials.set(year, serial);
      item.set(`${prefix}〔${year}〕${serial}号`);
    }
  };
  number(approvals, '示编核');
  number(entries, '示编入');
  number(exits, '示编出');
}

/**
 * Replays the year per staffing type from the headcount on 1 January (today's people, minus the
 * year's entrants, plus the leavers already struck off) to fill in each entry's figures; exits
 * processed on a day count before entries of that day.
 */
function simulateHeadcount(unit: DemoUnit, plan: UnitMovements) {
  for (const [type, count] of plan.startHeadcount) {
    const entries = plan.entries.filter((e) => e.staffingType === type);
    const processed = plan.exits.filter((e) => e.staffingType === type && e.processedOn !== null);
    let headcount = count - entries.length + processed.length;
    plan.startHeadcount.set(type, headcount);
    const events = [
      ...processed.map((e) => ({ on: e.processedOn as IsoDate, order: 0, entry: null })),
      ...entries.map((e) => ({ on: e.entryDate, order: 1, entry: e })),
    ].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : a.order - b.order));
    for (const event of events) {
      headcount += event.entry ? 1 : -1;
      if (event.entry) event.entry.headcountAfterEntry = headcount;
    }
    if (headcount !== count)
      throw new Error(`demo movements: ${unit.name} ends at ${headcount}, not ${count}`);
  }
}

/** In-quota people of the unit on a day of the demo year, replaying its movements. */
export function headcountOn(plan: UnitMovements, day: IsoDate): number {
  let total = 0;
  for (const count of plan.startHeadcount.values()) total += count;
  for (const e of plan.entries) if (e.entryDate <= day) total++;
  for (const x of plan.exits) if (x.processedOn !== null && x.processedOn <= day) total--;
  return total;
}
