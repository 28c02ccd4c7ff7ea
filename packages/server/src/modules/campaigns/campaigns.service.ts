import type {
  CampaignBasicsUpdateInputSchema,
  CampaignCreateInput,
  CampaignTransitionInput,
} from '@bianping/core/campaigns';
import {
  arePhaseDatesEditable,
  type CampaignStatus,
  transitionCampaign,
} from '@bianping/core/campaigns/campaign-status';
import { CampaignGradingSchema } from '@bianping/core/campaigns/grading';
import {
  defaultDocumentChecklistConfig,
  defaultInterviewOutlinesConfig,
} from '@bianping/core/campaigns/onsite';
import { defaultSourceWeights } from '@bianping/core/campaigns/source-weights';
import { AppError, ErrorCode } from '@bianping/core/errors';
import type { z } from 'zod';
import type { Db } from '../../db/client.ts';
import {
  actorRoleOf,
  assertDraft,
  auditCampaign,
  type Caller,
  editCampaign,
  lockWritableCampaign,
} from './campaign-edit.ts';
import { launchCampaign } from './campaign-launch.service.ts';
import { assertWritableRegion } from './campaigns.policy.ts';
import {
  type CampaignRow,
  countTargets,
  deleteCampaign,
  insertCampaign,
  type PlanSections,
  planOf,
} from './campaigns.queries.ts';

/** Use cases of the campaign itself: create a draft, edit basics and plan sections, delete, move on. */

/** The plan a new draft starts with: no phases yet, the default weights, bands and outlines. */
export const defaultPlan = (): PlanSections => ({
  phases: [],
  sourceWeights: structuredClone(defaultSourceWeights),
  setMix: { commonShare: 0.7 },
  grading: CampaignGradingSchema.parse({}),
  interviewOutlines: defaultInterviewOutlinesConfig(),
  documentChecklist: defaultDocumentChecklistConfig(),
  setChoice: { commonSetId: null, categorySetIds: {} },
});

export async function createCampaign(db: Db, caller: Caller, input: CampaignCreateInput): Promise<string> {
  await assertWritableRegion(db, caller.principal, input.regionId);
  return db.transaction(async (tx) => {
    const id = await insertCampaign(tx, {
      ...input,
      createdBy: caller.principal.userId,
      plan: defaultPlan(),
    });
    await auditCampaign(tx, caller, 'campaign.create', id, null, input);
    return id;
  });
}

type BasicsInput = z.infer<typeof CampaignBasicsUpdateInputSchema>;

/** Basics of a draft; the region may change only while there are no targets (they belong to it). */
export async function updateBasics(db: Db, caller: Caller, id: string, input: BasicsInput) {
  const { version, ...patch } = input;
  return editCampaign(db, caller, id, version, async (tx, row) => {
    assertDraft(row, { zh: '基本信息', en: 'the basics' });
    const changes = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    if (changes.regionId && changes.regionId !== row.regionId) {
      await assertWritableRegion(tx, caller.principal, changes.regionId as string);
      if ((await countTargets(tx, id)) > 0) {
        throw new AppError(
          ErrorCode.Validation,
          {
            zh: '已选择评估对象的项目不能更换区划，请先移除评估对象',
            en: 'The region cannot change once targets are chosen; remove the targets first',
          },
          'regionId',
        );
      }
    }
    const before = Object.fromEntries(Object.keys(changes).map((k) => [k, row[k as keyof CampaignRow]]));
    return { action: 'campaign.update', before, after: changes, changes };
  });
}

type SectionKey = 'phases' | 'weights' | 'grading' | 'outlines';
type SectionPatch = Partial<PlanSections>;

/** Only the dates of the launched timetable may move: the same phases in the same order. */
function assertSamePhases(row: CampaignRow, next: PlanSections['phases']) {
  const status = row.status as CampaignStatus;
  if (!arePhaseDatesEditable(status)) assertDraft(row, { zh: '评估阶段', en: 'the phases' });
  const was = planOf(row)
    .phases.map((p) => p.phase)
    .join(',');
  if (was !== next.map((p) => p.phase).join(',')) {
    throw new AppError(
      ErrorCode.Validation,
      {
        zh: '评估项目启动后只能调整各阶段的日期，不能增减阶段',
        en: 'After launch only phase dates may move; phases cannot be added or removed',
      },
      'phases',
    );
  }
}

/** Saves one plan section (phases may move after launch, see the core's rules). */
export async function updateSection(
  db: Db,
  caller: Caller,
  id: string,
  section: SectionKey,
  version: number,
  patch: SectionPatch,
) {
  return editCampaign(db, caller, id, version, async (_tx, row) => {
    if (section === 'phases' && row.status !== 'draft') assertSamePhases(row, patch.phases ?? []);
    else assertDraft(row);
    const plan = planOf(row);
    const before = Object.fromEntries(Object.keys(patch).map((k) => [k, plan[k as keyof PlanSections]]));
    return {
      action: `campaign.${section}`,
      before,
      after: patch,
      changes: { plan: { ...plan, ...patch } },
    };
  });
}

/** Deletes a draft with its targets. */
export async function removeCampaign(db: Db, caller: Caller, id: string, version: number) {
  await db.transaction(async (tx) => {
    const row = await lockWritableCampaign(tx, caller, id, version);
    assertDraft(row, { zh: '（只能删除草稿）', en: 'it (only drafts can be deleted)' });
    await deleteCampaign(tx, id);
    await auditCampaign(tx, caller, 'campaign.delete', id, { name: row.name, status: row.status }, null);
  });
}

/** Moves a campaign along; launching (from draft) freezes the sets, see `launchCampaign`. */
export async function transition(db: Db, caller: Caller, id: string, input: CampaignTransitionInput) {
  if (input.to === 'launched') return launchCampaign(db, caller, id, input.version);
  return editCampaign(db, caller, id, input.version, async (_tx, row) => {
    const from = row.status as CampaignStatus;
    const to = transitionCampaign(from, input.to, actorRoleOf(caller));
    return {
      action: 'campaign.transition',
      before: { status: from },
      after: { status: to },
      changes: { status: to },
    };
  });
}
