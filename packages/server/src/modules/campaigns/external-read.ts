import type { CampaignStatus } from '@bianping/core/campaigns/campaign-status';
import {
  averageExternalPoints,
  type ExternalItem,
  itemKey,
  levelLabel,
} from '@bianping/core/campaigns/external';
import type {
  ExternalAssigned,
  ExternalOverview,
  ExternalSheetForm,
  ExternalTargetSummary,
} from '@bianping/core/campaigns/external-api';
import { type PhaseWindow, windowOf } from '@bianping/core/campaigns/phases';
import { isPhaseEditable, type TargetPhaseState } from '@bianping/core/campaigns/target-phase';
import { type ExternalRatingLevel, externalRatingLevels } from '@bianping/core/campaigns/vocabulary';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../plugins/auth.ts';
import { regionSubtreeIds } from '../regions/regions.queries.ts';
import { canWriteRegion } from './campaigns.policy.ts';
import { type CampaignRow, loadFrozenSets, planOf } from './campaigns.queries.ts';
import { raterSheetOf, raterUnitIdsOf } from './external.policy.ts';
import {
  type AssignmentRow,
  findSheet,
  listAssignedSheets,
  listAssignments,
  listCampaignTargets,
  listExternalPhases,
  listFindingsOf,
  listRaterCandidates,
  listSheets,
  toSheetState,
  unitNames,
} from './external.queries.ts';
import { describeItem, itemOptions, mappingOf, setsById, toSheetRating } from './external-items.ts';
import { campaignForProgress } from './progress.service.ts';

/** Reading 外部评价: the office's overview, the rater's sheet and the rater's campaign list. */

const EXTERNAL = 'external';
const windowOfExternal = (campaign: CampaignRow) => {
  const w = windowOf((planOf(campaign).phases ?? []) as PhaseWindow[], EXTERNAL);
  return w ? { start: w.start, end: w.end } : null;
};

/** Active units of the campaign's region (and the regions below it): the candidate rater departments. */
export async function listRegionUnits(db: Db, regionId: string) {
  return listRaterCandidates(db, await regionSubtreeIds(db, [regionId]));
}

function summariseTargets(
  targets: readonly { unitId: string; name: string }[],
  assignments: readonly AssignmentRow[],
  phases: ReadonlyMap<string, { state: string; version: number }>,
  describe: (item: ExternalItem) => ReturnType<typeof describeItem>,
  mapping: ReturnType<typeof mappingOf>,
): ExternalTargetSummary[] {
  return targets.map((t) => {
    const mine = assignments.filter((a) => a.targetUnitId === t.unitId);
    const byItem = new Map<string, AssignmentRow[]>();
    for (const a of mine) byItem.set(a.itemKey, [...(byItem.get(a.itemKey) ?? []), a]);
    const phase = phases.get(t.unitId);
    return {
      unitId: t.unitId,
      name: t.name,
      assignments: mine.length,
      graded: mine.filter((a) => a.level !== null).length,
      state: (phase?.state ?? 'notStarted') as TargetPhaseState,
      version: phase?.version ?? 0,
      items: [...byItem].map(([key, rows]) => {
        const { label, maxPoints } = describe(rows[0]?.item as ExternalItem);
        const levels = rows.map((a) => a.level as ExternalRatingLevel | null);
        return {
          key,
          label,
          maxPoints,
          raters: rows.length,
          graded: levels.filter((l) => l !== null).length,
          average: averageExternalPoints(levels, mapping, maxPoints),
        };
      }),
    };
  });
}

