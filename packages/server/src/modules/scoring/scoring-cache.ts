import type { FrozenSet } from '@bianping/core/campaigns/freeze';
import type { CampaignScore, CampaignScoringInput } from '@bianping/core/scoring/score-types';

/**
 * The last input and score of a few campaigns in this process, keyed by campaign id and the run
 * row's `stamp`. Every write of the scores or the stale flag bumps the stamp in the same
 * transaction, so an entry is used only while the database still holds exactly the scores it
 * describes: another instance's write, a rolled-back transaction or a stale mark all make it
 * miss. A miss is never wrong, only slower (the scores stay stale until the next full run).
 */

export type CachedScore = {
  stamp: number;
  input: CampaignScoringInput;
  sets: FrozenSet[];
  score: CampaignScore;
};

const MAX_CAMPAIGNS = 4;
const cache = new Map<string, CachedScore>();

/** The cached score when it still describes the stored one. */
export function cachedScore(campaignId: string, stamp: number): CachedScore | null {
  const hit = cache.get(campaignId);
  if (!hit || hit.stamp !== stamp) return null;
  // Re-insert: the Map's order is the eviction order (least recently used first).
  cache.delete(campaignId);
  cache.set(campaignId, hit);
  return hit;
}

export function rememberScore(campaignId: string, entry: CachedScore) {
  cache.delete(campaignId);
  cache.set(campaignId, entry);
  while (cache.size > MAX_CAMPAIGNS) cache.delete(cache.keys().next().value as string);
}

export function forgetScore(campaignId: string) {
  cache.delete(campaignId);
}
