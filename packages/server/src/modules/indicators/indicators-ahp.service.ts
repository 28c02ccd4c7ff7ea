import { AppError, ErrorCode, notFound } from '@bianping/core/errors';
import type { IndicatorNode, IndicatorSet } from '@bianping/core/indicators';
import { type AhpOptions, analyzeAhp, type RiTableName } from '@bianping/core/indicators/ahp';
import { applyAhp } from '@bianping/core/indicators/ahp-weighting';
import type {
  AhpApplyInput,
  AhpJudgementInput,
  AhpOutcome,
  AhpQuery,
  AhpView,
} from '@bianping/core/indicators/api';
import { assertEditable } from '@bianping/core/indicators/set-status';
import { childrenByParent } from '@bianping/core/indicators/tree';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../plugins/auth.ts';
import { appendAudit } from '../audit/audit.queries.ts';
import type { AuditActor } from '../audit/audit-actor.ts';
import { loadNodes, updateNodes } from './indicator-nodes.queries.ts';
import { assertVisible, indicatorWriters } from './indicators.policy.ts';
import { findSet } from './indicators.queries.ts';
import { combinedOutcome, readEnteredMatrix, reorderMatrix } from './indicators-ahp.matrix.ts';
import { listJudgements, saveJudgement } from './indicators-ahp.queries.ts';
import { editDraft } from './indicators-draft.ts';

/**
 * AHP weighting of the children of a node (or of the top level): each officer or expert keeps
 * their own pairwise matrix; the panel shows them and their geometric-mean combination; an
 * officer applies the combination as points when CR < 0.1. Only scored children are weighed —
 * bonus and veto items stay outside the points.
 */

type Caller = { principal: Principal; actor: AuditActor };

/** The scored children of `parentId` in order, and the points they share. */
function weighedChildren(set: IndicatorSet, nodes: readonly IndicatorNode[], parentId: string | null) {
  const parent = parentId === null ? null : nodes.find((n) => n.id === parentId);
  if (parentId !== null && !parent) throw notFound({ zh: '上级指标', en: 'Parent indicator' }, 'parentId');
  const children = (childrenByParent(nodes).get(parentId) ?? []).filter((n) => n.role === 'scored');
  return { parent: parent ?? null, children, totalPoints: parent ? parent.maxPoints : set.fullMark };
}

const isOfficer = (principal: Principal) => principal.roles.some((a) => indicatorWriters.includes(a.role));

/** The stored judgements that still fit the children, in their order. */
async function fittingMatrices(db: Db, setId: string, parentId: string | null, childIds: string[]) {
  const rows = await listJudgements(db, setId, parentId, null);
  return rows.flatMap((r) => {
    const matrix = reorderMatrix(r.matrix, r.itemIds, childIds);
    return matrix ? [matrix] : [];
  });
}

/** The AHP panel of one parent: children, judgements (own; everyone's for officers), combination. */
export async function getAhpView(
  db: Db,
  principal: Principal,
  setId: string,
  query: AhpQuery,
): Promise<AhpView> {
  const found = await findSet(db, setId);
  assertVisible(principal, found?.set);
  const set = (found as NonNullable<typeof found>).set;
  const parentId = query.parentId ?? null;
  const { parent, children, totalPoints } = weighedChildren(set, await loadNodes(db, setId), parentId);
  const childIds = children.map((c) => c.id);
  const rows = await listJudgements(db, setId, parentId, isOfficer(principal) ? null : principal.userId);
  const judgements = rows
    .map((r) => {
      const ordered = reorderMatrix(r.matrix, r.itemIds, childIds);
      const riTable = r.riTable as RiTableName;
      const analysis = ordered
        ? analyzeAhp({ matrix: ordered, riTable, ...(query.method ? { method: query.method } : {}) })
        : null;
      return {
        id: r.id,
        authorId: r.authorId,
        authorName: r.authorName,
        isOwn: r.authorId === principal.userId,
        childIds: ordered ? childIds : r.itemIds,
        matrix: ordered ?? r.matrix,
        riTable,
        analysis,
        stale: ordered === null,
        updatedAt: new Date(r.updatedAt).toISOString(),
      };
    })
    .sort((a, b) => Number(b.isOwn) - Number(a.isOwn));
  const own = judgements.find((j) => j.isOwn);
  const fitting = judgements.filter((j) => !j.stale).map((j) => j.matrix);
  const options: AhpOptions = {
    riTable: query.riTable ?? own?.riTable ?? 'saaty1980',
    ...(query.method ? { method: query.method } : {}),
  };
  return {
    parentId,
    children: children.map((c) => ({ id: c.id, code: c.code, name: c.name, maxPoints: c.maxPoints })),
    totalPoints,
    judgements,
    combined: fitting.length && childIds.length >= 2 ? combinedOutcome(fitting, totalPoints, options) : null,
    weighting: parent ? parent.weighting : set.weighting,
  };
}