/** GET /:id/external — officers/admins in scope and leaders; others 404. */
export async function readExternalOverview(
  db: Db,
  principal: Principal,
  id: string,
): Promise<ExternalOverview> {
  const campaign = await campaignForProgress(db, principal, id);
  const [frozen, candidates, sheets, assignments, targets, phaseRows] = await Promise.all([
    loadFrozenSets(db, id),
    listRegionUnits(db, campaign.regionId),
    listSheets(db, id),
    listAssignments(db, id),
    listCampaignTargets(db, id),
    listExternalPhases(db, id),
  ]);
  const sets = setsById(frozen);
  const mapping = mappingOf(campaign);
  const names = await unitNames(
    db,
    sheets.map((s) => s.raterUnitId),
  );
  const isOffice = principal.roles.some((a) => a.role === 'admin' || a.role === 'officer');
  const describe = (item: ExternalItem) => describeItem(sets, item);
  return {
    campaign: {
      id: campaign.id,
      name: campaign.name,
      year: campaign.year,
      status: campaign.status as CampaignStatus,
      version: campaign.version,
    },
    mapping,
    window: windowOfExternal(campaign),
    canManage: isOffice && (await canWriteRegion(db, principal, campaign.regionId)),
    items: itemOptions(frozen),
    raters: candidates.map((c) => ({
      unitId: c.unit_id,
      name: c.name,
      hasRaterAccounts: c.has_rater_accounts,
    })),
    sheets: sheets
      .map((s) => {
        const mine = assignments.filter((a) => a.raterUnitId === s.raterUnitId);
        const state = toSheetState(s, s.raterUnitId);
        return {
          raterUnitId: s.raterUnitId,
          raterName: names.get(s.raterUnitId) ?? '',
          state: state.state,
          version: state.version,
          graded: mine.filter((a) => a.level !== null).length,
          total: mine.length,
          submittedAt: state.submittedAt,
          returnedReason: state.returnedReason,
        };
      })
      .filter((s) => s.total > 0)
      .sort((a, b) => a.raterName.localeCompare(b.raterName, 'zh')),
    assignments: assignments.map((a) => {
      const level = a.level as ExternalRatingLevel | null;
      return {
        id: a.id,
        raterUnitId: a.raterUnitId,
        targetUnitId: a.targetUnitId,
        item: a.item as ExternalItem,
        key: a.itemKey,
        level,
        points: toSheetRating(a, [], sets, mapping).points,
      };
    }),
    targets: summariseTargets(
      targets,
      assignments,
      new Map(phaseRows.map((p) => [p.unitId, p])),
      describe,
      mapping,
    ),
  };
}

/** GET /:id/external/sheet — the caller department's sheet, grouped by target. */
export async function readExternalSheet(
  db: Db,
  principal: Principal,
  id: string,
): Promise<ExternalSheetForm> {
  const { campaign, raterUnitId } = await raterSheetOf(db, principal, id);
  const [frozen, sheetRow, assignments] = await Promise.all([
    loadFrozenSets(db, id),
    findSheet(db, { campaignId: id, raterUnitId }),
    listAssignments(db, id, raterUnitId),
  ]);
  const findings = await listFindingsOf(
    db,
    assignments.map((a) => a.id),
  );
  const sets = setsById(frozen);
  const mapping = mappingOf(campaign);
  const targetIds = [...new Set(assignments.map((a) => a.targetUnitId))];
  const names = await unitNames(db, [raterUnitId, ...targetIds]);
  const sheet = toSheetState(sheetRow, raterUnitId);
  const status = campaign.status as CampaignStatus;
  const window = windowOfExternal(campaign);
  const ratings = assignments.map((a) => toSheetRating(a, findings, sets, mapping));
  return {
    campaign: { id: campaign.id, name: campaign.name, year: campaign.year, status },
    rater: { id: raterUnitId, name: names.get(raterUnitId) ?? '' },
    sheet,
    window,
    deadline: window?.end ?? null,
    canEdit: (status === 'launched' || status === 'collecting') && isPhaseEditable(sheet.state),
    mapping,
    levels: externalRatingLevels.codes.map((level) => ({
      level,
      share: mapping[level],
      label: levelLabel(level, mapping),
    })),
    targets: targetIds
      .map((unitId) => ({
        unitId,
        name: names.get(unitId) ?? '',
        ratings: ratings
          .filter((r) => r.assignment.targetUnitId === unitId)
          .sort((a, b) => itemKey(a.assignment.item).localeCompare(itemKey(b.assignment.item))),
      }))
      .sort((a, b) => a.name.localeCompare(b.name, 'zh')),
    graded: ratings.filter((r) => r.level !== null).length,
    total: ratings.length,
  };
}

/** GET /external/assigned — the caller departments' sheets in non-draft campaigns. */
export async function listExternalAssigned(db: Db, principal: Principal): Promise<ExternalAssigned[]> {
  const rows = await listAssignedSheets(db, raterUnitIdsOf(principal));
  return rows.map((r) => ({
    campaignId: r.campaign_id,
    campaignName: r.name,
    year: r.year,
    status: r.status as ExternalAssigned['status'],
    raterUnitId: r.rater_unit_id,
    state: (r.state ?? 'notStarted') as ExternalAssigned['state'],
    returnedReason: r.returned_reason,
    graded: r.graded,
    total: r.total,
    deadline: windowOf((r.plan.phases ?? []) as PhaseWindow[], EXTERNAL)?.end ?? null,
  }));
}
