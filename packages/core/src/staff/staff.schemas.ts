import { z } from 'zod';
import { educationLevels, sexes } from '../imports/staff-vocabulary.ts';
import { fundingForms, leaderLevels, staffingTypes, vocabulary } from '../registry/vocabulary.ts';
import { exitReasons } from '../warnings/warnings.schemas.ts';

/**
 * 实名制人员 and their movements (DOMAIN.md §3.3–3.4): the roster of a unit as the unit page lists
 * it, the 用编核准 → 入编 → 出编 events with their deadlines, and what an officer enters to
 * record one. The roster never carries the clear ID number, only its masked form.
 */

/** 人员变动类型 */
export const movementKinds = vocabulary({
  hireApproval: { zh: '用编核准', en: 'Quota-use approval' },
  entry: { zh: '入编', en: 'Entry into quota' },
  exitEvent: { zh: '离开/出编', en: 'Leaving / exit from quota' },
});
export type MovementKind = (typeof movementKinds.codes)[number];

/** Where a movement stands: processed, waiting within its time limit, or past it. */
export const movementStatuses = vocabulary({
  done: { zh: '已办理', en: 'Done' },
  pending: { zh: '待办理', en: 'Pending' },
  overdue: { zh: '逾期', en: 'Overdue' },
});
export type MovementStatus = (typeof movementStatuses.codes)[number];

/** Person name stored on a 用编核准 issued before anyone was chosen (as the demo does). */
export const PERSON_NOT_YET_NAMED = '待招录人员';

const isoDate = z.iso.date();
const StaffingTypeSchema = z.enum(staffingTypes.codes);
const paging = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
};

export const RosterQuerySchema = z.object({
  /** Part of the name. */
  q: z.string().trim().max(50).optional(),
  staffingType: StaffingTypeSchema.optional(),
  ...paging,
});
export type RosterQuery = z.infer<typeof RosterQuerySchema>;

/** One person on the unit's books. */
export const RosterMemberSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    /** `110105********002X`: the clear number never leaves the server. */
    idNumberMasked: z.string(),
    sex: z.enum(sexes.codes).nullable(),
    birthDate: isoDate.nullable(),
    education: z.enum(educationLevels.codes).nullable(),
    staffingType: StaffingTypeSchema,
    fundingForm: z.enum(fundingForms.codes).nullable(),
    post: z.string().nullable(),
    grade: z.string().nullable(),
    leaderLevel: z.enum(leaderLevels.codes).nullable(),
    internalBodyId: z.uuid().nullable(),
    internalBodyName: z.string().nullable(),
    entryDate: isoDate.nullable(),
    /** The person has left and waits for the 出编 (an open leaving event). */
    pendingExit: z
      .object({ movementId: z.uuid(), eventDate: isoDate, reason: z.enum(exitReasons.codes) })
      .nullable(),
  })
  .meta({ id: 'RosterMember' });
export type RosterMember = z.infer<typeof RosterMemberSchema>;

export const MovementListQuerySchema = z.object({
  kind: z.enum(movementKinds.codes).optional(),
  /** `open`: approvals without their 入编 and leavings without their 出编. */
  state: z.enum(['open', 'done']).optional(),
  ...paging,
});
export type MovementListQuery = z.infer<typeof MovementListQuerySchema>;

/** A 用编核准, 入编 or leaving event of the unit, with its time limit. */
export const StaffMovementSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(movementKinds.codes),
    personName: z.string(),
    /** The person while on the books; null after the 出编 or before anyone was named. */
    staffMemberId: z.uuid().nullable(),
    staffingType: StaffingTypeSchema,
    /** Issue date of an approval, date of an entry, date a person left. */
    eventDate: isoDate,
    /** When the 入编 (approval, entry) or the 出编 (leaving) was processed. */
    processedOn: isoDate.nullable(),
    reason: z.enum(exitReasons.codes).nullable(),
    /** 入编文号 of an entry, 出编文号 of a leaving. */
    docNo: z.string().nullable(),
    /** 用编核准 number of an approval, and of the approval an entry used. */
    approvalNo: z.string().nullable(),
    note: z.string().nullable(),
    /** For an entry: whether a 用编核准 covered it (W02 otherwise). */
    hadApproval: z.boolean().nullable(),
    status: z.enum(movementStatuses.codes),
    /** Last day to process it (the region's working-day limit); null for an entry. */
    deadline: isoDate.nullable(),
    /** Processed, but after the deadline. */
    processedLate: z.boolean(),
  })
  .meta({ id: 'StaffMovement' });
