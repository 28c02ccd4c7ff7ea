import type { LeaderLevel, Movement, StaffMember } from '@bianping/core/warnings';
import { sql } from 'drizzle-orm';
import type { IdProtector } from '../staff/id-number-protection.ts';

/**
 * The people part of a unit snapshot: staff members and staff movements as the snapshot reader
 * fetches them (one array per row, columns in the order of the SELECT below) and their shapes in
 * the core rules.
 */

type Text = string | null;

/** `staffColumns`, in order. */
export type StaffTuple = [
  id: string,
  unitId: string,
  workUnitId: Text,
  secondedSince: Text,
  internalBodyId: Text,
  name: string,
  idNumberEncrypted: string,
  sex: Text,
  birthDate: Text,
  education: Text,
  staffingType: Text,
  leaderLevel: Text,
  leaderRank: Text,
  overRankApproved: boolean | null,
];

export const staffColumns = sql`id, unit_id, work_unit_id, seconded_since::text, internal_body_id, name,
  id_number_encrypted, sex, birth_date::text, education, staffing_type, leader_level, leader_rank,
  over_rank_approved`;

/** `movementColumns`, in order. */
export type MovementTuple = [
  id: string,
  unitId: string,
  staffMemberId: Text,
  personName: string,
  kind: string,
  staffingType: Text,
  eventDate: string,
  processedOn: Text,
  reason: Text,
  docNo: Text,
  approvalNo: Text,
  hadApproval: boolean | null,
  approvedAtEntry: number | null,
  headcountAfterEntry: number | null,
];

export const movementColumns = sql`id, unit_id, staff_member_id, person_name, kind, staffing_type,
  event_date::text, processed_on::text, reason, doc_no, approval_no, had_approval, approved_at_entry,
  headcount_after_entry`;

const isBlank = (value: Text) => value === null || value === '';

export function toStaffMember(s: StaffTuple, protector: IdProtector): StaffMember {
  const [id, unitId, workUnitId, secondedSince, internalBodyId, name, encrypted, ...rest] = s;
  const [sex, birthDate, education, staffingType, leaderLevel, leaderRank, overRankApproved] = rest;
  const missingFields: string[] = [];
  // The registry form's mandatory (*) fields, in its order.
  if (isBlank(sex)) missingFields.push('性别');
  if (isBlank(birthDate)) missingFields.push('出生日期');
  if (isBlank(education)) missingFields.push('学历');
  const level = leaderLevel as LeaderLevel | null;
  return {
    id,
    name,
    idNumber: protector.decrypt(encrypted),
    birthDate,
    staffingType: (staffingType as never) ?? null,
    unitId,
    workUnitId: workUnitId ?? unitId,
    secondedSince,
    leaderLevel: level,
    leaderRank: (leaderRank as never) ?? null,
    bodyId: level === 'bodyHead' || level === 'bodyDeputy' ? internalBodyId : null,
    overRankApproved: Boolean(overRankApproved),
    missingFields,
  };
}

export function toMovement(m: MovementTuple): Movement[] {
  const [id, , staffMemberId, personName, kind, staffingType, eventDate, processedOn, ...rest] = m;
  const [reason, docNo, approvalNo, hadApproval, approvedAtEntry, headcountAfterEntry] = rest;
  switch (kind) {
    case 'exitEvent':
      return [
        {
          kind: 'exitEvent',
          id,
          staffId: staffMemberId ?? id,
          staffName: personName,
          reason: (reason as never) ?? 'other',
          eventDate,
          processedOn,
        },
      ];
    case 'hireApproval':
      return [
        {
          kind: 'hireApproval',
          id,
          documentNo: approvalNo ?? docNo ?? '',
          staffingType: staffingType as never,
          issuedOn: eventDate,
          entryProcessedOn: processedOn,
        },
      ];
    case 'entry':
      return [
        {
          kind: 'entry',
          id,
          staffId: staffMemberId ?? id,
          staffName: personName,
          staffingType: staffingType as never,
          processedOn: processedOn ?? eventDate,
          hadApproval: hadApproval !== false,
          approvedAtEntry: Number(approvedAtEntry ?? 0),
          headcountAfterEntry: Number(headcountAfterEntry ?? 0),
        },
      ];
    default:
      return [];
  }
}
