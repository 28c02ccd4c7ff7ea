import { staleVersion } from '@bianping/core/errors';
import type { IndicatorNode, IndicatorSet } from '@bianping/core/indicators';
import { assertEditable } from '@bianping/core/indicators/set-status';
import type { Db } from '../../db/client.ts';
import type { indicatorSets } from '../../db/schema/index.ts';
import type { Principal } from '../../plugins/auth.ts';
import { appendAudit } from '../audit/audit.queries.ts';
import type { AuditActor } from '../audit/audit-actor.ts';
import { loadNodes } from './indicator-nodes.queries.ts';
import { assertVisible, assertWritable } from './indicators.policy.ts';
import { findSet, updateSet } from './indicators.queries.ts';

/**
 * The one path every change of a draft takes: lock the set, check that the caller may see and
 * write it, that it is still a draft and that the caller saw its latest version; make the change;
 * bump the set's version (nodes share it) and audit — all in one transaction.
 */

export type Draft = {
  set: IndicatorSet;
  /** The tree as it is now; loaded only when the change asks for it. */
  nodes: IndicatorNode[];
};

export type DraftChange = {
  action: string;
  before: unknown;
  after: unknown;
  /** Set columns to change besides the version. */
  setChanges?: Partial<typeof indicatorSets.$inferInsert>;
};

type Options = {
  principal: Principal;
  actor: AuditActor;
  /** The version the caller edited; null skips the check (a judgement is not an edit of the set). */
  version: number | null;
  withNodes?: boolean;
};

/** Loads and locks a set the caller may write; 404 when hidden, 403 outside its office. */
export async function lockWritableSet(tx: Db, principal: Principal, setId: string) {
  const found = await findSet(tx, setId, { lock: true });
  assertVisible(principal, found?.set);
  const { set, row } = found as NonNullable<typeof found>;
  await assertWritable(tx, principal, set.regionId);
  return { set, row };
}

/** Runs `change` on a locked, editable draft; returns what it returned. */
export async function editDraft<T extends DraftChange>(
  db: Db,
  setId: string,
  options: Options,
  change: (tx: Db, draft: Draft) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    const { set } = await lockWritableSet(tx, options.principal, setId);
    assertEditable(set);
    if (options.version !== null && options.version !== set.version) throw staleVersion(set.version);
    const nodes = options.withNodes ? await loadNodes(tx, setId) : [];
    const result = await change(tx, { set, nodes });
    await updateSet(tx, setId, result.setChanges ?? {});
    await appendAudit(tx, {
      ...options.actor,
      action: result.action,
      entityType: 'indicatorSet',
      entityId: setId,
      before: result.before,
      after: result.after,
    });
    return result;
  });
}
