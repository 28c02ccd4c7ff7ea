/**
 * Workload per head for the snapshots (W07, W08). It compares like with like: each unit's latest
 * year of its category's most reported measure, against the median of units of the same
 * category and kind.
 */

/** A workload row: unit, year, measure, value (budget rows and old years are left out). */
export type WorkTuple = [unitId: string, year: number, measure: string, value: number];

/** What the computation needs of a unit: id, kind and category (a unit tuple's first four). */
type UnitKey = readonly [id: string, name: string, kind: string, category: string, ...unknown[]];

const median = (values: number[]) => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

/** The category's measure with the most rows; on a tie the one reported first. */
function mainMeasures(categoryOf: Map<string, string>, work: readonly WorkTuple[]) {
  const votesByCategory = new Map<string, Map<string, number>>();
  for (const [unitId, , measure] of work) {
    const category = categoryOf.get(unitId) ?? '';
    const votes = votesByCategory.get(category) ?? new Map<string, number>();
    votes.set(measure, (votes.get(measure) ?? 0) + 1);
    votesByCategory.set(category, votes);
  }
  return new Map(
    [...votesByCategory].map(([category, votes]) => [
      category,
      [...votes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '',
    ]),
  );
}

/**
 * Per head of each unit with workload and headcount, and the peer median by category and kind.
 * `headcountOf` is the unit's in-quota headcount.
 */
export function workloadPerHead(
  units: readonly UnitKey[],
  work: readonly WorkTuple[],
  headcountOf: (unitId: string) => number,
) {
  const unitById = new Map(units.map((u) => [u[0], u]));
  const categoryOf = new Map(units.map((u) => [u[0], u[3]]));
  const main = mainMeasures(categoryOf, work);
  const latestByUnit = new Map<string, WorkTuple>();
  for (const w of work) {
    const category = categoryOf.get(w[0]);
    if (category === undefined || w[2] !== main.get(category)) continue;
    const latest = latestByUnit.get(w[0]);
    if (!latest || w[1] > latest[1]) latestByUnit.set(w[0], w);
  }
  const perHead = new Map<string, number>();
  for (const [unitId, latest] of latestByUnit) {
    const heads = headcountOf(unitId);
    if (heads > 0) perHead.set(unitId, Number(latest[3]) / heads);
  }
  const peerGroups = new Map<string, number[]>();
  for (const [unitId, value] of perHead) {
    const u = unitById.get(unitId);
    const key = `${u?.[3]}|${u?.[2]}`;
    const group = peerGroups.get(key);
    if (group) group.push(value);
    else peerGroups.set(key, [value]);
  }
  const medians = new Map([...peerGroups].map(([key, values]) => [key, median(values)]));
  return {
    perHead,
    peerMedian: (category: string, kind: string) => medians.get(`${category}|${kind}`) ?? null,
  };
}
