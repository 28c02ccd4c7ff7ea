import type {
  HistoryEventInputSchema,
  InternalBodiesInputSchema,
  MandateInputSchema,
} from '@bianping/core/registry';
import { and, eq, notInArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { historyEvents, internalBodies, mandateDuties, units } from '../../db/schema/index.ts';
import type { AuditActor } from '../audit/audit-actor.ts';
import { editUnit } from './unit-edits.service.ts';

/**
 * 内设机构: the approved limit and the list. Bodies are never deleted — staff may point at
 * them — a body left out of the list is marked inactive.
 */
export function setInternalBodies(
  db: Db,
  unitId: string,
  input: z.infer<typeof InternalBodiesInputSchema>,
  actor: AuditActor,
) {
  return editUnit(db, unitId, input.version, actor, 'unit.internalBodies.set', async (tx) => {
    const before = await tx.select().from(internalBodies).where(eq(internalBodies.unitId, unitId));
    await tx.update(units).set({ internalBodiesApproved: input.approved }).where(eq(units.id, unitId));
    const keep: string[] = [];
    for (const [sortOrder, body] of input.bodies.entries()) {
      const fields = { name: body.name, rank: body.rank, inMandate: body.inMandate, active: true, sortOrder };
      if (body.id && before.some((b) => b.id === body.id)) {
        await tx.update(internalBodies).set(fields).where(eq(internalBodies.id, body.id));
        keep.push(body.id);
      } else {
        const [row] = await tx
          .insert(internalBodies)
          .values({ unitId, ...fields })
          .returning({ id: internalBodies.id });
        if (row) keep.push(row.id);
      }
    }
    await tx
      .update(internalBodies)
      .set({ active: false })
      .where(
        and(eq(internalBodies.unitId, unitId), keep.length ? notInArray(internalBodies.id, keep) : undefined),
      );
    return { before, after: input, result: null };
  });
}

/** 三定 duties, renumbered in the order given. */
export function setMandate(
  db: Db,
  unitId: string,
  input: z.infer<typeof MandateInputSchema>,
  actor: AuditActor,
) {
  return editUnit(db, unitId, input.version, actor, 'unit.mandate.set', async (tx) => {
    const before = await tx.select().from(mandateDuties).where(eq(mandateDuties.unitId, unitId));
    await tx.delete(mandateDuties).where(eq(mandateDuties.unitId, unitId));
    if (input.duties.length) {
      await tx.insert(mandateDuties).values(input.duties.map((d, i) => ({ unitId, seq: i + 1, ...d })));
    }
    return { before, after: input.duties, result: null };
  });
}

/** Appends a 沿革 event; the history is a record, so events are added, not edited. */
export function addHistoryEvent(
  db: Db,
  unitId: string,
  input: z.infer<typeof HistoryEventInputSchema>,
  actor: AuditActor,
) {
  const { version, ...event } = input;
  return editUnit(db, unitId, version, actor, 'unit.history.add', async (tx) => {
    const [row] = await tx
      .insert(historyEvents)
      .values({ unitId, ...event })
      .returning();
    return { before: null, after: row, result: row };
  });
}
