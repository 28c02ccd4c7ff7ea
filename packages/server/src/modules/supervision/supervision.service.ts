import { randomUUID } from 'node:crypto';
import type { SlipDetail } from '@bianping/core/campaigns/supervision-api';
import {
  isSlipEditable,
  type SlipInput,
  type SlipStatus,
  slipStatuses,
  slipSteps,
  transitionSlip,
} from '@bianping/core/campaigns/supervision-slips';
import { AppError, ErrorCode, forbidden, notFound, staleVersion } from '@bianping/core/errors';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../plugins/auth.ts';
import { appendAudit } from '../audit/audit.queries.ts';
import type { Caller } from '../campaigns/campaign-edit.ts';
import {
  inspectableUnitsSql,
  managesRegion,
  roleFor,
  slipNotFound,
  slipScopeOf,
  unitIdsOf,
} from './supervision.policy.ts';
import {
  deleteSlip as deleteSlipRow,
  fileMetas,
  findSlip,
  insertSlip,
  isSlipVisible,
  listInspectors,
  nextSlipNo,
  peopleByIds,
  type SlipRow,
  toSlip,
  unitMatches,
  unitOf,
  updateSlip,
} from './supervision.queries.ts';

/**
 * 督查确认单 use cases. Every change runs in one transaction: lock the slip, 404 when the caller
 * may not see it, 403 when it may see but not do this, check the stated version, take the core's
 * step (`transitionSlip`), write, bump the version, audit (`entityType: 'supervisionSlip'`) and
 * notify whoever must answer next.
 */

export const auditSlip = (
  tx: Db,
  caller: Caller,
  action: string,
  id: string,
  before: unknown,
  after: unknown,
) => appendAudit(tx, { ...caller.actor, action, entityType: 'supervisionSlip', entityId: id, before, after });

/** May edit, send or delete a draft: its creator, an inspector, or an officer over its unit. */
async function mayEditDraft(db: Db, principal: Principal, row: SlipRow, regionId: string) {
  const me = principal.userId;
  if (row.createdBy === me || (row.inspectorIds as string[]).includes(me)) return true;
  return managesRegion(db, principal, regionId);
}

/** The locked slip, visible to the caller (else 404) and at the stated version. */
export async function lockVisibleSlip(tx: Db, principal: Principal, id: string, version?: number) {
  if (!(await isSlipVisible(tx, await slipScopeOf(tx, principal), id))) throw slipNotFound();
  const row = await findSlip(tx, id, { lock: true });
  if (!row) throw slipNotFound();
  const unit = await unitOf(tx, row.unitId);
  if (!unit) throw slipNotFound();
  if (version !== undefined && row.version !== version) throw staleVersion(row.version);
  return { row, unit };
}

/** The locked draft the caller may edit. */
export async function lockEditableDraft(tx: Db, principal: Principal, id: string, version?: number) {
  const locked = await lockVisibleSlip(tx, principal, id);
  if (!(await mayEditDraft(tx, principal, locked.row, locked.unit.regionId))) throw forbidden();
  if (version !== undefined && locked.row.version !== version) throw staleVersion(locked.row.version);
  if (!isSlipEditable(locked.row.status as SlipStatus)) {
    const label = slipStatuses.labels[locked.row.status as SlipStatus];
    throw new AppError(
      ErrorCode.IllegalTransition,
      {
        zh: `督查确认单已${label.zh}，不能再修改`,
        en: `The supervision slip is ${label.en.toLowerCase()} and can no longer change`,
      },
      'status',
      { status: locked.row.status },
    );
  }
  return locked;
}

/** The whole slip as a page shows it, with what the caller may do. */
export async function slipDetailOf(db: Db, principal: Principal, row: SlipRow): Promise<SlipDetail> {
  const slip = toSlip(row);
  const unit = await unitOf(db, row.unitId);
  const ids = [...slip.inspectorIds, ...(row.createdBy ? [row.createdBy] : [])];
  const names = await peopleByIds(db, ids);
  const person = (id: string) => ({ id, displayName: names.get(id) ?? '' });
  const regionId = unit?.regionId ?? '';
  const manages = await managesRegion(db, principal, regionId);
  const draft = slip.status === 'draft';
  const editable = draft && (await mayEditDraft(db, principal, row, regionId));
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  return {
    slip,
    unitName: unit?.name ?? '',
    inspectors: slip.inspectorIds.map(person),
    attachments: await fileMetas(db, slip.attachmentFileIds),
    createdBy: row.createdBy ? person(row.createdBy) : null,
    sentAt: iso(row.sentAt),
    answeredAt: iso(row.answeredAt),
    settledAt: iso(row.settledAt),
    can: {
      edit: editable,
      send: editable,
      answer: slip.status === 'sent' && unitIdsOf(principal).includes(slip.unitId),
      settle: slip.status === 'disputed' && manages,
    },
  };
}

