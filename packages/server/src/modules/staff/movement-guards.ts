import { AppError, ErrorCode, type LocalizedText } from '@bianping/core/errors';
import { type FieldProblem, futureDateProblem, type NamedDate } from '@bianping/core/staff/movement-checks';
import type { Db } from '../../db/client.ts';
import type { AuditActor } from '../audit/audit-actor.ts';
import { findUnit } from '../registry/unit-detail.queries.ts';

/** What every movement use case needs besides its input. */
export type MovementContext = {
  db: Db;
  unitId: string;
  actor: AuditActor;
  /** China Standard Time: dates after it are refused. */
  today: string;
  /** Whether the actor may know of a unit (a refusal names only units in the actor's scope). */
  canSee: (unit: { id: string; regionId: string }) => boolean;
};

/** A refusal of one input field, which the web shows under that field. */
export const invalidField = (field: string, message: LocalizedText) =>
  new AppError(ErrorCode.Validation, message, field);

/** A refusal because of the state of stored data (already processed, already registered …). */
export const conflict = (message: LocalizedText, field?: string) =>
  new AppError(ErrorCode.Conflict, message, field);

export function throwProblem(problem: FieldProblem | null) {
  if (problem) throw invalidField(problem.field, problem.message);
}

/** Movements are recorded as they happen, never ahead of time. */
export const assertNotFuture = (dates: readonly NamedDate[], today: string) =>
  throwProblem(futureDateProblem(dates, today));

/** A merged or abolished unit takes no new people (its leavers may still be struck off). */
export async function assertUnitTakesPeople(db: Db, unitId: string) {
  const unit = await findUnit(db, unitId);
  if (unit && unit.status !== 'active') {
    throw conflict({
      zh: '该单位已合并或撤销，不能再办理用编核准或入编',
      en: 'The unit has been merged or abolished; it cannot take quota-use approvals or entries',
    });
  }
}
