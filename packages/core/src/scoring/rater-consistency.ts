import type { IndicatorSource } from '../indicators/vocabulary.ts';
import { type KendallW, kendallW } from './kendall-w.ts';

/**
 * Rater consistency, shown to officers and never used to correct a score:
 *
 * - **Leniency** of an evaluator: the mean, over the items it scored that some other source or
 *   rater also scored (same target and leaf), of (its points − the mean of the others' points) ÷
 *   the item's points. +0.1 means it gives 10 % of an item's points more than the others.
 * - **Outlier**: |z| > 2, z = (leniency − mean) ÷ sample standard deviation over the evaluators
 *   with a leniency. Needs at least 3 evaluators and some spread. With n evaluators no z can
 *   exceed (n − 1)/√n (Shiffler 1988), so fewer than 6 evaluators never produce an outlier: the
 *   flag is for campaign-wide comparisons, where dozens of experts score.
 * - **Concordance** of a team: Kendall's W over its members' scores of the targets every member
 *   scored (`kendall-w.ts`).
 */

/** One score of one item: `raterId` null for a source that is not an evaluator (the unit's self-assessment, the registry). */
export type ItemScore = {
  raterId: string | null;
  source: IndicatorSource;
  targetId: string;
  itemId: string;
  maxPoints: number;
  points: number;
};

export type Leniency = {
  raterId: string;
  /** Items compared (scored by it and by someone else). */
  items: number;
  /** Mean deviation as a share of the item's points; null without a comparable item. */
  leniency: number | null;
  z: number | null;
  outlier: boolean;
  /** An outlier's side: gives more (lenient) or less (severe) than the others. */
  direction: 'lenient' | 'severe' | null;
};

export const OUTLIER_Z = 2;

/** Leniency, z and outlier flag per evaluator, in order of first appearance. */
export function raterLeniency(scores: readonly ItemScore[], zLimit = OUTLIER_Z): Leniency[] {
  const groups = new Map<string, ItemScore[]>();
  for (const s of scores) {
    const key = `${s.targetId}\u0000${s.itemId}`;
    const list = groups.get(key) ?? [];
    list.push(s);
    groups.set(key, list);
  }
  const sums = new Map<string, { sum: number; count: number }>();
  for (const s of scores) {
    if (s.raterId !== null && !sums.has(s.raterId)) sums.set(s.raterId, { sum: 0, count: 0 });
  }
  for (const list of groups.values()) {
    for (const s of list) {
      if (s.raterId === null || !(s.maxPoints > 0)) continue;
      const others = list.filter((o) => o !== s && o.raterId !== s.raterId);
      if (!others.length) continue;
      const mean = others.reduce((acc, o) => acc + o.points, 0) / others.length;
      const acc = sums.get(s.raterId) as { sum: number; count: number };
      acc.sum += (s.points - mean) / s.maxPoints;
      acc.count++;
    }
  }
  const rows = [...sums].map(([raterId, { sum, count }]) => ({
    raterId,
    items: count,
    leniency: count ? sum / count : null,
  }));
  const known = rows.map((r) => r.leniency).filter((l): l is number => l !== null);
  const mean = known.reduce((a, b) => a + b, 0) / (known.length || 1);
  const sd =
    known.length > 1 ? Math.sqrt(known.reduce((a, l) => a + (l - mean) ** 2, 0) / (known.length - 1)) : 0;
  const usable = known.length >= 3 && sd > 1e-12;
  return rows.map((r) => {
    const z = usable && r.leniency !== null ? (r.leniency - mean) / sd : null;
    const outlier = z !== null && Math.abs(z) > zLimit;
    return { ...r, z, outlier, direction: outlier ? ((z as number) > 0 ? 'lenient' : 'severe') : null };
  });
}

/** A team member's score of one target (e.g. their total, or their points on one item). */
export type TeamScore = { teamId: string; raterId: string; targetId: string; score: number };

export type TeamConcordance = KendallW & { teamId: string; targetIds: string[]; raterIds: string[] };

/**
 * Kendall's W per team over the targets every member scored (a member scoring a target twice
 * counts with the mean). Teams in order of first appearance.
 */
export function teamConcordance(scores: readonly TeamScore[]): TeamConcordance[] {
  const teams = new Map<string, Map<string, Map<string, number[]>>>();
  for (const s of scores) {
    const team = teams.get(s.teamId) ?? new Map<string, Map<string, number[]>>();
    teams.set(s.teamId, team);
    const rater = team.get(s.raterId) ?? new Map<string, number[]>();
    team.set(s.raterId, rater);
    rater.set(s.targetId, [...(rater.get(s.targetId) ?? []), s.score]);
  }
  return [...teams].map(([teamId, raters]) => {
    const raterIds = [...raters.keys()];
    const first = raters.get(raterIds[0] as string) ?? new Map<string, number[]>();
    const targetIds = [...first.keys()].filter((t) => raterIds.every((r) => raters.get(r)?.has(t))).sort();
    const matrix = raterIds.map((r) =>
      targetIds.map((t) => {
        const list = raters.get(r)?.get(t) ?? [];
        return list.reduce((a, b) => a + b, 0) / list.length;
      }),
    );
    return { teamId, targetIds, raterIds, ...kendallW(matrix) };
  });
}
