import type { ExternalRatingMapping } from '../campaigns/grading.ts';
import type { RuleInput } from '../indicators/rules/evaluate.ts';
import { EXTERNAL, ONSITE, type PlannedLeaf, REGISTRY, SELF, SURVEY } from './campaign-plan.ts';
import { centsOf, NO_DATA, roundHalfUp, sourceCents, vetoOccurred } from './leaf-points.ts';
import type { LeafEntries, RaterLevel } from './score-types.ts';

/**
 * One leaf of one target, source by source: the cents each source earns, and how the sources
 * present combine. Missing sources are re-weighted: the leaf's renormalised weights are divided
 * again by the sum over the sources that did give something, so a leaf scored by self (20 %) and
 * on-site (50 %) with only the on-site entry takes the on-site points whole. When the sources
 * present all weigh 0, they count equally (as `effectiveWeights` does for a leaf whose sources
 * have no weight).
 */

/** The average external points (the campaign's mapping × the leaf's points), as `averageExternalPoints`. */
export function externalCents(levels: readonly RaterLevel[], mapping: ExternalRatingMapping, max: number) {
  let sum = 0;
  let count = 0;
  for (const r of levels) {
    if (r.level === null) continue;
    sum += mapping[r.level] * max;
    count++;
  }
  return count === 0 ? NO_DATA : centsOf(sum / count);
}

/** The survey's points: through a `surveyRate` rule, else the rate's share of the points. */
export function surveyCents(leaf: PlannedLeaf, rate: number): number {
  if (leaf.base?.kind === 'surveyRate') return sourceCents(leaf.base, leaf.max, { rate });
  return centsOf(Math.max(0, Math.min(1, rate)) * leaf.max);
}

/**
 * What the registry's number means to a leaf's rule: its value (thresholds, ranks, formulas) or
 * its number of cases (per-case deductions and bonuses); null when the rule reads neither.
 */
export function registryRuleInput(leaf: PlannedLeaf, registry: number | null | undefined): RuleInput | null {
  if (registry == null || !Number.isFinite(registry)) return null;
  if (leaf.input === 'value') return { value: registry };
  if (leaf.input === 'cases') return { cases: registry };
  return null;
}

const enteredValue = (input: RuleInput | undefined): number | null =>
  input?.value == null || !Number.isFinite(input.value) ? null : input.value;

/**
 * Fills `out` (one slot per source) with each source's cents for a leaf that does not compare
 * targets, `NO_DATA` where the source gave nothing or the rule cannot use it.
 */
export function directSourceCents(
  leaf: PlannedLeaf,
  entries: LeafEntries | undefined,
  mapping: ExternalRatingMapping,
  out: Int32Array,
): void {
  out.fill(NO_DATA);
  const base = leaf.base;
  if (!entries || !base) return;
  const a = leaf.allowed;
  if (a[SELF] && entries.self) out[SELF] = sourceCents(base, leaf.max, entries.self.input);
  if (a[ONSITE] && entries.onsite) out[ONSITE] = sourceCents(base, leaf.max, entries.onsite.input);
  if (a[EXTERNAL] && entries.external) out[EXTERNAL] = externalCents(entries.external, mapping, leaf.max);
  if (a[SURVEY] && entries.survey != null) out[SURVEY] = surveyCents(leaf, entries.survey);
  const registry = a[REGISTRY] ? registryRuleInput(leaf, entries.registry) : null;
  if (registry) out[REGISTRY] = sourceCents(base, leaf.max, registry);
}

/**
 * For a leaf comparing targets: the value sources (self, on-site, registry) are combined into one
 * value first (weighted as the points are); external and survey earn points of their own. Fills
 * `out` for the latter and returns the combined value (null without any).
 */
export function comparedSourceInputs(
  leaf: PlannedLeaf,
  entries: LeafEntries | undefined,
  mapping: ExternalRatingMapping,
  out: Int32Array,
): { value: number | null; valueMask: number } {
  out.fill(NO_DATA);
  if (!entries || !leaf.base) return { value: null, valueMask: 0 };
  const a = leaf.allowed;
  const w = leaf.weights;
  const values = [
    a[SELF] ? enteredValue(entries.self?.input) : null,
    a[ONSITE] ? enteredValue(entries.onsite?.input) : null,
    a[REGISTRY] && entries.registry != null && Number.isFinite(entries.registry) ? entries.registry : null,
  ];
  const slots = [SELF, ONSITE, REGISTRY];
  let acc = 0;
  let weight = 0;
  let plain = 0;
  let count = 0;
  let mask = 0;
  values.forEach((v, k) => {
    if (v === null) return;
    const s = slots[k] as number;
    acc += (w[s] as number) * v;
    weight += w[s] as number;
    plain += v;
    count++;
    mask |= 1 << s;
  });
  if (a[EXTERNAL] && entries.external) out[EXTERNAL] = externalCents(entries.external, mapping, leaf.max);
  if (a[SURVEY] && entries.survey != null) out[SURVEY] = surveyCents(leaf, entries.survey);
  if (count === 0) return { value: null, valueMask: 0 };
  return { value: weight > 0 ? acc / weight : plain / count, valueMask: mask };
}

/**
 * The leaf's cents from the sources' cents (`NO_DATA` = absent), re-weighted over the sources
 * present; `NO_DATA` when none is.
 */
export function combineCents(weights: Float64Array, cents: Int32Array): number {
  let acc = 0;
  let weight = 0;
  let plain = 0;
  let count = 0;
  for (let s = 0; s < cents.length; s++) {
    const c = cents[s] as number;
    if (c === NO_DATA) continue;
    const w = weights[s] as number;
    acc += w * c;
    weight += w;
    plain += c;
    count++;
  }
  if (count === 0) return NO_DATA;
  return roundHalfUp(weight > 0 ? acc / weight : plain / count);
}

/** The shares of the sources present (summing to 1), as `combineCents` weighs them. */
export function presentShares(weights: Float64Array, cents: Int32Array): Float64Array {
  const shares = new Float64Array(cents.length);
  let weight = 0;
  let count = 0;
  for (let s = 0; s < cents.length; s++) {
    if (cents[s] === NO_DATA) continue;
    weight += weights[s] as number;
    count++;
  }
  for (let s = 0; s < cents.length; s++) {
    if (cents[s] === NO_DATA) continue;
    shares[s] = weight > 0 ? (weights[s] as number) / weight : 1 / count;
  }
  return shares;
}

/** A veto leaf: whether a source reports it occurred (any one suffices), null when none says. */
export function vetoOf(leaf: PlannedLeaf, entries: LeafEntries | undefined): boolean | null {
  if (!entries) return null;
  let known = false;
  for (const e of [leaf.allowed[SELF] ? entries.self : null, leaf.allowed[ONSITE] ? entries.onsite : null]) {
    if (!e) continue;
    const occurred = vetoOccurred(e.input);
    if (occurred) return true;
    if (occurred === false) known = true;
  }
  return known ? false : null;
}
