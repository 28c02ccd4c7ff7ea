import type { LocalizedText } from '../../errors.ts';
import { type VetoEffect, vetoEffects } from '../vocabulary.ts';
import { formatNumber as n, roundPoints } from './numbers.ts';

/**
 * The two set-level steps after the leaves are scored: the bonus items together stay within the
 * set's bonus cap (加分上限), and the strongest veto that occurred decides the grade limit.
 */

export type BonusTotal = { total: number; uncapped: number; capped: boolean; explanation: LocalizedText };

/** Sums the bonus items' points and applies the set's cap (null = no cap). */
export function capBonusTotal(points: readonly number[], cap: number | null): BonusTotal {
  const uncapped = roundPoints(points.reduce((sum, p) => sum + p, 0));
  if (cap === null || uncapped <= cap) {
    return {
      total: uncapped,
      uncapped,
      capped: false,
      explanation: { zh: `加分合计 ${n(uncapped)} 分`, en: `Bonus total +${n(uncapped)}` },
    };
  }
  return {
    total: cap,
    uncapped,
    capped: true,
    explanation: {
      zh: `加分合计 ${n(uncapped)} 分，超过加分上限，按 ${n(cap)} 分计`,
      en: `Bonus total +${n(uncapped)}, above the cap: +${n(cap)}`,
    },
  };
}

/** 一票否决 outweighs 一票否优; null when no veto occurred. */
export function strongestVeto(effects: readonly (VetoEffect | null)[]): VetoEffect | null {
  if (effects.includes('forceLowest')) return 'forceLowest';
  return effects.includes('capBelowExcellent') ? 'capBelowExcellent' : null;
}

/** The label of a veto outcome, for score sheets. */
export const vetoLabel = (effect: VetoEffect) => vetoEffects.labels[effect];
