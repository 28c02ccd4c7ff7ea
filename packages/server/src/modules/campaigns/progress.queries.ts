import type { TargetPhaseState } from '@bianping/core/campaigns/target-phase';
import type { CampaignPhase } from '@bianping/core/campaigns/vocabulary';
import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { campaignTargets, experts, targetPhases, units } from '../../db/schema/index.ts';
import { todayInChina } from '../../time.ts';

/** All SQL of the campaign dashboard: the targets with their teams, the stored phase states. */

/** The campaign's targets, by name, with their team numbers. */
export function loadProgressTargets(db: Db, campaignId: string) {
  return db
    .select({ unitId: campaignTargets.unitId, unitName: units.name, teamNo: campaignTargets.teamNo })
    .from(campaignTargets)
    .innerJoin(units, eq(units.id, campaignTargets.unitId))
    .where(eq(campaignTargets.campaignId, campaignId))
    .orderBy(asc(units.name), asc(units.id));
}

/**
 * Every stored target-phase state of the campaign (absent rows are not started). The submit day
 * is taken in China time, as the phase end days are.
 */
export async function loadPhaseStates(db: Db, campaignId: string) {
  const rows = await db
    .select({
      unitId: targetPhases.unitId,
      phase: targetPhases.phase,
      state: targetPhases.state,
      submittedAt: targetPhases.submittedAt,
    })
    .from(targetPhases)
    .where(eq(targetPhases.campaignId, campaignId));
  return rows.map((r) => ({
    unitId: r.unitId,
    phase: r.phase as CampaignPhase,
    state: r.state as TargetPhaseState,
    submittedOn: r.submittedAt ? todayInChina(new Date(r.submittedAt)) : null,
  }));
}

/** The user accounts linked to these expert records (experts without an account are left out). */
export async function accountsOfExperts(db: Db, expertIds: readonly string[]) {
  if (expertIds.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: experts.id, userId: experts.userId })
    .from(experts)
    .where(and(inArray(experts.id, [...expertIds]), isNotNull(experts.userId)));
  return new Map(rows.map((r) => [r.id, r.userId as string]));
}