/** Saves the caller's own matrix for the children of `parentId` (a draft only). */
export async function saveOwnJudgement(db: Db, caller: Caller, setId: string, input: AhpJudgementInput) {
  await db.transaction(async (tx) => {
    const found = await findSet(tx, setId, { lock: true });
    assertVisible(caller.principal, found?.set);
    const set = (found as NonNullable<typeof found>).set;
    assertEditable(set);
    const { children } = weighedChildren(set, await loadNodes(tx, setId), input.parentId);
    if (children.length < 2) {
      throw new AppError(
        ErrorCode.Validation,
        {
          zh: '至少需要两个计分的下级指标才能两两比较',
          en: 'Pairwise comparison needs at least two scored children',
        },
        'parentId',
      );
    }
    const childIds = children.map((c) => c.id);
    const itemIds = input.childIds ?? childIds;
    if (itemIds.length !== childIds.length || !childIds.every((id) => itemIds.includes(id))) {
      throw new AppError(
        ErrorCode.Validation,
        {
          zh: 'childIds 应恰好列出全部计分的下级指标各一次',
          en: 'childIds must list every scored child exactly once',
        },
        'childIds',
      );
    }
    const matrix = readEnteredMatrix(input.matrix, childIds.length);
    const riTable = input.riTable ?? 'saaty1980';
    const before = await saveJudgement(tx, {
      setId,
      parentId: input.parentId,
      authorId: caller.principal.userId,
      matrix,
      itemIds,
      riTable,
    });
    await appendAudit(tx, {
      ...caller.actor,
      action: 'indicatorSet.ahp.judge',
      entityType: 'indicatorSet',
      entityId: setId,
      before: before && { parentId: input.parentId, matrix: before },
      after: { parentId: input.parentId, itemIds, matrix, riTable },
    });
  });
}

/**
 * Applies the combination of every fitting judgement as points of the children (0.5 steps, the
 * sum exactly the parent's points or the full mark), keeping the weighting on the parent (or the
 * set). Refused when CR ≥ 0.1, with the comparisons to revise.
 */
export async function applyCombinedWeights(
  db: Db,
  caller: Caller,
  setId: string,
  input: AhpApplyInput,
): Promise<AhpOutcome> {
  const options: AhpOptions = {
    ...(input.riTable ? { riTable: input.riTable } : {}),
    ...(input.method ? { method: input.method } : {}),
  };
  const result = await editDraft(
    db,
    setId,
    { ...caller, version: input.version, withNodes: true },
    async (tx, { set, nodes }) => {
      const { parent, children, totalPoints } = weighedChildren(set, nodes, input.parentId);
      const childIds = children.map((c) => c.id);
      const matrices = childIds.length >= 2 ? await fittingMatrices(tx, setId, input.parentId, childIds) : [];
      if (!matrices.length) {
        throw new AppError(
          ErrorCode.Validation,
          {
            zh: '还没有适用于当前下级指标的判断矩阵',
            en: 'No pairwise matrix fits the current children yet',
          },
          'parentId',
        );
      }
      const application = applyAhp({
        childIds,
        matrices,
        totalPoints,
        appliedAt: new Date().toISOString(),
        options,
      });
      if (!application.ok) {
        throw new AppError(ErrorCode.Validation, application.message, 'matrix', {
          cr: application.result.cr,
          inconsistencies: application.inconsistencies.slice(0, 3),
        });
      }
      const { weighting } = application;
      const pointsOf = new Map(childIds.map((id, i) => [id, weighting.points[i] as number]));
      const changed = children.map((c) => ({ ...c, maxPoints: pointsOf.get(c.id) as number }));
      await updateNodes(tx, setId, parent ? [...changed, { ...parent, weighting }] : changed);
      return {
        action: 'indicatorSet.ahp.apply',
        before: children.map((c) => ({ id: c.id, maxPoints: c.maxPoints })),
        after: {
          parentId: input.parentId,
          cr: weighting.cr,
          points: weighting.points,
          judgements: matrices.length,
        },
        setChanges: parent ? {} : { weighting },
        outcome: { ...application.result, points: weighting.points, applied: true, inconsistencies: [] },
      };
    },
  );
  return result.outcome;
}
