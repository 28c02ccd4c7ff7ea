import { notFound, staleVersion } from '@bianping/core/errors';
import type { CorrectionDecisionInputSchema, CorrectionRequestInputSchema } from '@bianping/core/registry';
import { and, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { correctionRequests, units, users } from '../../db/schema/index.ts';
import { appendAudit } from '../audit/audit.queries.ts';
import type { AuditActor } from '../audit/audit-actor.ts';
import type { UnitScope } from './registry.policy.ts';

const label = { zh: '更正申请', en: 'Correction request' };

export async function fileCorrection(
  db: Db,
  unitId: string,
  requestedBy: string,
  input: z.infer<typeof CorrectionRequestInputSchema>,
  actor: AuditActor,
) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(correctionRequests)
      .values({ unitId, requestedBy, ...input })
      .returning();
    await appendAudit(tx, {
      ...actor,
      action: 'correction.file',
      entityType: 'correctionRequest',
      entityId: row?.id ?? null,
      after: row,
    });
    return row;
  });
}

/** An officer accepts or rejects a pending request; the note tells the unit why. */
export async function decideCorrection(
  db: Db,
  id: string,
  input: z.infer<typeof CorrectionDecisionInputSchema>,
  decidedBy: string,
  actor: AuditActor,
) {
  const [current] = await db.select().from(correctionRequests).where(eq(correctionRequests.id, id));
  if (!current) throw notFound(label);
  if (current.version !== input.version || current.status !== 'pending') throw staleVersion(current.version);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(correctionRequests)
      .set({
        status: input.decision,
        decisionNote: input.note,
        decidedBy,
        decidedAt: new Date(),
        version: sql`${correctionRequests.version} + 1`,
      })
      .where(and(eq(correctionRequests.id, id), eq(correctionRequests.version, input.version)))
      .returning();
    if (!row) throw staleVersion(current.version);
    await appendAudit(tx, {
      ...actor,
      action: `correction.${input.decision === 'accepted' ? 'accept' : 'reject'}`,
      entityType: 'correctionRequest',
      entityId: id,
      before: { status: current.status },
      after: { status: row.status, note: input.note },
    });
    return row;
  });
}

export async function listCorrections(
  db: Db,
  scope: UnitScope,
  filter: { status?: string | undefined; id?: string; unitId?: string | undefined } = {},
) {
  const scoped = scope.allRegions
    ? undefined
    : or(
        scope.regionIds.length ? inArray(units.regionId, scope.regionIds) : sql`false`,
        scope.unitIds.length ? inArray(units.id, scope.unitIds) : sql`false`,
      );
  const rows = await db
    .select({
      c: correctionRequests,
      unitName: units.name,
      requestedByName: users.displayName,
    })
    .from(correctionRequests)
    .innerJoin(units, eq(units.id, correctionRequests.unitId))
    .innerJoin(users, eq(users.id, correctionRequests.requestedBy))
    .where(
      and(
        scoped,
        filter.status ? eq(correctionRequests.status, filter.status) : undefined,
        filter.id ? eq(correctionRequests.id, filter.id) : undefined,
        filter.unitId ? eq(correctionRequests.unitId, filter.unitId) : undefined,
      ),
    )
    .orderBy(desc(correctionRequests.createdAt))
    .limit(500);
  return rows.map(({ c, unitName, requestedByName }) => ({
    id: c.id,
    unitId: c.unitId,
    unitName,
    requestedByName,
    subject: c.subject as never,
    description: c.description,
    status: c.status as never,
    decisionNote: c.decisionNote,
    createdAt: c.createdAt.toISOString(),
    decidedAt: c.decidedAt?.toISOString() ?? null,
    version: c.version,
  }));
}
