import { randomUUID } from 'node:crypto';
import { AppError, ErrorCode, staleVersion } from '@bianping/core/errors';
import { categoryMessage, type IndicatorSetMeta } from '@bianping/core/indicators';
import type {
  IndicatorSetCreateInput,
  IndicatorSetDeriveInput,
  IndicatorSetUpdateInput,
} from '@bianping/core/indicators/api';
import { planDerivedSet, planNewVersion, type SetDraft } from '@bianping/core/indicators/derive';
import { assertEditable, canStartNewVersion, nextStatus } from '@bianping/core/indicators/set-status';
import { canPublish, validateSet } from '@bianping/core/indicators/validate';
import { indicatorSetStatuses } from '@bianping/core/indicators/vocabulary';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../plugins/auth.ts';
import { appendAudit } from '../audit/audit.queries.ts';
import type { AuditActor } from '../audit/audit-actor.ts';
import { insertNodes, loadNodes } from './indicator-nodes.queries.ts';
import { assertVisible, owningRegionFor } from './indicators.policy.ts';
import { deleteSet, findSet, insertSet, seriesState, updateSet } from './indicators.queries.ts';
import { editDraft, lockWritableSet } from './indicators-draft.ts';

/** Use cases of whole sets: create, edit meta, delete a draft, publish, archive, copy. */

type Caller = { principal: Principal; actor: AuditActor };

const audit = (tx: Db, caller: Caller, action: string, entityId: string, before: unknown, after: unknown) =>
  appendAudit(tx, { ...caller.actor, action, entityType: 'indicatorSet', entityId, before, after });

/** Writes a new set and its nodes (a draft unless `status` says otherwise); returns its id. */
export async function insertSetWithNodes(
  tx: Db,
  draft: SetDraft,
  owner: { regionId: string | null; createdBy: string | null; status?: 'draft' | 'published' },
): Promise<string> {
  const id = await insertSet(tx, {
    seriesId: draft.seriesId,
    edition: draft.edition,
    regionId: owner.regionId,
    meta: draft.meta,
    derivedFromSetId: draft.derivedFrom?.setId ?? null,
    weighting: draft.weighting,
    createdBy: owner.createdBy,
    ...(owner.status ? { status: owner.status, publishedBy: owner.createdBy } : {}),
  });
  await insertNodes(tx, id, draft.nodes);
  return id;
}

export async function createSet(db: Db, caller: Caller, input: IndicatorSetCreateInput): Promise<string> {
  const { regionId: asked, ...meta } = input;
  const regionId = await owningRegionFor(db, caller.principal, asked);
  return db.transaction(async (tx) => {
    const draft: SetDraft = {
      meta,
      seriesId: randomUUID(),
      edition: 1,
      derivedFrom: null,
      weighting: null,
      nodes: [],
    };
    const id = await insertSetWithNodes(tx, draft, { regionId, createdBy: caller.principal.userId });
    await audit(tx, caller, 'indicatorSet.create', id, null, { ...meta, regionId });
    return id;
  });
}

const categoryMismatch = () => new AppError(ErrorCode.Validation, splitMessage(categoryMessage), 'category');
function splitMessage(text: string) {
  const [zh = text, en = text] = text.split(' / ');
  return { zh, en };
}
const fitsKind = (kind: string, category: string | null) =>
  kind === 'common' ? category === null : category !== null;

/** Changes a draft's meta (the kind stays; the category must fit it). */
export async function updateSetMeta(db: Db, caller: Caller, id: string, input: IndicatorSetUpdateInput) {
  const { version, ...patch } = input;
  await editDraft(db, id, { ...caller, version }, async (_tx, { set }) => {
    if (patch.category !== undefined && !fitsKind(set.kind, patch.category)) throw categoryMismatch();
    const changes = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    const before = Object.fromEntries(Object.keys(changes).map((k) => [k, set[k as keyof typeof set]]));
    return { action: 'indicatorSet.update', before, after: changes, setChanges: changes };
  });
}

/** Deletes a draft with its nodes, judgements and comments. */
export async function deleteDraft(db: Db, caller: Caller, id: string, version: number) {
  await db.transaction(async (tx) => {
    const { set } = await lockWritableSet(tx, caller.principal, id);
    assertEditable(set);
    if (set.version !== version) throw staleVersion(set.version);
    await deleteSet(tx, id);
    await audit(tx, caller, 'indicatorSet.delete', id, set, null);
  });
}

