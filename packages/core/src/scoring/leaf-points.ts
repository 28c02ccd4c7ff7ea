import type { RuleInput } from '../indicators/rules/evaluate.ts';
import { percentagePoints, roundTo } from '../indicators/rules/numbers.ts';
import { bestInSummary, countBetter, type PeerSummary, sameValue } from '../indicators/rules/peers.ts';
import type { ScoringRule } from '../indicators/rules/rule.schemas.ts';

/**
 * The points of one rule for one source, as integer hundredths ("cents"), without building the
 * explanation text. `scoreLeaf` formats numbers into Chinese and English for every call, which is
 * what an explanation needs but far too slow for 3 million source entries; this is the same
 * arithmetic, step by step, and a property test holds it equal to `scoreLeaf` for every rule kind.
 * Integer cents make every sum in the tree exact.
 */

/** No data: the source cannot be scored by the rule. */
export const NO_DATA = -1;

/** `Math.round` half up, with `roundTo`'s 12-digit snap near a half (0.285 × 100 = 28.4999…). */
export function roundHalfUp(scaled: number): number {
  const s = Math.abs(scaled);
  const frac = s - Math.floor(s);
  const r = Math.abs(frac - 0.5) < 1e-6 ? Math.round(Number(s.toPrecision(12))) : Math.round(s);
  return scaled < 0 ? -r : r;
}

/** Points → integer cents, exactly as `roundPoints` rounds them. */
export const centsOf = (points: number) => roundHalfUp(points * 100);

/** Cents → points (two decimals). */
export const pointsOf = (cents: number) => cents / 100;

const clamp = (max: number, raw: number) => Math.min(max, Math.max(0, raw));
const countOf = (input: RuleInput) =>
  input.cases == null || !Number.isFinite(input.cases) ? null : Math.max(0, Math.floor(input.cases));

function gradeCents(rule: Extract<ScoringRule, { kind: 'grade' }>, max: number, grade: string): number {
  for (const level of rule.levels) {
    if (level.label.zh === grade || level.label.en === grade) return centsOf(level.fraction * max);
  }
  return NO_DATA;
}

function tieredCents(rule: Extract<ScoringRule, { kind: 'deductTiered' }>, max: number, cases: number) {
  for (let i = rule.tiers.length - 1; i >= 0; i--) {
    const tier = rule.tiers[i] as (typeof rule.tiers)[number];
    if (cases < tier.atLeast) continue;
    return tier.deduct === 'all' ? 0 : centsOf(max - Math.min(max, tier.deduct));
  }
  return centsOf(max);
}

function thresholdCents(
  rule: Extract<ScoringRule, { kind: 'thresholdLinear' }>,
  max: number,
  value: number,
  peers: PeerSummary | null,
): number {
  const target = rule.target === 'peerAverage' ? (peers?.average ?? null) : rule.target;
  if (target === null) return NO_DATA;
  const gap = rule.direction === 'atLeast' ? target - value : value - target;
  const units = rule.unit === 'percent' ? percentagePoints(0, gap) : roundTo(gap, 6);
  if (units <= 0) return centsOf(max);
  return centsOf(max - Math.min(max, units * rule.pointsPerUnit));
}

function proportionalCents(higherIsBetter: boolean, max: number, value: number, peers: PeerSummary | null) {
  const best = peers ? bestInSummary(value, peers, higherIsBetter) : value;
  if (sameValue(value, best)) return centsOf(max);
  const share = higherIsBetter ? (best > 0 ? value / best : 0) : value > 0 ? best / value : 0;
  return centsOf(Math.max(0, Math.min(1, share)) * max);
}

/**
 * The cents one source earns under a rule (not `fallbackAverage`, whose average the campaign
 * engine takes, nor a veto, which earns nothing), or `NO_DATA`. Comparing rules read `peers`.
 */
export function sourceCents(
  rule: ScoringRule,
  max: number,
  input: RuleInput,
  peers: PeerSummary | null = null,
): number {
  const value = input.value == null || !Number.isFinite(input.value) ? null : input.value;
  switch (rule.kind) {
    case 'manual':
      return input.points == null ? NO_DATA : centsOf(clamp(max, input.points));
    case 'grade':
      return input.grade == null ? NO_DATA : gradeCents(rule, max, input.grade);
    case 'deductPerCase': {
      const cases = countOf(input);
      if (cases === null) return NO_DATA;
      const limit = Math.min(max, rule.maxDeduction ?? max);
      return centsOf(max - Math.min(cases * rule.pointsPerCase, limit));
    }
    case 'deductTiered': {
      const cases = countOf(input);
      return cases === null ? NO_DATA : tieredCents(rule, max, cases);
    }
    case 'bonusPerCase': {
      const cases = countOf(input);
      return cases === null ? NO_DATA : centsOf(Math.min(cases * rule.pointsPerCase, max));
    }
    case 'thresholdLinear':
      return value === null ? NO_DATA : thresholdCents(rule, max, value, peers);
    case 'rankPoints':
    case 'rankFromBottom': {
      if (value === null) return NO_DATA;
      const sorted = peers?.sorted ?? Float64Array.of(value);
      const better = countBetter(value, sorted, rule.kind === 'rankPoints');
      return centsOf(Math.max(rule.minPoints, max - better * rule.step));
    }
    case 'proportionalToBest':
      return value === null ? NO_DATA : proportionalCents(rule.higherIsBetter, max, value, peers);
    case 'formula':
      return value === null ? NO_DATA : centsOf(clamp(max, rule.output === 'fraction' ? value * max : value));
    case 'surveyRate': {
      if (input.rate == null) return NO_DATA;
      const share = (input.rate - rule.zeroRate) / (rule.fullRate - rule.zeroRate);
      return centsOf(Math.max(0, Math.min(1, share)) * max);
    }
    case 'fallbackAverage':
      return sourceCents(rule.base, max, input, peers);
    case 'veto':
      return vetoOccurred(input) === null ? NO_DATA : 0;
  }
}

/** Whether a veto entry says the item occurred; null when it says nothing. */
export function vetoOccurred(input: RuleInput): boolean | null {
  return input.triggered ?? (input.cases == null ? null : input.cases > 0);
}