export async function readSlip(db: Db, principal: Principal, id: string) {
  if (!(await isSlipVisible(db, await slipScopeOf(db, principal), id))) throw slipNotFound();
  const row = await findSlip(db, id);
  if (!row) throw slipNotFound();
  return slipDetailOf(db, principal, row);
}

/** Checks what the slip names: a unit the caller may inspect, real inspectors, its own files. */
async function checkInput(db: Db, principal: Principal, input: SlipInput, ownFiles: readonly string[]) {
  if (!(await unitMatches(db, input.unitId, await inspectableUnitsSql(db, principal)))) {
    throw notFound({ zh: '单位', en: 'Unit' }, 'unitId');
  }
  const ids = [...new Set(input.inspectorIds)];
  const found = await listInspectors(db, ids);
  if (found.length !== ids.length || ids.length !== input.inspectorIds.length) {
    throw new AppError(
      ErrorCode.Validation,
      {
        zh: '督查人员须为在用的评估组成员或编办工作人员，且不能重复',
        en: 'Inspectors must be active evaluators or staffing officers, each named once',
      },
      'inspectorIds',
    );
  }
  const stray = input.attachmentFileIds.filter((f) => !ownFiles.includes(f));
  if (stray.length) {
    throw new AppError(
      ErrorCode.Validation,
      {
        zh: '附件须先上传到本督查确认单',
        en: 'Attachments must first be uploaded to this slip',
      },
      'attachmentFileIds',
    );
  }
}

const columnsOf = (input: SlipInput) => ({
  unitId: input.unitId,
  inspectedOn: input.inspectedOn,
  place: input.place,
  inspectorIds: input.inspectorIds,
  items: input.items,
  findings: input.findings.map((f) => ({ id: randomUUID(), ...f })),
  suggestion: input.suggestion,
  attachmentFileIds: input.attachmentFileIds,
});

const yearOf = (date: string) => Number(date.slice(0, 4));

export async function createSlip(db: Db, caller: Caller, input: SlipInput) {
  return db.transaction(async (tx) => {
    await checkInput(tx, caller.principal, input, []);
    const slipNo = await nextSlipNo(tx, yearOf(input.inspectedOn));
    const row = await insertSlip(tx, {
      ...columnsOf(input),
      slipNo,
      status: 'draft',
      createdBy: caller.principal.userId,
    });
    await auditSlip(tx, caller, 'supervisionSlip.create', row.id, null, toSlip(row));
    return slipDetailOf(tx, caller.principal, row);
  });
}

export async function editSlip(db: Db, caller: Caller, id: string, input: SlipInput & { version: number }) {
  return db.transaction(async (tx) => {
    const { row } = await lockEditableDraft(tx, caller.principal, id, input.version);
    await checkInput(tx, caller.principal, input, row.attachmentFileIds as string[]);
    // A draft moved to another year takes that year's next number; nothing was printed yet.
    const slipNo =
      yearOf(row.inspectedOn) === yearOf(input.inspectedOn)
        ? row.slipNo
        : await nextSlipNo(tx, yearOf(input.inspectedOn));
    const next = await updateSlip(tx, id, { ...columnsOf(input), slipNo });
    await auditSlip(tx, caller, 'supervisionSlip.update', id, toSlip(row), toSlip(next));
    return slipDetailOf(tx, caller.principal, next);
  });
}

export async function removeSlip(db: Db, caller: Caller, id: string, version: number) {
  await db.transaction(async (tx) => {
    const { row } = await lockEditableDraft(tx, caller.principal, id, version);
    await deleteSlipRow(tx, row);
    await auditSlip(tx, caller, 'supervisionSlip.delete', id, toSlip(row), null);
  });
}

/** Takes one step of the core state machine, in the role the step names. */
export function stepOf(caller: Caller, row: SlipRow, to: SlipStatus) {
  const actors = slipSteps.find((s) => s.from === row.status && s.to === to)?.actors ?? [];
  return transitionSlip(row.status as SlipStatus, to, roleFor(caller.principal, actors));
}