/** Publishes a draft that passes validation; refuses with the problems otherwise. */
export async function publishSet(db: Db, caller: Caller, id: string, version: number) {
  await editDraft(db, id, { ...caller, version, withNodes: true }, async (_tx, { set, nodes }) => {
    const problems = validateSet(set, nodes);
    if (!canPublish(problems)) {
      const errors = problems.filter((p) => p.severity === 'error');
      throw new AppError(
        ErrorCode.Validation,
        {
          zh: `指标体系有 ${errors.length} 个问题，修正后才能发布：${errors[0]?.message.zh}`,
          en: `The set has ${errors.length} problem(s) to fix before publishing: ${errors[0]?.message.en}`,
        },
        undefined,
        { problems },
      );
    }
    return {
      action: 'indicatorSet.publish',
      before: { status: set.status },
      after: { status: 'published', nodes: nodes.length },
      setChanges: { status: 'published', publishedAt: new Date(), publishedBy: caller.principal.userId },
    };
  });
}

/** Archives a published edition or brings an archived one back (停用 / 恢复). */
export async function changeStatus(
  db: Db,
  caller: Caller,
  id: string,
  version: number,
  action: 'archive' | 'restore',
) {
  await db.transaction(async (tx) => {
    const { set } = await lockWritableSet(tx, caller.principal, id);
    const status = nextStatus(set.status, action);
    if (set.version !== version) throw staleVersion(set.version);
    await updateSet(tx, id, { status });
    await audit(tx, caller, `indicatorSet.${action}`, id, { status: set.status }, { status });
  });
}

/** A new draft edition of a published (or archived) one; one draft per series at a time. */
export async function startNewVersion(db: Db, caller: Caller, id: string): Promise<string> {
  return db.transaction(async (tx) => {
    const { set } = await lockWritableSet(tx, caller.principal, id);
    if (!canStartNewVersion(set.status)) {
      throw new AppError(
        ErrorCode.IllegalTransition,
        {
          zh: `第 ${set.edition} 版仍是${indicatorSetStatuses.labels.draft.zh}，直接修改即可，无需新建版本`,
          en: `Edition ${set.edition} is still a draft: edit it instead of starting a new version`,
        },
        'status',
      );
    }
    const series = await seriesState(tx, set.seriesId);
    if (series.draft !== null) {
      throw new AppError(ErrorCode.Conflict, {
        zh: `该指标体系已有草稿（第 ${series.draft} 版），请在草稿上修改`,
        en: `This set already has a draft (edition ${series.draft}); edit that one`,
      });
    }
    const plan = planNewVersion({ set, nodes: await loadNodes(tx, id) }, randomUUID);
    const newId = await insertSetWithNodes(
      tx,
      { ...plan, edition: series.last + 1 },
      { regionId: set.regionId, createdBy: caller.principal.userId },
    );
    await audit(
      tx,
      caller,
      'indicatorSet.newVersion',
      newId,
      { from: id, edition: set.edition },
      {
        edition: series.last + 1,
        nodes: plan.nodes.length,
      },
    );
    return newId;
  });
}

/**
 * A new series refining a published (or archived) set, owned by the caller's office: every node
 * keeps its lineage to the node it was copied from.
 */
export async function deriveSet(
  db: Db,
  caller: Caller,
  id: string,
  input: IndicatorSetDeriveInput,
): Promise<string> {
  const { regionId: asked, ...options } = input;
  const regionId = await owningRegionFor(db, caller.principal, asked);
  return db.transaction(async (tx) => {
    const found = await findSet(tx, id);
    assertVisible(caller.principal, found?.set);
    const source = (found as NonNullable<typeof found>).set;
    if (source.status === 'draft') {
      throw new AppError(
        ErrorCode.IllegalTransition,
        {
          zh: '只能从已发布的指标体系派生；请先发布该草稿',
          en: 'Only a published set can be derived from; publish the draft first',
        },
        'status',
      );
    }
    const kind = options.kind ?? source.kind;
    const category =
      options.category !== undefined ? options.category : options.kind ? null : source.category;
    if (!fitsKind(kind, category)) throw categoryMismatch();
    const meta: Partial<IndicatorSetMeta> = { name: options.name, kind, category };
    if (options.description !== undefined) meta.description = options.description;
    const plan = planDerivedSet({ set: source, nodes: await loadNodes(tx, id) }, meta, randomUUID);
    const newId = await insertSetWithNodes(tx, plan, { regionId, createdBy: caller.principal.userId });
    await audit(
      tx,
      caller,
      'indicatorSet.derive',
      newId,
      { from: id },
      { ...meta, regionId, nodes: plan.nodes.length },
    );
    return newId;
  });
}
