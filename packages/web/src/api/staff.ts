import { pageOf } from '@bianping/core/api';
import { UnitDetailSchema } from '@bianping/core/registry';
import {
  type EntryInputSchema,
  type ExitInputSchema,
  type HireApprovalInputSchema,
  type MovementListQuerySchema,
  type ProcessExitInputSchema,
  RosterMemberSchema,
  type RosterQuerySchema,
  StaffMovementSchema,
} from '@bianping/core/staff';
import type { z } from 'zod';
import { request } from './client.ts';

const RosterPageSchema = pageOf(RosterMemberSchema);
const MovementPageSchema = pageOf(StaffMovementSchema);

export type RosterPage = z.infer<typeof RosterPageSchema>;
export type MovementPage = z.infer<typeof MovementPageSchema>;
export type RosterQuery = Partial<z.infer<typeof RosterQuerySchema>>;
export type MovementListQuery = Partial<z.infer<typeof MovementListQuerySchema>>;
export type HireApprovalInput = z.input<typeof HireApprovalInputSchema>;
export type EntryInput = z.input<typeof EntryInputSchema>;
export type ExitInput = z.input<typeof ExitInputSchema>;
/** 办理出编 names the leaving it processes. */
export type ProcessExitInput = z.input<typeof ProcessExitInputSchema> & { movementId: string };

const unitPath = (id: string) => `/units/${encodeURIComponent(id)}`;

export const listRoster = (unitId: string, query: RosterQuery, signal?: AbortSignal) =>
  request('GET', `${unitPath(unitId)}/staff`, { schema: RosterPageSchema, query, signal });

export const listMovements = (unitId: string, query: MovementListQuery, signal?: AbortSignal) =>
  request('GET', `${unitPath(unitId)}/movements`, { schema: MovementPageSchema, query, signal });

// Each record is a versioned edit of the unit and answers with the fresh unit page.
export const recordHireApproval = (unitId: string, input: HireApprovalInput) =>
  request('POST', `${unitPath(unitId)}/movements/hire-approvals`, { schema: UnitDetailSchema, body: input });

export const recordEntry = (unitId: string, input: EntryInput) =>
  request('POST', `${unitPath(unitId)}/movements/entries`, { schema: UnitDetailSchema, body: input });

export const recordExit = (unitId: string, input: ExitInput) =>
  request('POST', `${unitPath(unitId)}/movements/exits`, { schema: UnitDetailSchema, body: input });

export const processExit = (unitId: string, { movementId, ...input }: ProcessExitInput) =>
  request('POST', `${unitPath(unitId)}/movements/${encodeURIComponent(movementId)}/process-exit`, {
    schema: UnitDetailSchema,
    body: input,
  });
