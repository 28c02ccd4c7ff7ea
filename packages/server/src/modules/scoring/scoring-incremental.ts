import { rescoreAfterChange } from '@bianping/core/scoring/incremental';
import type { TargetScore } from '@bianping/core/scoring/score-types';
import type { Db } from '../../db/client.ts';
import { findRun, markStale, writeScores } from './scoring.queries.ts';
import { cachedScore, forgetScore, rememberScore } from './scoring-cache.ts';
import { loadLeafEntries, withLeafEntries } from './scoring-input.ts';

/**
 * Keeping stored scores current when an entry changes. The self-assessment, on-site and external
 * save services call `onScoreEntryChanged` once, inside their transaction, after the entry is
 * written. Nothing happens until the campaign has been scored once. Then, under the run row's
 * lock: when this process holds the input and score the database still stores (cache stamp =
 * row stamp, not stale), the core re-scores incrementally (`rescoreAfterChange`: the target, or
 * the leaf over all targets for a comparing rule, and the ranks) and the targets whose result
 * moved are written; otherwise the scores are marked stale until the next full run. A failure of
 * the re-score never fails the user's save: the scores are marked stale instead.
 *
 * Entries are editable only while a campaign is launched or collecting, so in practice this runs
 * when a campaign scored once is sent back from scoring to collecting for corrections; the rule
 * is "scores exist", not a list of statuses, so no path can leave scores silently out of date.
 * The incremental write is not audited on its own: the entry save that causes it is.
 */
export async function onScoreEntryChanged(db: Db, campaignId: string, unitId: string, nodeId: string | null) {
  if (nodeId === null) return; // a free external item (党建 …) is no leaf: the score does not move
  const run = await findRun(db, campaignId, { lock: true });
  if (!run) return;
  const hit = run.stale ? null : cachedScore(campaignId, run.stamp);
  if (!hit) {
    await markStale(db, campaignId);
    forgetScore(campaignId);
    return;
  }
  try {
    const stored = await loadLeafEntries(db, hit.sets, campaignId, unitId, nodeId);
    const registry = hit.input.targets.find((t) => t.id === unitId)?.entries[nodeId]?.registry;
    const entries = registry == null ? stored : { ...stored, registry };
    const input = withLeafEntries(hit.input, unitId, nodeId, entries);
    const score = rescoreAfterChange(input, hit.score, { targetId: unitId, nodeId });
    const moved = score.targets.filter((t, i) => !sameScore(t, hit.score.targets[i]));
    const stamp = await writeScores(db, campaignId, moved, { full: false, jobId: null });
    // The transaction may still roll back: then the database keeps the old stamp and this misses.
    rememberScore(campaignId, { stamp, input, sets: hit.sets, score });
  } catch {
    forgetScore(campaignId);
    await markStale(db, campaignId);
  }
}

/** Results compare by their JSON: they are plain data the engine built the same way. */
const sameScore = (a: TargetScore, b: TargetScore | undefined) =>
  b !== undefined && JSON.stringify(a) === JSON.stringify(b);
