import {
  type ExternalAssignInput,
  type ExternalItem,
  expandAssignments,
  itemKey,
} from '@bianping/core/campaigns/external';
import { isPhaseEditable, type TargetPhaseState } from '@bianping/core/campaigns/target-phase';
import { AppError, ErrorCode } from '@bianping/core/errors';
import type { Db } from '../../db/client.ts';
import { auditCampaign, type Caller, lockWritableCampaign } from './campaign-edit.ts';
import { loadFrozenSets } from './campaigns.queries.ts';
import {
  type AssignmentRow,
  deleteAssignments,
  ensureSheets,
  insertAssignments,
  listAssignments,
  listCampaignTargets,
  lockSheets,
} from './external.queries.ts';
import { assertOpen, invalid, lockedError, lockTargetPhases, settleTargets } from './external.service.ts';
import { externalNodeOf, setsById } from './external-items.ts';
import { listRegionUnits } from './external-read.ts';

/**
 * The office's assignments of 外部评价: which departments grade which items of which targets.
 * Assignments are rows of their own, so assigning states the campaign's version (a stale plan is
 * refused) without bumping it; each change is audited on the campaign. Locks: the campaign row,
 * then the departments' sheets, then the targets' phase rows — the order of every external change.
 */

/** Officers assign departments × targets × items; existing ones are skipped. Audited on the campaign. */
export async function assignExternal(db: Db, caller: Caller, id: string, input: ExternalAssignInput) {
  return db.transaction(async (tx) => {
    const campaign = await lockWritableCampaign(tx, caller, id, input.version);
    assertOpen(campaign.status);
    const targets = new Map((await listCampaignTargets(tx, id)).map((t) => [t.unitId, t]));
    const unknownTarget = input.targetUnitIds.find((u) => !targets.has(u));
    if (unknownTarget) {
      throw invalid(
        'targetUnitIds',
        `单位 ${unknownTarget} 不是本评估项目的评估对象`,
        `Unit ${unknownTarget} is not a target of this campaign`,
      );
    }
    const candidates = new Set((await listRegionUnits(tx, campaign.regionId)).map((u) => u.unit_id));
    const unknownRater = input.raterUnitIds.find((u) => !candidates.has(u));
    if (unknownRater) {
      throw invalid(
        'raterUnitIds',
        `单位 ${unknownRater} 不是本项目区划内的在用单位，不能作为外部评价部门`,
        `Unit ${unknownRater} is not an active unit of the campaign’s region and cannot rate`,
      );
    }
    const sets = setsById(await loadFrozenSets(tx, id));
    for (const item of input.items) {
      if (item.kind !== 'indicator') continue;
      const node = externalNodeOf(sets, item);
      const outsider = input.targetUnitIds.find((u) => !(targets.get(u)?.setIds ?? []).includes(item.setId));
      if (!node || outsider) {
        const who = outsider ? targets.get(outsider)?.name : null;
        throw invalid(
          'items',
          who
            ? `指标 ${item.nodeCode} 不在评估对象“${who}”所用的指标体系中，不能分配给它`
            : `指标 ${item.nodeCode} 不能用于外部评价：须为本项目指标体系中来源含“外部评价”的指标`,
          who
            ? `Indicator ${item.nodeCode} is not in the sets of target “${who}”`
            : `Indicator ${item.nodeCode} cannot be rated externally: its sources must include external`,
          { item },
        );
      }
    }
    // Sheets first, then target phases: the order every change locks them in.
    await ensureSheets(tx, id, input.raterUnitIds);
    const sheets = new Map((await lockSheets(tx, id, input.raterUnitIds)).map((s) => [s.raterUnitId, s]));
    const submitted = input.raterUnitIds.find(
      (r) => !isPhaseEditable((sheets.get(r)?.state ?? 'notStarted') as TargetPhaseState),
    );
    if (submitted) {
      throw new AppError(
        ErrorCode.IllegalTransition,
        {
          zh: '该部门已提交外部评价表，请先退回再增加评价事项',
          en: 'That department has submitted its sheet; return it before assigning more',
        },
        'raterUnitIds',
        { raterUnitId: submitted },
      );
    }
    const phases = await lockTargetPhases(tx, id, input.targetUnitIds);
    const closed = input.targetUnitIds.find((u) => !isPhaseEditable(phases.get(u)?.state ?? 'notStarted'));
    if (closed)
      throw lockedError('target', phases.get(closed)?.state ?? 'submitted', targets.get(closed)?.name);
    const existing = (await listAssignments(tx, id)).map((a) => ({ ...a, item: a.item as ExternalItem }));
    const wanted = expandAssignments(input, existing);
    // A department does not rate itself: such pairs are skipped with the existing ones.
    const fresh = wanted.filter((a) => a.raterUnitId !== a.targetUnitId);
    const created = await insertAssignments(
      tx,
      id,
      fresh.map((a) => ({ ...a, itemKey: itemKey(a.item) })),
    );
    const total = input.raterUnitIds.length * input.targetUnitIds.length * input.items.length;
    const result = { created, skipped: total - created };
    if (created > 0) {
      await auditCampaign(tx, caller, 'campaign.external.assign', id, null, {
        ...result,
        raterUnitIds: input.raterUnitIds,
        targetUnitIds: input.targetUnitIds,
        items: input.items.map(itemKey),
      });
    }
    return result;
  });
}

/**
 * Officers remove ungraded assignments of sheets not submitted; a target whose remaining sheets
 * are all submitted then counts as submitted, as if its last sheet had just come in.
 */
export async function unassignExternal(db: Db, caller: Caller, id: string, ids: readonly string[]) {
  return db.transaction(async (tx) => {
    const campaign = await lockWritableCampaign(tx, caller, id);
    assertOpen(campaign.status);
    const unique = [...new Set(ids)];
    const departments = new Set(
      (await listAssignments(tx, id)).filter((a) => unique.includes(a.id)).map((a) => a.raterUnitId),
    );
    // The sheets are locked before reading the grades: a rater's save holds its sheet's lock.
    const sheets = new Map((await lockSheets(tx, id, [...departments])).map((s) => [s.raterUnitId, s]));
    const all = new Map((await listAssignments(tx, id)).map((a) => [a.id, a]));
    for (const assignmentId of unique) {
      const a = all.get(assignmentId);
      if (!a)
        throw invalid('ids', `评价事项 ${assignmentId} 不存在`, `Assignment ${assignmentId} does not exist`);
      const sheetState = (sheets.get(a.raterUnitId)?.state ?? 'notStarted') as TargetPhaseState;
      if (a.level !== null || !isPhaseEditable(sheetState)) {
        throw invalid(
          'ids',
          '已评价的事项或已提交评价表中的事项不能删除',
          'Graded assignments and those of submitted sheets cannot be removed',
          { assignmentId },
        );
      }
    }
    await deleteAssignments(tx, unique);
    const removed = unique.map((x) => all.get(x) as AssignmentRow);
    // A target whose last unsubmitted sheet lost its items now has every sheet in.
    const settled = await settleTargets(tx, caller, id, new Set(removed.map((a) => a.targetUnitId)));
    await auditCampaign(
      tx,
      caller,
      'campaign.external.unassign',
      id,
      {
        assignments: removed.map((a) => ({
          id: a.id,
          raterUnitId: a.raterUnitId,
          targetUnitId: a.targetUnitId,
          item: a.itemKey,
        })),
      },
      settled.length ? { targetsSubmitted: settled } : null,
    );
    return { deleted: unique.length };
  });
}
