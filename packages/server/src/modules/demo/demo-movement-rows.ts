import type { StaffingType } from '@bianping/core/registry/vocabulary';
import type { ExitReason } from '@bianping/core/warnings';
import type { IsoDate } from './demo-dates.ts';
import type { UnitMovements } from './demo-movements.ts';
import type { UnitStaff } from './demo-staff-plan.ts';
import { makeName } from './names.ts';
import type { Random } from './random.ts';

/** A row of `staff_movements`. */
export type DemoMovement = {
  id: string;
  unitId: string;
  staffMemberId: string | null;
  personName: string;
  kind: 'exitEvent' | 'hireApproval' | 'entry';
  staffingType: StaffingType;
  eventDate: IsoDate;
  processedOn: IsoDate | null;
  reason: ExitReason | null;
  docNo: string | null;
  approvalNo: string | null;
  hadApproval: boolean | null;
  approvedAtEntry: number | null;
  headcountAfterEntry: number | null;
};

/** Recruitment approved but nobody chosen yet. */
const NOT_YET_NAMED = '待招录人员';

/**
 * The rows of one unit's year: each entry as its 用编核准 plus the 入编, each leaving event
 * (linked to the person while they are still on the books), and the approvals still open.
 */
export function movementRows(
  unitId: string,
  plan: UnitMovements,
  unitStaff: UnitStaff,
  rnd: Random,
): DemoMovement[] {
  const rows: DemoMovement[] = [];
  const base = {
    unitId,
    reason: null,
    docNo: null,
    approvalNo: null,
    hadApproval: null,
    approvedAtEntry: null,
    headcountAfterEntry: null,
  };
  const personOf = (match: (slot: UnitStaff['slots'][number]) => boolean) => {
    const index = unitStaff.slots.findIndex(match);
    const person = unitStaff.staff[index];
    if (!person) throw new Error('demo movements: a planned movement has no person');
    return person;
  };
  for (const entry of plan.entries) {
    const person = personOf((s) => s.entry === entry);
    const who = { staffMemberId: person.id, personName: person.name, staffingType: entry.staffingType };
    if (entry.approvalIssuedOn && entry.approvalNo) {
      rows.push({
        ...base,
        ...who,
        id: rnd.uuid(),
        kind: 'hireApproval',
        eventDate: entry.approvalIssuedOn,
        processedOn: entry.entryDate,
        approvalNo: entry.approvalNo,
      });
    }
    rows.push({
      ...base,
      ...who,
      id: rnd.uuid(),
      kind: 'entry',
      eventDate: entry.entryDate,
      processedOn: entry.entryDate,
      docNo: entry.docNo,
      approvalNo: entry.approvalNo,
      hadApproval: entry.approvalNo !== null,
      approvedAtEntry: entry.approvedAtEntry,
      headcountAfterEntry: entry.headcountAfterEntry,
    });
  }
  for (const exit of plan.exits) {
    const onBooks = exit.processedOn === null ? personOf((s) => s.exit === exit) : null;
    const sex = rnd.chance(0.6) ? 'male' : 'female';
    rows.push({
      ...base,
      id: rnd.uuid(),
      staffMemberId: onBooks?.id ?? null,
      personName:
        onBooks?.name ?? makeName(rnd, sex, exit.reason === 'retirement' ? 1966 : rnd.int(1975, 1998)),
      kind: 'exitEvent',
      staffingType: exit.staffingType,
      eventDate: exit.eventDate,
      processedOn: exit.processedOn,
      reason: exit.reason,
      docNo: exit.docNo,
    });
  }
  for (const approval of plan.openApprovals) {
    rows.push({
      ...base,
      id: rnd.uuid(),
      staffMemberId: null,
      personName: NOT_YET_NAMED,
      kind: 'hireApproval',
      staffingType: approval.staffingType,
      eventDate: approval.issuedOn,
      processedOn: null,
      approvalNo: approval.approvalNo,
    });
  }
  return rows;
}
