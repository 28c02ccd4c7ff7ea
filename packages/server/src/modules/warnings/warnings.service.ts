import { type LocalizedText, notFound, staleVersion } from '@bianping/core/errors';
import type { WarningScanResult } from '@bianping/core/warnings/api';
import { scanUnits } from '@bianping/core/warnings/scan';
import { assertTransition, type WarningStatus } from '@bianping/core/warnings/workflow';
import { and, eq, sql } from 'drizzle-orm';
import type { Database, Db } from '../../db/client.ts';
import { warningScans, warnings } from '../../db/schema/index.ts';
import { appendAudit } from '../audit/audit.queries.ts';
import type { AuditActor } from '../audit/audit-actor.ts';
import type { IdProtector } from '../staff/id-number-protection.ts';
import { hasStaffingSnapshot, reconcileHits, recordStaffingSnapshots } from './warnings-scan.queries.ts';
import { loadSettingsResolver } from './warnings-settings.queries.ts';
import { loadUnitSnapshots } from './warnings-snapshot.queries.ts';

type ScanOptions = {
  trigger: 'manual' | 'schedule' | 'cli';
  today: string;
  actor: AuditActor;
  progress?: (done: number, total: number, note: LocalizedText) => Promise<void>;
};

/**
 * Scans the whole registry: records this month's staffing figures, assembles every unit's
 * snapshot, runs the core rules and writes the hits back through the warning workflow. One
 * scan row and one audit entry record what it did.
 */
export async function runWarningScan(
  database: Database,
  protector: IdProtector,
  options: ScanOptions,
): Promise<WarningScanResult> {
  const db = database.db;
  const started = performance.now();
  const [scan] = await db.insert(warningScans).values({ trigger: options.trigger }).returning();
  if (!scan) throw new Error('scan insert failed');
  try {
    // The month-end figures are written by the scheduled scan; a manual scan records them only
    // when the month has none yet, so repeated scans stay cheap.
    const month = options.today.slice(0, 7);
    if (options.trigger === 'schedule' || !(await hasStaffingSnapshot(db, month))) {
      await recordStaffingSnapshots(db, month);
    }
    await options.progress?.(1, 4, { zh: '读取台账', en: 'reading the registry' });
    const settingsFor = await loadSettingsResolver(db);
    const snapshots = await loadUnitSnapshots(
      db,
      protector,
      options.today,
      (code) => settingsFor(code).vacancyRateThreshold,
    );
    await options.progress?.(2, 4, { zh: '运行预警规则', en: 'running the rules' });
    const hits = scanUnits(snapshots, settingsFor, options.today);
    await options.progress?.(3, 4, { zh: '写入预警', en: 'writing warnings' });
    const counts = await db.transaction((tx) =>
      reconcileHits(tx, hits, new Set(snapshots.map((s) => s.unit.id)), new Date()),
    );
    const summary = {
      unitsScanned: snapshots.length,
      hits: hits.length,
      opened: counts.opened,
      closed: counts.closed,
      ms: Math.round(performance.now() - started),
    };
    await db
      .update(warningScans)
      .set({ ...summary, status: 'succeeded', finishedAt: new Date() })
      .where(eq(warningScans.id, scan.id));
    await appendAudit(db, {
      ...options.actor,
      action: 'warnings.scan',
      entityType: 'warningScan',
      entityId: scan.id,
      after: { trigger: options.trigger, ...summary },
    });
    await options.progress?.(4, 4, { zh: '完成', en: 'done' });
    return { scanId: scan.id, ...summary };
  } catch (err) {
    await db
      .update(warningScans)
      .set({
        status: 'failed',
        error: err instanceof Error ? err.message : String(err),
        finishedAt: new Date(),
      })
      .where(eq(warningScans.id, scan.id));
    throw err;
  }
}

/** An officer moves a warning through its workflow, with a note that stays in its history. */
export async function transitionWarning(
  db: Db,
  id: string,
  input: { version: number; to: WarningStatus; note: string },
  actor: AuditActor,
) {
  const [current] = await db.select().from(warnings).where(eq(warnings.id, id));
  if (!current) throw notFound({ zh: '预警', en: 'Warning' });
  if (current.version !== input.version) throw staleVersion(current.version);
  assertTransition(current.status as WarningStatus, input.to);
  const step = {
    status: input.to,
    note: input.note,
    by: actor.actorName ?? '',
    at: new Date().toISOString(),
  };
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(warnings)
      .set({
        status: input.to,
        version: sql`${warnings.version} + 1`,
        history: sql`${warnings.history} || ${JSON.stringify([step])}::jsonb`,
      })
      .where(and(eq(warnings.id, id), eq(warnings.version, input.version)))
      .returning();
    if (!row) throw staleVersion(current.version);
    await appendAudit(tx, {
      ...actor,
      action: 'warning.transition',
      entityType: 'warning',
      entityId: id,
      before: { status: current.status },
      after: { status: input.to, note: input.note },
    });
    return row;
  });
}
