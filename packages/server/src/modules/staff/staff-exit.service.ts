import { notFound } from '@bianping/core/errors';
import type { ExitInput, ProcessExitInput } from '@bianping/core/staff';
import { movementDateLabels } from '@bianping/core/staff/movement-checks';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { staffMovements } from '../../db/schema/index.ts';
import { editUnit } from '../registry/unit-edits.service.ts';
import { assertNotFuture, conflict, invalidField, type MovementContext } from './movement-guards.ts';
import {
  findMovement,
  findOpenExitOf,
  findStaffMember,
  removeFromRoster,
  staffingFigures,
  syncHeadcounts,
} from './staff.queries.ts';

/**
 * 人员离开 and 出编. A leaving is recorded with its date; while its 出编 is not processed the
 * person stays on the roster and W10 counts the working days. Processing the 出编 (at once or
 * later) deletes the person's roster row in the same transaction: the roster is the current
 * staff, so every count of `staff_members` (unit page, scan, overview, imports) drops by one.
 */
export async function recordExit(ctx: MovementContext, input: ExitInput) {
  const { version, staffMemberId, processedOn = null, docNo = null, ...leaving } = input;
  assertNotFuture(
    [
      { field: 'eventDate', label: movementDateLabels.eventDate, value: leaving.eventDate },
      { field: 'processedOn', label: movementDateLabels.processedOn, value: processedOn },
    ],
    ctx.today,
  );
  return editUnit(ctx.db, ctx.unitId, version, ctx.actor, 'staff.exit', async (tx) => {
    const person = await findStaffMember(tx, ctx.unitId, staffMemberId);
    if (!person) throw notFound({ zh: '该单位的在编人员', en: 'Staff member of the unit' }, 'staffMemberId');
    const open = await findOpenExitOf(tx, person.id);
    if (open) {
      throw conflict(
        {
          zh: `${person.name}已于 ${open.eventDate} 登记离开，尚待办理出编；请在该记录上办理出编`,
          en: `${person.name}'s leaving on ${open.eventDate} is already recorded and waits for its exit; process that one`,
        },
        'staffMemberId',
      );
    }
    if (person.entryDate && leaving.eventDate < person.entryDate) {
      throw invalidField('eventDate', {
        zh: `离开日期不能早于该人员的入编日期（${person.entryDate}）`,
        en: `The date of leaving cannot precede the person's entry (${person.entryDate})`,
      });
    }
    const before = await headcountOf(tx, ctx.unitId, person.staffingType, ctx.today);
    const [row] = await tx
      .insert(staffMovements)
      .values({
        unitId: ctx.unitId,
        staffMemberId: person.id,
        personName: person.name,
        kind: 'exitEvent',
        staffingType: person.staffingType,
        eventDate: leaving.eventDate,
        reason: leaving.reason,
        note: leaving.note || null,
      })
      .returning();
    if (!row) throw new Error('movement insert failed');
    const processed = processedOn ? await strikeOff(tx, ctx, row.id, person.id, processedOn, docNo) : row;
    return {
      before: { staffingType: person.staffingType, headcount: before },
      after: { movement: processed, headcount: processedOn ? before - 1 : before },
      result: processed,
    };
  });
}

/** 办理出编 on a recorded leaving: sets its processing date and document, and the person goes. */
export async function processExit(ctx: MovementContext, movementId: string, input: ProcessExitInput) {
  const { version, processedOn, docNo } = input;
  assertNotFuture(
    [{ field: 'processedOn', label: movementDateLabels.processedOn, value: processedOn }],
    ctx.today,
  );
  return editUnit(ctx.db, ctx.unitId, version, ctx.actor, 'staff.exit.process', async (tx) => {
    const movement = await findMovement(tx, ctx.unitId, movementId);
    if (movement?.kind !== 'exitEvent') throw notFound({ zh: '离开记录', en: 'Leaving record' });
    if (movement.processedOn !== null) {
      throw conflict({
        zh: `${movement.personName}已于 ${movement.processedOn} 办理出编`,
        en: `${movement.personName}'s exit was already processed on ${movement.processedOn}`,
      });
    }
    if (processedOn < movement.eventDate) {
      throw invalidField('processedOn', {
        zh: `办理出编日期不能早于离开日期（${movement.eventDate}）`,
        en: `The exit cannot be processed before the person left (${movement.eventDate})`,
      });
    }
    const before = await headcountOf(tx, ctx.unitId, movement.staffingType, ctx.today);
    const after = await strikeOff(tx, ctx, movement.id, movement.staffMemberId, processedOn, docNo);
    return {
      before: { movement, headcount: before },
      after: { movement: after, headcount: movement.staffMemberId ? before - 1 : before },
      result: after,
    };
  });
}

/** Marks the leaving processed and takes the person off the roster. */
async function strikeOff(
  tx: Db,
  ctx: MovementContext,
  movementId: string,
  staffMemberId: string | null,
  processedOn: string,
  docNo: string | null,
) {
  const [row] = await tx
    .update(staffMovements)
    .set({ processedOn, docNo })
    .where(eq(staffMovements.id, movementId))
    .returning();
  if (staffMemberId) {
    await removeFromRoster(tx, staffMemberId);
    await syncHeadcounts(tx, ctx.unitId, ctx.today);
  }
  return { ...row, staffMemberId: null };
}

const headcountOf = async (tx: Db, unitId: string, staffingType: string, today: string) =>
  (await staffingFigures(tx, unitId, staffingType, today)).headcount;
