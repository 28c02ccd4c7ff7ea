import type { PlannedSet } from './campaign-plan.ts';
import { ROLE_BONUS, ROLE_VETO } from './campaign-plan.ts';
import { roundHalfUp } from './leaf-points.ts';

/**
 * From leaf cents to the overall total: groups sum their children (a bonus group at most its own
 * points: the node-level cap), a set is its top-level scored indicators plus its bonus items
 * within the set's bonus cap, and the total mixes the sets "1+X". All in integer cents, so every
 * sum shown in an explanation adds up exactly.
 */

export type SetTotals = { scored: number; bonusUncapped: number; bonus: number; total: number };

/** Fills the groups of one target's row (cents per node) and returns the set's totals. */
export function rollUpRow(ps: PlannedSet, row: Int32Array, offset: number): SetTotals {
  for (const g of ps.groups) {
    const role = ps.role[g.index];
    let sum = 0;
    if (role !== ROLE_VETO) for (const c of g.children) sum += row[offset + c] as number;
    if (role === ROLE_BONUS && sum > (ps.maxCents[g.index] as number)) sum = ps.maxCents[g.index] as number;
    row[offset + g.index] = sum;
  }
  let scored = 0;
  for (const i of ps.topScored) scored += row[offset + i] as number;
  let bonusUncapped = 0;
  for (const i of ps.topBonus) bonusUncapped += row[offset + i] as number;
  const bonus = ps.bonusCapCents >= 0 && bonusUncapped > ps.bonusCapCents ? ps.bonusCapCents : bonusUncapped;
  return { scored, bonusUncapped, bonus, total: scored + bonus };
}

/**
 * Each set's multiplier in the total: common sets share `commonShare`, category (X) sets the rest
 * (several of one kind: equal parts); a target with only one kind takes it whole. Each multiplier
 * includes the set's scale to the campaign's full mark.
 */
export function setShares(sets: readonly PlannedSet[], commonShare: number): number[] {
  const common = sets.filter((s) => s.set.kind === 'common').length;
  const x = sets.length - common;
  return sets.map((s) => {
    const part =
      s.set.kind === 'common' ? (x > 0 ? commonShare : 1) / common : (common > 0 ? 1 - commonShare : 1) / x;
    return part * s.scale;
  });
}

/** The total in cents: Σ multiplier × set total, rounded half up. */
export function mixTotal(shares: readonly number[], setCents: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < shares.length; i++) sum += (shares[i] as number) * (setCents[i] as number);
  return roundHalfUp(sum);
}

/**
 * Competition ranks ("1224") of integer scores, best (highest) first: 1 + the number strictly
 * better. `groups` ranks within each group key separately.
 */
export function competitionRanks(scores: ArrayLike<number>, groups?: readonly string[]): number[] {
  const n = scores.length;
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => (scores[b] as number) - (scores[a] as number));
  const ranks = new Array<number>(n).fill(0);
  const seen = new Map<string, { count: number; last: number; rank: number }>();
  for (const i of order) {
    const key = groups ? (groups[i] as string) : '';
    const g = seen.get(key) ?? { count: 0, last: Number.NaN, rank: 0 };
    const s = scores[i] as number;
    if (s !== g.last) g.rank = g.count + 1;
    g.count++;
    g.last = s;
    seen.set(key, g);
    ranks[i] = g.rank;
  }
  return ranks;
}
