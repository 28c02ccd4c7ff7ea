import type { CampaignTargetsAddInput } from '@bianping/core/campaigns/api';
import {
  automaticSetIds,
  type SetChoice,
  selectTargets,
  type TargetFilters,
} from '@bianping/core/campaigns/target-sets';
import { AppError, ErrorCode, notFound } from '@bianping/core/errors';
import { unitCategories } from '@bianping/core/registry/vocabulary';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { campaignTargets, units } from '../../db/schema/index.ts';
import { findSet } from '../indicators/indicators.queries.ts';
import { regionSubtreeIds } from '../regions/regions.queries.ts';
import { assertDraft, type Caller, editCampaign, lockWritableCampaign } from './campaign-edit.ts';
import {
  clearTeams,
  deleteTarget,
  insertTargets,
  loadTargetableUnits,
  updateTarget,
} from './campaign-targets.queries.ts';
import { type CampaignRow, planOf } from './campaigns.queries.ts';

/**
 * 评估对象 of a draft: pick units of the campaign's region by filters or by hand, each with the
 * "1+X" sets of the plan's set choice (overridable per target). Changing the targets voids a
 * team draw, whose record names the targets it dealt.
 */

/** Units of the campaign's region the filters select, the filters' regions expanded to subtrees. */
async function candidatesOf(
  db: Db,
  row: CampaignRow,
  filters: TargetFilters,
  unitIds: readonly string[] = [],
) {
  const regionIds = await regionSubtreeIds(db, [row.regionId]);
  const pool = await loadTargetableUnits(db, regionIds);
  if (filters.regionIds) {
    const wanted = new Set(await regionSubtreeIds(db, filters.regionIds));
    filters = { ...filters, regionIds: regionIds.filter((id) => wanted.has(id)) };
  }
  return selectTargets(pool, { ...filters, includeUnitIds: [...(filters.includeUnitIds ?? []), ...unitIds] });
}

/** What the picker would add, with automatic sets; does not change anything. */
export async function previewTargets(
  db: Db,
  caller: Caller,
  id: string,
  filters: TargetFilters,
  choice?: SetChoice,
) {
  return db.transaction(async (tx) => {
    const row = await lockWritableCampaign(tx, caller, id);
    const setChoice = choice ?? planOf(row).setChoice;
    const existing = await tx
      .select({ unitId: campaignTargets.unitId })
      .from(campaignTargets)
      .where(eq(campaignTargets.campaignId, id));
    const already = new Set(existing.map((e) => e.unitId));
    const items = (await candidatesOf(tx, row, filters)).map((u) => ({
      unitId: u.id,
      unitName: u.name,
      kind: u.kind,
      category: u.category,
      regionId: u.regionId,
      setIds: automaticSetIds(u, setChoice),
      missingCategorySet: setChoice.categorySetIds[u.category] === undefined,
      alreadyTarget: already.has(u.id),
    }));
    return { items, total: items.length };
  });
}

/** The units named by hand that cannot be targets (other region, merged, unknown). */
function refuseUnknown(ids: readonly string[]) {
  return new AppError(
    ErrorCode.Validation,
    {
      zh: `${ids.length} 个单位不在本项目区划内或已撤并，不能作为评估对象`,
      en: `${ids.length} unit(s) are outside the campaign's region or no longer active`,
    },
    'unitIds',
    { unitIds: ids },
  );
}

export async function addTargets(db: Db, caller: Caller, id: string, input: CampaignTargetsAddInput) {
  return editCampaign(db, caller, id, input.version, async (tx, row) => {
    assertDraft(row, { zh: '评估对象', en: 'the targets' });
    const unitIds = input.unitIds ?? [];
    // Units by hand only: no filter means "nothing by filter", not "every unit".
    const filters: TargetFilters = input.filters ?? { kinds: [] };
    const chosen = await candidatesOf(tx, row, filters, unitIds);
    const found = new Set(chosen.map((u) => u.id));
    const unknown = unitIds.filter((u) => !found.has(u));
    if (unknown.length) throw refuseUnknown(unknown);
    const { setChoice } = planOf(row);
    const before = await tx
      .select({ unitId: campaignTargets.unitId })
      .from(campaignTargets)
      .where(eq(campaignTargets.campaignId, id));
    const existing = new Set(before.map((b) => b.unitId));
    const fresh = chosen.filter((u) => !existing.has(u.id));
    await insertTargets(
      tx,
      id,
      fresh.map((u) => ({
        unitId: u.id,
        setIds: automaticSetIds(u, setChoice),
        setsOverridden: false,
        teamNo: null,
      })),
    );
    if (fresh.length) await clearTeams(tx, id);
    return {
      action: 'campaign.targets.add',
      before: { targetCount: existing.size },
      after: { added: fresh.map((u) => u.id), filters: input.filters ?? null },
      changes: fresh.length ? { teamDraw: null } : {},
    };
  });
}

