import type { GradeBand } from '@bianping/core/campaigns/grading';

/** A band as people read it: from its lower bound up to (not including) the next band's. */
export type BandRange = { grade: GradeBand['grade']; from: number; to: number };

/**
 * The score range of each band, best first. Bands are lower bounds, so a band runs from its own
 * `min` to the previous (better) band's `min`; the top band runs to the full mark.
 */
export function bandRanges(bands: readonly GradeBand[], fullMark: number): BandRange[] {
  return bands.map((band, i) => ({
    grade: band.grade,
    from: band.min,
    to: i === 0 ? fullMark : (bands[i - 1] as GradeBand).min,
  }));
}
