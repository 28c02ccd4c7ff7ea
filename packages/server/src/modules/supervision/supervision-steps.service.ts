import type { SlipDecision } from '@bianping/core/campaigns/supervision-slips';
import { slipDecisions } from '@bianping/core/campaigns/supervision-slips';
import { forbidden } from '@bianping/core/errors';
import type { Db } from '../../db/client.ts';
import type { Caller } from '../campaigns/campaign-edit.ts';
import { createNotification } from '../notifications/notifications.queries.ts';
import { managesRegion, unitIdsOf } from './supervision.policy.ts';
import { toSlip, updateSlip } from './supervision.queries.ts';
import {
  auditSlip,
  lockEditableDraft,
  lockVisibleSlip,
  slipDetailOf,
  stepOf,
} from './supervision.service.ts';

/**
 * The slip's steps after drafting: 发送 (draft → sent, the unit is told), 确认 / 提出异议 (the unit's
 * users only; the creator is told), 裁定 (an officer over the unit settles a dispute: upheld or
 * withdrawn; the unit is told). Each checks the version and goes through core `transitionSlip`.
 */

const linkOf = (id: string) => `/supervision/${id}`;

export async function sendSlip(db: Db, caller: Caller, id: string, version: number) {
  return db.transaction(async (tx) => {
    const { row } = await lockEditableDraft(tx, caller.principal, id, version);
    const status = stepOf(caller, row, 'sent');
    const next = await updateSlip(tx, id, { status, sentAt: new Date() });
    await auditSlip(tx, caller, 'supervisionSlip.send', id, { status: row.status }, { status });
    await createNotification(tx, {
      unitId: row.unitId,
      title: { zh: '请确认督查确认单', en: 'Please answer a supervision slip' },
      body: {
        zh: `督查确认单 ${row.slipNo}（${row.inspectedOn}）待贵单位确认或提出异议`,
        en: `Supervision slip ${row.slipNo} (${row.inspectedOn}) awaits your confirmation or dispute`,
      },
      link: linkOf(id),
    });
    return slipDetailOf(tx, caller.principal, next);
  });
}

type Answer = { version: number; comment: string };

/** 确认 or 提出异议 by the slip's own unit. */
export async function answerSlip(
  db: Db,
  caller: Caller,
  id: string,
  to: 'confirmed' | 'disputed',
  answer: Answer,
) {
  return db.transaction(async (tx) => {
    const { row } = await lockVisibleSlip(tx, caller.principal, id, answer.version);
    if (!unitIdsOf(caller.principal).includes(row.unitId)) throw forbidden();
    const status = stepOf(caller, row, to);
    const comment = answer.comment === '' ? null : answer.comment;
    const next = await updateSlip(tx, id, {
      status,
      unitComment: comment,
      answeredBy: caller.principal.userId,
      answeredAt: new Date(),
    });
    await auditSlip(
      tx,
      caller,
      `supervisionSlip.${to === 'confirmed' ? 'confirm' : 'dispute'}`,
      id,
      { status: row.status },
      { status, unitComment: comment },
    );
    if (row.createdBy) {
      const disputed = to === 'disputed';
      await createNotification(tx, {
        userId: row.createdBy,
        title: disputed
          ? { zh: '督查确认单有异议', en: 'A supervision slip is disputed' }
          : { zh: '督查确认单已确认', en: 'A supervision slip is confirmed' },
        body: disputed
          ? {
              zh: `被督查单位对 ${row.slipNo} 提出异议：${answer.comment}`,
              en: `The unit disputes ${row.slipNo}: ${answer.comment}`,
            }
          : { zh: `被督查单位已确认 ${row.slipNo}`, en: `The unit confirmed ${row.slipNo}` },
        link: linkOf(id),
      });
    }
    return slipDetailOf(tx, caller.principal, next);
  });
}

type Settlement = { version: number; decision: SlipDecision; note: string };

/** 裁定 of a dispute by an officer or administrator over the slip's unit. */
export async function settleSlip(db: Db, caller: Caller, id: string, s: Settlement) {
  return db.transaction(async (tx) => {
    const { row, unit } = await lockVisibleSlip(tx, caller.principal, id, s.version);
    if (!(await managesRegion(tx, caller.principal, unit.regionId))) throw forbidden();
    const status = stepOf(caller, row, 'settled');
    const next = await updateSlip(tx, id, {
      status,
      decision: s.decision,
      decisionNote: s.note,
      settledBy: caller.principal.userId,
      settledAt: new Date(),
    });
    await auditSlip(tx, caller, 'supervisionSlip.settle', id, toSlip(row), toSlip(next));
    const label = slipDecisions.labels[s.decision];
    await createNotification(tx, {
      unitId: row.unitId,
      title: { zh: '督查确认单异议已裁定', en: 'A disputed supervision slip was settled' },
      body: {
        zh: `${row.slipNo} 的异议已裁定：${label.zh}。${s.note}`,
        en: `The dispute over ${row.slipNo} was settled: ${label.en}. ${s.note}`,
      },
      link: linkOf(id),
    });
    return slipDetailOf(tx, caller.principal, next);
  });
}
