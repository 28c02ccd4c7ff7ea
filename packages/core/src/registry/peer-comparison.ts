/**
 * 同类对比: a unit's yearly figures next to those of same-type institutions (peer benchmarks of
 * other regions and local units of the same category and kind). Pure: the server gathers the
 * figures, this derives per-capita workload and quota per 1,000 workload, and places the unit
 * among its peers (rank and peer median) — DOMAIN.md §6.6 "workload per head … compared with
 * the peer median".
 */

/** One institution's figures for the compared year. */
export type ComparedFigures = {
  quota: number | null;
  headcount: number | null;
  /** Workload by measure name, budget included under its code. */
  workload: Record<string, number>;
};

export type DerivedFigures = {
  /** Measure ÷ 实有人数; absent without people or without the measure. */
  perCapita: Record<string, number>;
  /** 编制数 ÷ measure × 1,000; absent without quota or with no (zero) workload. */
  quotaPer1000: Record<string, number>;
};

/** Where the unit stands on one figure. */
export type FigureStat = {
  self: number | null;
  /** Median over the peers that have the figure (the unit itself left out). */
  median: number | null;
  /** 1 = the highest among the unit and its peers; ties share the better rank. Null without a value. */
  rank: number | null;
  /** How many — the unit included — have the figure. */
  of: number;
};

export type MeasureStats = {
  measure: string;
  value: FigureStat;
  perCapita: FigureStat;
  quotaPer1000: FigureStat;
};

export type PeerComparisonResult<T extends ComparedFigures> = {
  self: T & DerivedFigures;
  peers: (T & DerivedFigures)[];
  quota: FigureStat;
  headcount: FigureStat;
  measures: MeasureStats[];
};

const round = (value: number, digits: number) => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};

/** Median of the values; null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The unit's figure against its peers' (nulls are institutions without the figure). */
export function figureStat(self: number | null, peers: readonly (number | null)[], digits = 2): FigureStat {
  const known = peers.filter((v): v is number => v !== null && Number.isFinite(v));
  const mid = median(known);
  return {
    self: self === null ? null : round(self, digits),
    median: mid === null ? null : round(mid, digits),
    rank: self === null ? null : 1 + known.filter((v) => v > self).length,
    of: known.length + (self === null ? 0 : 1),
  };
}

const perCapitaOf = (f: ComparedFigures, measure: string) => {
  const value = f.workload[measure];
  return value === undefined || !f.headcount ? null : value / f.headcount;
};

const quotaPer1000Of = (f: ComparedFigures, measure: string) => {
  const value = f.workload[measure];
  return value === undefined || !value || f.quota === null ? null : (f.quota / value) * 1000;
};

function derive<T extends ComparedFigures>(f: T, measures: readonly string[]): T & DerivedFigures {
  const perCapita: Record<string, number> = {};
  const quotaPer1000: Record<string, number> = {};
  for (const m of measures) {
    const p = perCapitaOf(f, m);
    if (p !== null) perCapita[m] = round(p, 2);
    const q = quotaPer1000Of(f, m);
    if (q !== null) quotaPer1000[m] = round(q, 3);
  }
  return { ...f, perCapita, quotaPer1000 };
}

/**
 * Compares the unit with its peers on quota, headcount and, for each measure, the value, the
 * per-capita value and the quota per 1,000 — each with the unit's rank and the peer median.
 */
export function comparePeers<T extends ComparedFigures>(
  self: T,
  peers: readonly T[],
  measures: readonly string[],
): PeerComparisonResult<T> {
  const stat = (pick: (f: ComparedFigures) => number | null, digits?: number) =>
    figureStat(pick(self), peers.map(pick), digits);
  return {
    self: derive(self, measures),
    peers: peers.map((p) => derive(p, measures)),
    quota: stat((f) => f.quota, 1),
    headcount: stat((f) => f.headcount, 1),
    measures: measures.map((measure) => ({
      measure,
      value: stat((f) => f.workload[measure] ?? null),
      perCapita: stat((f) => perCapitaOf(f, measure)),
      quotaPer1000: stat((f) => quotaPer1000Of(f, measure), 3),
    })),
  };
}