export type StaffMovement = z.infer<typeof StaffMovementSchema>;

const versioned = { version: z.number().int() };
const docNo = z.string().trim().min(2).max(80);
const note = z.string().trim().max(200).nullable().optional();

/** 用编核准: one approval for one person (named, or to be recruited). */
export const HireApprovalInputSchema = z.object({
  ...versioned,
  approvalNo: docNo,
  issuedOn: isoDate,
  staffingType: StaffingTypeSchema,
  /** Empty while the person is still to be recruited. */
  personName: z.string().trim().max(50).nullable().optional(),
  note,
});
export type HireApprovalInput = z.infer<typeof HireApprovalInputSchema>;

/** 办理入编: a new person on the books, with or without an open 用编核准. */
export const EntryInputSchema = z.object({
  ...versioned,
  /** The open 用编核准 used; null records an entry without one (W02 无核准进人). */
  hireApprovalId: z.uuid().nullable(),
  /** 入编文号 */
  docNo,
  entryDate: isoDate,
  name: z.string().trim().min(2).max(50),
  /** Full 18-character number; checked against GB 11643 by the server. */
  idNumber: z.string().trim().max(30),
  /** Taken from the ID number when absent. */
  sex: z.enum(sexes.codes).nullable().optional(),
  birthDate: isoDate.nullable().optional(),
  education: z.enum(educationLevels.codes).nullable().optional(),
  staffingType: StaffingTypeSchema,
  fundingForm: z.enum(fundingForms.codes).nullable().optional(),
  post: z.string().trim().max(50).nullable().optional(),
  grade: z.string().trim().max(50).nullable().optional(),
  internalBodyId: z.uuid().nullable().optional(),
});
export type EntryInput = z.infer<typeof EntryInputSchema>;

const processedNotBefore =
  (field: string) =>
  (value: { eventDate: string; processedOn?: string | null | undefined }, ctx: z.RefinementCtx) => {
    if (value.processedOn && value.processedOn < value.eventDate) {
      ctx.addIssue({
        code: 'custom',
        path: [field],
        message: '办理出编日期不能早于离开日期 / The exit cannot be processed before the person left',
      });
    }
  };

/** 人员离开: a person of the unit left; the 出编 may be processed at once or later. */
export const ExitInputSchema = z
  .object({
    ...versioned,
    staffMemberId: z.uuid(),
    reason: z.enum(exitReasons.codes),
    /** The day the person retired, transferred out, resigned … */
    eventDate: isoDate,
    /** 出编 processed the same time; null leaves it open (W10 counts from `eventDate`). */
    processedOn: isoDate.nullable().optional(),
    /** 出编文号; required when processed. */
    docNo: docNo.nullable().optional(),
    note,
  })
  .superRefine(processedNotBefore('processedOn'))
  .superRefine((value, ctx) => {
    if (value.processedOn && !value.docNo) {
      ctx.addIssue({
        code: 'custom',
        path: ['docNo'],
        message: '办理出编须填写出编文号 / An exit from quota needs its document number',
      });
    }
  });
export type ExitInput = z.infer<typeof ExitInputSchema>;

/** 办理出编 on an open leaving event: the person leaves the roster. */
export const ProcessExitInputSchema = z.object({
  ...versioned,
  processedOn: isoDate,
  docNo,
});
export type ProcessExitInput = z.infer<typeof ProcessExitInputSchema>;

export const MovementParamsSchema = z.object({ id: z.uuid(), movementId: z.uuid() });
