import { randomUUID } from 'node:crypto';
import { type CampaignStatus, transitionCampaign } from '@bianping/core/campaigns/campaign-status';
import { type FrozenSet, freezeSet } from '@bianping/core/campaigns/freeze';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { campaignTargets } from '../../db/schema/index.ts';
import { actorRoleOf, auditCampaign, type Caller, lockWritableCampaign } from './campaign-edit.ts';
import { checkDraft, type LibrarySet } from './campaign-sets.ts';
import { insertFrozenSets, updateCampaign } from './campaigns.queries.ts';

/**
 * 启动: in one transaction, run the launch check, freeze every library set a target uses into the
 * campaign's own copies, point the targets at the copies and move the campaign to "launched".
 * From then on the campaign reads only its copies, so a new edition (or any change) of the
 * library set never reaches it ("frozen means frozen").
 */

/**
 * Freezes every library set the targets use into the campaign's own copies and points the
 * targets at them (the launch's core step; the demo's launched campaigns reuse it).
 */
export async function freezeTargetSets(
  tx: Db,
  id: string,
  targets: readonly { setIds: string[] }[],
  library: ReadonlyMap<string, LibrarySet>,
  newId: () => string = randomUUID,
): Promise<FrozenSet[]> {
  const used = new Set(targets.flatMap((t) => t.setIds));
  const frozen: FrozenSet[] = [];
  for (const setId of used) {
    const source = library.get(setId);
    if (source) frozen.push(freezeSet(source.set, source.nodes, newId));
  }
  await insertFrozenSets(tx, id, frozen);

  // Targets share few distinct set lists; one update per list keeps a 400-target launch short.
  const copyOf = new Map(frozen.map((f) => [f.source.setId, f.id]));
  const lists = new Map(targets.map((t) => [JSON.stringify(t.setIds), t.setIds]));
  for (const [key, ids] of lists) {
    const mapped = ids.map((setId) => copyOf.get(setId) ?? setId);
    await tx
      .update(campaignTargets)
      .set({ setIds: mapped })
      .where(and(eq(campaignTargets.campaignId, id), sql`${campaignTargets.setIds} = ${key}::jsonb`));
  }

  return frozen;
}

export async function launchCampaign(db: Db, caller: Caller, id: string, version: number): Promise<number> {
  return db.transaction(async (tx) => {
    const row = await lockWritableCampaign(tx, caller, id, version);
    const { targets, library, check } = await checkDraft(tx, row);
    const to = transitionCampaign(row.status as CampaignStatus, 'launched', actorRoleOf(caller), check);

    const frozen = await freezeTargetSets(tx, id, targets, library);

    const next = await updateCampaign(tx, id, { status: to, launchedAt: new Date() });
    await auditCampaign(
      tx,
      caller,
      'campaign.launch',
      id,
      { status: row.status },
      {
        status: to,
        targets: targets.length,
        frozenSets: frozen.map((f) => ({ id: f.id, sourceSetId: f.source.setId, edition: f.source.edition })),
      },
    );
    return next;
  });
}
