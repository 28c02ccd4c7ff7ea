import { notFound } from '@bianping/core/errors';
import type { IndicatorComment, IndicatorCommentInput } from '@bianping/core/indicators/api';
import { assertEditable } from '@bianping/core/indicators/set-status';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../plugins/auth.ts';
import { appendAudit } from '../audit/audit.queries.ts';
import type { AuditActor } from '../audit/audit-actor.ts';
import { insertComment, listComments } from './indicator-comments.queries.ts';
import { loadNodes } from './indicator-nodes.queries.ts';
import { assertVisible } from './indicators.policy.ts';
import { findSet } from './indicators.queries.ts';

/**
 * 意见: experts and officers remark on a draft while it is written. A published edition is
 * frozen, comments included; its comments stay readable.
 */

export async function getComments(db: Db, principal: Principal, setId: string): Promise<IndicatorComment[]> {
  const found = await findSet(db, setId);
  assertVisible(principal, found?.set);
  return listComments(db, setId);
}

export async function addComment(
  db: Db,
  caller: { principal: Principal; actor: AuditActor },
  setId: string,
  input: IndicatorCommentInput,
): Promise<void> {
  await db.transaction(async (tx) => {
    const found = await findSet(tx, setId, { lock: true });
    assertVisible(caller.principal, found?.set);
    assertEditable((found as NonNullable<typeof found>).set);
    if (input.nodeId && !(await loadNodes(tx, setId)).some((n) => n.id === input.nodeId)) {
      throw notFound({ zh: '指标', en: 'Indicator' }, 'nodeId');
    }
    const id = await insertComment(tx, {
      setId,
      nodeId: input.nodeId,
      authorId: caller.principal.userId,
      text: input.text,
    });
    await appendAudit(tx, {
      ...caller.actor,
      action: 'indicatorSet.comment',
      entityType: 'indicatorSet',
      entityId: setId,
      after: { commentId: id, nodeId: input.nodeId, text: input.text },
    });
  });
}
