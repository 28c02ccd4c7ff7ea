import type { ScoreInput } from '@bianping/core/campaigns/score-input';
import { ruleInputBounds } from '@bianping/core/campaigns/score-input';
import type { ScoringRule } from '@bianping/core/indicators/rules';
import type { Random } from './random.ts';
import { streamFor } from './random.ts';

/**
 * How well each demo unit does in the campaigns, and the entries that follow from it. A unit's
 * quality (0.35–0.98) is drawn once from the seed and holds for every phase and both campaigns
 * (with a small drift between years), so the self scores, the team's scores and the raters'
 * grades agree on who is good and who is weak, and a ranking means something.
 */

export type Quality = ReadonlyMap<string, number>;

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** Quality per unit id: most units fair to good, a tail of weak ones. */
export function unitQualities(seed: number, unitIds: readonly string[]): Quality {
  const rnd = streamFor(seed, 'campaign-quality');
  const out = new Map<string, number>();
  for (const id of [...unitIds].sort()) {
    const base = rnd.weighted([
      [0.9, 3],
      [0.75, 5],
      [0.6, 3],
      [0.45, 1],
    ] as const);
    out.set(id, Math.min(0.98, Math.max(0.35, base + (rnd.next() - 0.5) * 0.2)));
  }
  return out;
}

/** The same units a year later: each moves a little, the order mostly holds. */
export function driftQualities(seed: number, quality: Quality): Quality {
  const rnd = streamFor(seed, 'campaign-quality-drift');
  return new Map(
    [...quality].map(([id, q]) => [id, Math.min(0.98, Math.max(0.35, q + (rnd.next() - 0.45) * 0.1))]),
  );
}

/** A grade of the levels (best first) for a quality. */
export function levelIndexFor(q: number, count: number): number {
  const index = q > 0.85 ? 0 : q > 0.68 ? 1 : q > 0.5 ? 2 : 3;
  return Math.min(index, count - 1);
}

const round = (x: number, step: number) => Math.round(x / step) * step;

function valueFor(rule: ScoringRule, q: number): number {
  if (rule.kind === 'thresholdLinear' && typeof rule.target === 'number') {
    const factor = rule.direction === 'atMost' ? 1.4 - 0.6 * q : 0.6 + 0.6 * q;
    return round(rule.target * factor, rule.target < 1 ? 0.0001 : 0.01);
  }
  return round(10 + 90 * q, 0.1);
}

function casesFor(rule: ScoringRule, q: number, rnd: Random): number {
  if (rule.kind === 'bonusPerCase') return q > 0.85 ? rnd.int(1, 3) : q > 0.7 ? rnd.int(0, 1) : 0;
  return q < 0.5 ? rnd.int(1, 4) : q < 0.72 ? rnd.int(0, 2) : rnd.chance(0.1) ? 1 : 0;
}

/**
 * An entry for a leaf within its rule's bounds (core `ruleInputBounds`): only the input field the
 * rule takes, from the scorer's view of the unit's quality plus some noise. `veto` says whether a
 * veto item occurred.
 */
export function demoScore(
  rule: ScoringRule,
  maxPoints: number,
  quality: number,
  rnd: Random,
  veto = false,
): ScoreInput {
  const q = clamp01(quality + (rnd.next() - 0.5) * 0.2);
  const bounds = ruleInputBounds(rule, maxPoints);
  const base = rule.kind === 'fallbackAverage' ? rule.base : rule;
  switch (bounds.input) {
    case 'points':
      return { points: Math.min(maxPoints, round(q * maxPoints, 0.5)) };
    case 'grade': {
      const level = bounds.levels[levelIndexFor(q, bounds.levels.length)];
      return { grade: level?.label.zh ?? null };
    }
    case 'cases':
      return { cases: casesFor(base, q, rnd) };
    case 'rate':
      return { rate: round(q, 0.01) };
    case 'triggered':
      return { triggered: veto };
    default:
      return { value: valueFor(base, q) };
  }
}

/** A timestamp on a day (China time, office hours), for rows dated inside a phase. */
export function onDay(day: string, rnd: Random): Date {
  const hour = String(rnd.int(9, 17)).padStart(2, '0');
  const minute = String(rnd.int(0, 59)).padStart(2, '0');
  return new Date(`${day}T${hour}:${minute}:00+08:00`);
}