const targetNotFound = () => notFound({ zh: '评估对象', en: 'Target' }, 'unitId');

async function targetOf(tx: Db, id: string, unitId: string) {
  const [row] = await tx
    .select()
    .from(campaignTargets)
    .where(and(eq(campaignTargets.campaignId, id), eq(campaignTargets.unitId, unitId)));
  if (!row) throw targetNotFound();
  return row;
}

/** An officer's set choice for one target, or back to the automatic sets (`null`). */
export async function setTargetSets(
  db: Db,
  caller: Caller,
  id: string,
  unitId: string,
  input: { version: number; setIds: string[] | null },
) {
  return editCampaign(db, caller, id, input.version, async (tx, row) => {
    assertDraft(row, { zh: '指标体系', en: 'the sets' });
    const target = await targetOf(tx, id, unitId);
    if (input.setIds) await assertSetsExist(tx, input.setIds);
    const [unit] = await tx.select({ category: units.category }).from(units).where(eq(units.id, unitId));
    const setIds = input.setIds ?? automaticSetIds(unit as { category: never }, planOf(row).setChoice);
    await updateTarget(tx, id, unitId, { setIds, setsOverridden: input.setIds !== null });
    return {
      action: 'campaign.targets.sets',
      before: { unitId, setIds: target.setIds, overridden: target.setsOverridden },
      after: { unitId, setIds, overridden: input.setIds !== null },
    };
  });
}

export async function removeTarget(db: Db, caller: Caller, id: string, unitId: string, version: number) {
  return editCampaign(db, caller, id, version, async (tx, row) => {
    assertDraft(row, { zh: '评估对象', en: 'the targets' });
    const target = await targetOf(tx, id, unitId);
    await deleteTarget(tx, id, unitId);
    await clearTeams(tx, id);
    return { action: 'campaign.targets.remove', before: target, after: null, changes: { teamDraw: null } };
  });
}

/** Refuses set ids that are not in the library (status is the launch check's business). */
async function assertSetsExist(db: Db, ids: readonly string[], field = 'setIds') {
  for (const setId of ids) {
    if (!(await findSet(db, setId)))
      throw notFound({ zh: `指标体系 ${setId}`, en: `Indicator set ${setId}` }, field);
  }
}

/** Checks that the "1" is a common set and each "X" a set of its category. */
async function assertChoiceFits(db: Db, choice: SetChoice) {
  const wrong = (zh: string, en: string, field: string) =>
    new AppError(ErrorCode.Validation, { zh, en }, field);
  if (choice.commonSetId) {
    const found = await findSet(db, choice.commonSetId);
    if (!found) throw notFound({ zh: '共性指标体系', en: 'Common set' }, 'setChoice.commonSetId');
    if (found.set.kind !== 'common') {
      throw wrong(
        `“${found.set.name}”不是共性指标体系`,
        `“${found.set.name}” is not a common set`,
        'setChoice.commonSetId',
      );
    }
  }
  for (const [category, setId] of Object.entries(choice.categorySetIds)) {
    const field = `setChoice.categorySetIds.${category}`;
    const found = await findSet(db, setId as string);
    if (!found) throw notFound({ zh: '个性指标体系', en: 'Category set' }, field);
    if (found.set.category !== category) {
      const label = unitCategories.labels[category as keyof typeof unitCategories.labels];
      throw wrong(
        `“${found.set.name}”不是“${label.zh}”类别的个性指标体系`,
        `“${found.set.name}” is not the category set of ${label.en}`,
        field,
      );
    }
  }
}

/** Chooses the "1" and the "X"s; targets on automatic sets follow, overridden ones stay. */
export async function updateSetChoice(
  db: Db,
  caller: Caller,
  id: string,
  version: number,
  choice: SetChoice,
) {
  await assertChoiceFits(db, choice);
  return editCampaign(db, caller, id, version, async (tx, row) => {
    assertDraft(row, { zh: '指标体系', en: 'the sets' });
    for (const category of unitCategories.codes) {
      const setIds = automaticSetIds({ category }, choice);
      await tx
        .update(campaignTargets)
        .set({ setIds })
        .where(
          and(
            eq(campaignTargets.campaignId, id),
            eq(campaignTargets.setsOverridden, false),
            inArray(campaignTargets.unitId, sql`(select id from units where category = ${category})`),
          ),
        );
    }
    const plan = planOf(row);
    return {
      action: 'campaign.sets',
      before: { setChoice: plan.setChoice },
      after: { setChoice: choice },
      changes: { plan: { ...plan, setChoice: choice } },
    };
  });
}
